// A lesson-8 run as one ONNX file (the lesson's "Export ONNX", the run page's export, `lab runs export
// --format onnx`): the library backbone the run used, cut at its features, with the run's trained head
// appended (native-models/export/classifier-with-head.ts). The metadata carries what a user of the file
// needs: the class labels in output order, the backbone's preprocessing, where it came from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiInputError } from '../../contract/guards';
import type { RunDetail } from '../../contract/runs';
import { classifierWithHead, LOGITS_OUTPUT, PROBABILITIES_OUTPUT } from '../../native-models/export/classifier-with-head';
import { MODEL_FILE } from '../../native-models/library/model-store';
import { FINETUNED_ONNX } from './finetune-files';
import { loadHead, type StoredHead } from './head-file';

export function transferMetadata(run: RunDetail, head: StoredHead): Record<string, string> {
  return {
    run_id: run.id, lesson: run.lessonId, seed: String(run.seed), app_version: run.appVersion,
    hyperparameters: JSON.stringify(run.hyperparameters),
    labels: JSON.stringify(head.classes),
    ...(run.artifacts.preprocessing !== undefined ? { preprocessing: JSON.stringify(run.artifacts.preprocessing) } : {}),
    backbone_model_id: head.modelId,
    ...(typeof run.hyperparameters.model === 'string' ? { backbone: run.hyperparameters.model } : {}),
    outputs: `${PROBABILITIES_OUTPUT}: softmax over labels; ${LOGITS_OUTPUT}: the head's scores before softmax`,
  };
}

/** `dataDirectory`: the lab's data folder (runs/<id>/head.safetensors, models/<id>/model.onnx). */
export function transferRunAsOnnx(run: RunDetail, dataDirectory: string): Uint8Array {
  // A fully fine-tuned run: airi's whole network was exported when training ended, metadata included.
  const fineTuned = join(dataDirectory, 'runs', run.id, FINETUNED_ONNX);
  if (existsSync(fineTuned)) return new Uint8Array(readFileSync(fineTuned));
  let head: StoredHead;
  try {
    head = loadHead(join(dataDirectory, 'runs', run.id));
  } catch {
    throw ApiInputError.of({ code: 'transfer-head-missing', params: { runId: run.id } });
  }
  const backbonePath = join(dataDirectory, 'models', head.modelId, MODEL_FILE);
  const model = typeof run.hyperparameters.model === 'string' ? run.hyperparameters.model : head.modelId;
  if (!head.modelId || !existsSync(backbonePath)) throw ApiInputError.of({ code: 'transfer-backbone-missing', params: { runId: run.id, model } });
  return classifierWithHead(
    new Uint8Array(readFileSync(backbonePath)),
    { weight: head.weight, bias: head.bias, mean: head.mean, std: head.std, classes: head.classes.length },
    transferMetadata(run, head),
  );
}
