// Errors of the model library (native-models, lab/models), each naming the file or model it is about;
// the renderer's dictionaries word them in the learner's language, the CLI keeps this English.
import { ENGLISH_EXPLAIN_ERRORS, type ExplainErrorParams } from './explain-errors';

export interface ModelErrorParams extends ExplainErrorParams {
  'model-not-onnx': { file: string; detail: string };
  'model-unloadable': { file: string; detail: string };
  'model-no-image-input': { file: string; inputs: string };
  'model-no-scores-output': { file: string; outputs: string };
  'model-duplicate': { file: string; existing: string };
  'labels-unreadable': { file: string; detail: string };
  'labels-mismatch': { file: string; labels: number; classes: number };
  'model-not-found': { modelId: string };
  'model-inference-failed': { model: string; detail: string };
  'provider-unavailable': { provider: string; reason: string };
  'preprocessing-invalid': { detail: string };
}

type Texts<P> = { [C in keyof P]: (params: P[C]) => string };

export const ENGLISH_MODEL_ERRORS: Texts<ModelErrorParams> = {
  ...ENGLISH_EXPLAIN_ERRORS,
  'model-not-onnx': (p) => `the file ${p.file} is not an ONNX model (${p.detail})`,
  'model-unloadable': (p) => `ONNX Runtime cannot load ${p.file}: ${p.detail}`,
  'model-no-image-input': (p) =>
    `the file ${p.file} has no image input (a tensor shaped [N,3,H,W] or [N,H,W,3]); its inputs are ${p.inputs}`,
  'model-no-scores-output': (p) => `the file ${p.file} has no output of class scores (a tensor shaped [N,classes]); its outputs are ${p.outputs}`,
  'model-duplicate': (p) => `the file ${p.file} is already in the library as "${p.existing}"`,
  'labels-unreadable': (p) => `the labels file ${p.file} cannot be read: ${p.detail}`,
  'labels-mismatch': (p) => `the labels file ${p.file} has ${p.labels} labels but the model has ${p.classes} classes`,
  'model-not-found': (p) => `there is no model ${p.modelId} in the library`,
  'model-inference-failed': (p) => `the model ${p.model} failed while classifying: ${p.detail}`,
  'provider-unavailable': (p) => `the ${p.provider} execution provider cannot run here: ${p.reason}`,
  'preprocessing-invalid': (p) => `invalid preprocessing: ${p.detail}`,
};
