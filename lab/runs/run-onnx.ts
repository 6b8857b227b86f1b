// A run's network as one ONNX file (the run page's "export as ONNX", `lab runs export --format onnx`):
// the lesson's airi model rebuilt from the run's settings, its trained weights loaded from
// model.safetensors, then exported by native-models. The metadata carries what a user of the file
// needs to feed it: the lesson, the classes, the training split's preprocessing and the settings.
import { existsSync, readFileSync } from 'node:fs';
import { Rng, loadSafetensors, loadStateDict, type Sequential } from '../../airi';
import { ApiInputError } from '../../contract/guards';
import { cnnHyperparameters } from '../../contract/lessons/cnn';
import { sineHyperparameters } from '../../contract/lessons/sine';
import { twoLayerHyperparameters } from '../../contract/lessons/two-layer';
import type { RunDetail } from '../../contract/runs';
import { exportAiriModel } from '../../native-models/export/export-airi-model';
import { buildBetterConvNet, buildDemoConvNet, buildSoftmaxClassifier, buildTwoLayerNet } from '../lessons/cifar/cifar-models';
import { buildBetterConvNetWithSoftmax } from '../lessons/cnn';
import { buildSineModel } from '../lessons/sine/sine-model';

/** The lesson's network for these settings (its initial weights are replaced by the run's), and one input's shape. */
function rebuild(run: RunDetail): { model: Sequential; inputDims: number[] } | null {
  const rng = new Rng(0);
  const settings = run.hyperparameters;
  switch (run.lessonId) {
    case 'sine':
      return { model: buildSineModel(sineHyperparameters.parse(settings), rng), inputDims: [1] };
    case 'softmax':
      return { model: buildSoftmaxClassifier(rng), inputDims: [3 * 32 * 32] };
    case 'two-layer':
      return { model: buildTwoLayerNet(twoLayerHyperparameters.parse(settings).hiddenSize, rng), inputDims: [3 * 32 * 32] };
    case 'convnet':
      return { model: buildDemoConvNet(rng), inputDims: [3, 32, 32] };
    case 'cnn': {
      const build = cnnHyperparameters.parse(settings).doubleSoftmax === 'on' ? buildBetterConvNetWithSoftmax : buildBetterConvNet;
      return { model: build(rng), inputDims: [3, 32, 32] };
    }
    default:
      return null;
  }
}

/** `weights`: the run's model.safetensors. */
export function runAsOnnx(run: RunDetail, weights: string): Uint8Array {
  if (!existsSync(weights)) throw ApiInputError.of({ code: 'run-has-no-weights', params: { runId: run.id } });
  let rebuilt: ReturnType<typeof rebuild>;
  try {
    rebuilt = rebuild(run);
  } catch {
    // Settings this version no longer accepts: the network cannot be rebuilt faithfully.
    rebuilt = null;
  }
  if (!rebuilt) throw ApiInputError.of({ code: 'onnx-export-unsupported', params: { lessonId: run.lessonId } });
  loadStateDict(rebuilt.model, loadSafetensors(new Uint8Array(readFileSync(weights))).tensors);
  const perClass = run.artifacts.perClassAccuracy as { classes?: string[] } | undefined;
  const metadata: Record<string, string> = {
    run_id: run.id, lesson: run.lessonId, seed: String(run.seed), app_version: run.appVersion,
    hyperparameters: JSON.stringify(run.hyperparameters),
    ...(perClass?.classes ? { labels: JSON.stringify(perClass.classes) } : {}),
    ...(run.artifacts.preprocessing !== undefined ? { preprocessing: JSON.stringify(run.artifacts.preprocessing) } : {}),
  };
  return exportAiriModel(rebuilt.model, { inputDims: rebuilt.inputDims, metadata, graphName: run.lessonId });
}
