// Errors about a weights file a teacher brings (torchvision's .pth, or safetensors of the same state
// dict), named by the file: lab/weights reports these codes, each UI dictionary words them.
export interface WeightsErrorParams {
  'weights-unreadable': { file: string; detail: string };
  'weights-runs-code': { file: string; callable: string };
  // Importing torchvision weights (lab/weights/torchvision-import.ts) and downloading them.
  'weights-not-found': { id: string };
  'weights-file-not-found': { path: string };
  'weights-unknown-architecture': { file: string; found: string };
  'weights-do-not-fit': { file: string; architecture: string; detail: string };
  'weights-duplicate': { file: string; existing: string };
  'weights-import-busy': { file: string };
  'weights-download-failed': { url: string; detail: string };
  'weights-hash-mismatch': { file: string; expected: string; actual: string };
  'weights-unknown-download': { name: string };
  'weights-explain-failed': { detail: string };
}

type Texts<P> = { [C in keyof P]: (params: P[C]) => string };

export const ENGLISH_WEIGHTS_ERRORS: Texts<WeightsErrorParams> = {
  'weights-unreadable': (p) => `${p.file} is not a weights file Airi Lab can read (PyTorch .pth or safetensors): ${p.detail}`,
  'weights-runs-code': (p) =>
    `${p.file} asks to run ${p.callable} when opened; Airi Lab only reads tensors and never runs code from a file, so it was refused`,
  'weights-not-found': (p) => `no imported weights with id ${p.id} (removed?)`,
  'weights-file-not-found': (p) => `there is no file at ${p.path} on this computer`,
  'weights-unknown-architecture': (p) =>
    `${p.file} is not torchvision's EfficientNet-B0 or VGG16, the two architectures Airi Lab imports; it holds ${p.found}`,
  'weights-do-not-fit': (p) => `${p.file} looks like ${p.architecture} but its tensors do not fit it: ${p.detail}`,
  'weights-duplicate': (p) => `${p.file} is already imported, as "${p.existing}"`,
  'weights-import-busy': (p) => `another import is running; import ${p.file} when it has finished`,
  'weights-download-failed': (p) => `could not download ${p.url}: ${p.detail}. The file can also be brought on a USB stick and imported from disk`,
  'weights-hash-mismatch': (p) =>
    `${p.file} is damaged or not the published file: its sha256 starts with ${p.actual}, not ${p.expected} as its name promises; it was deleted`,
  'weights-unknown-download': (p) => `${p.name} is not one of the torchvision files Airi Lab can download`,
  'weights-explain-failed': (p) => `Grad-CAM could not be computed: ${p.detail}`,
};
