// Errors about a weights file a teacher brings (torchvision's .pth, or safetensors of the same state
// dict), named by the file: lab/weights reports these codes, each UI dictionary words them.
export interface WeightsErrorParams {
  'weights-unreadable': { file: string; detail: string };
  'weights-runs-code': { file: string; callable: string };
}

type Texts<P> = { [C in keyof P]: (params: P[C]) => string };

export const ENGLISH_WEIGHTS_ERRORS: Texts<WeightsErrorParams> = {
  'weights-unreadable': (p) => `${p.file} is not a weights file Airi Lab can read (PyTorch .pth or safetensors): ${p.detail}`,
  'weights-runs-code': (p) =>
    `${p.file} asks to run ${p.callable} when opened; Airi Lab only reads tensors and never runs code from a file, so it was refused`,
};
