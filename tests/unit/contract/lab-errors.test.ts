import { describe, expect, it } from 'vitest';
import { ENGLISH_LAB_ERRORS, isLabErrorInfo, wordLabError, type LabErrorInfo } from '../../../contract/lab-errors';
import { en } from '../../../renderer/i18n/en';
import { ptBR } from '../../../renderer/i18n/pt-br';

const SAMPLES: LabErrorInfo[] = [
  { code: 'loss-not-finite', params: { value: 'Infinity', step: 40, epoch: 2 } },
  { code: 'dataset-not-imported', params: {} },
  { code: 'dataset-unreadable', params: { detail: 'data_batch_3.bin is truncated' } },
  { code: 'dataset-empty', params: { split: 'test' } },
  { code: 'lesson-not-trainable', params: { lessonId: 'vgg16' } },
  { code: 'worker-crashed', params: { detail: 'out of memory' } },
  { code: 'worker-exited', params: { exitCode: 134 } },
  { code: 'run-interrupted', params: {} },
  { code: 'run-not-found', params: { runId: 'abc' } },
  { code: 'run-still-running', params: {} },
  { code: 'dataset-not-found', params: { path: '/tmp/cifar.tgz' } },
  { code: 'bundle-unreadable', params: { file: 'ana.airirun', detail: 'truncated' } },
  { code: 'bundle-too-large', params: { file: 'ana.airirun', limitMegabytes: 512 } },
  { code: 'bundle-unsafe-entry', params: { file: 'ana.airirun', entry: '../x' } },
  { code: 'bundle-unknown-lesson', params: { file: 'ana.airirun', lessonId: 'x' } },
  { code: 'rerun-unsupported', params: { lessonId: 'vgg16' } },
  { code: 'onnx-export-unsupported', params: { lessonId: 'cat-breeds' } },
  { code: 'dataset-import-failed', params: { source: 'cifar.tar.gz', member: 'train/cat/0001.jpg', reason: 'truncated JPEG' } },
  { code: 'dataset-import-busy', params: { source: 'cifar.tar.gz' } },
  { code: 'dataset-paths-refused', params: {} },
  { code: 'file-dialog-unavailable', params: {} },
  { code: 'run-has-no-weights', params: { runId: 'abc' } },
  { code: 'pictures-unavailable', params: { detail: 'the worker exited' } },
  { code: 'store-unavailable', params: { detail: 'database is locked' } },
  { code: 'run-damaged', params: { fields: 'metrics' } },
  { code: 'teacher-only', params: {} },
  { code: 'run-too-big', params: { neededMegabytes: 140_000, availableMegabytes: 11_000 } },
  { code: 'not-your-run', params: { trainedBy: 'Ana' } },
  { code: 'photo-not-image', params: { file: 'gato.txt', detail: 'unsupported image format' } },
  { code: 'photo-truncated', params: { file: 'gato.jpg' } },
  { code: 'photo-too-large', params: { file: 'big.png', width: 20000, height: 20000, maxMegapixels: 100 } },
  { code: 'photo-file-too-big', params: { file: 'big.png', megabytes: 80, maxMegabytes: 50 } },
  { code: 'photo-empty', params: { file: 'empty.jpg' } },
  { code: 'upload-too-big', params: { file: 'big.png', megabytes: 80, maxMegabytes: 50 } },
  { code: 'upload-not-found', params: { uploadId: 'u123' } },
  { code: 'upload-incomplete', params: { file: 'gato.jpg', received: 10, expected: 20 } },
  { code: 'model-not-onnx', params: { file: 'notes.onnx', detail: 'not a protobuf' } },
  { code: 'model-unloadable', params: { file: 'net.onnx', detail: 'bad graph' } },
  { code: 'model-no-image-input', params: { file: 'net.onnx', inputs: 'x [1,10]' } },
  { code: 'model-no-scores-output', params: { file: 'net.onnx', outputs: 'y [1,3,7,7]' } },
  { code: 'model-duplicate', params: { file: 'net.onnx', existing: 'MobileNetV2' } },
  { code: 'labels-unreadable', params: { file: 'labels.json', detail: 'not JSON' } },
  { code: 'labels-mismatch', params: { file: 'labels.json', labels: 10, classes: 1000 } },
  { code: 'model-not-found', params: { modelId: 'm42' } },
  { code: 'transfer-folder-unreadable', params: { folder: 'gatos', detail: 'ENOENT' } },
  { code: 'transfer-too-few-classes', params: { folder: 'gatos', classes: 1 } },
  { code: 'transfer-too-few-photos', params: { folder: 'gatos', className: 'Persian', photos: 2 } },
  { code: 'transfer-no-features', params: { model: 'tiny.onnx' } },
  { code: 'transfer-no-good-photos', params: { split: 'test' } },
  { code: 'transfer-head-missing', params: { runId: 'r1' } },
  { code: 'transfer-backbone-missing', params: { runId: 'r1', model: 'MobileNetV2' } },
  { code: 'model-inference-failed', params: { model: 'MobileNetV2', detail: 'out of memory' } },
  { code: 'provider-unavailable', params: { provider: 'webgpu', reason: 'no adapter found' } },
  { code: 'preprocessing-invalid', params: { detail: 'std must be positive' } },
  { code: 'weights-unreadable', params: { file: 'vgg16.pth', detail: 'it is a damaged zip archive' } },
  { code: 'weights-runs-code', params: { file: 'evil.pth', callable: 'posix.system' } },
  { code: 'weights-not-found', params: { id: '0123456789abcdef' } },
  { code: 'weights-file-not-found', params: { path: '/media/usb/vgg16.pth' } },
  { code: 'weights-unknown-architecture', params: { file: 'resnet18.pth', found: '102 tensors, e.g. conv1.weight [64, 3, 7, 7], fc.weight [1000, 512]' } },
  { code: 'weights-do-not-fit', params: { file: 'vgg16.pth', architecture: 'VGG16', detail: 'classifier.0.weight is [10, 25088]' } },
  { code: 'weights-duplicate', params: { file: 'vgg16.pth', existing: 'VGG16 (ImageNet)' } },
  { code: 'weights-import-busy', params: { file: 'vgg16.pth' } },
  { code: 'weights-download-failed', params: { url: 'https://download.pytorch.org/models/vgg16-397923af.pth', detail: 'ENOTFOUND' } },
  { code: 'weights-hash-mismatch', params: { file: 'vgg16-397923af.pth', expected: '397923af', actual: '00ff00ff' } },
  { code: 'weights-unknown-download', params: { name: 'resnet50.pth' } },
  { code: 'weights-explain-failed', params: { detail: 'out of memory' } },
  { code: 'hyperparameters-not-object', params: {} },
  { code: 'hyperparameter-missing', params: { key: 'epochs' } },
  { code: 'hyperparameter-unknown', params: { key: 'epochz' } },
  { code: 'hyperparameter-not-number', params: { key: 'learningRate' } },
  { code: 'hyperparameter-not-whole', params: { key: 'batchSize' } },
  { code: 'hyperparameter-out-of-range', params: { key: 'epochs', min: 1, max: 200 } },
  { code: 'hyperparameter-not-choice', params: { key: 'activation', options: 'tanh, relu, sigmoid' } },
  { code: 'lesson-takes-no-data', params: { lessonId: 'sine' } },
  { code: 'data-path-invalid', params: {} },
  { code: 'trainer-busy', params: { running: 2 } },
  { code: 'classroom-no-data-path', params: {} },
  { code: 'classroom-teacher-only', params: {} },
  // ONNX class activation maps (native-models/cam).
  { code: 'cam-layer-unknown', params: { layer: '/features/features.99/Clip_output_0', model: 'MobileNetV2' } },
  { code: 'cam-class-out-of-range', params: { classIndex: 1000, classes: 1000 } },
  { code: 'cam-gradient-unsupported', params: { layer: '477_quantized', op: 'LRN', node: 'lrn_3' } },
  { code: 'continue-no-checkpoint', params: { runId: 'r7' } },
  { code: 'continue-not-stopped', params: { runId: 'r7', status: 'completed' } },
  { code: 'continue-lesson-changed', params: { runId: 'r7', detail: 'conv1.weight is [16, 3, 5, 5] in the checkpoint' } },
  { code: 'continue-checkpoint-damaged', params: { runId: 'r7', detail: 'the file ends early' } },
];

describe('lab errors', () => {
  it('has a sample for every code (so a new code gets wording checked here)', () => {
    expect(SAMPLES.map((s) => s.code).sort()).toEqual(Object.keys(ENGLISH_LAB_ERRORS).sort());
  });

  it('words every code in both languages, with its parameters, and differently in each', () => {
    for (const info of SAMPLES) {
      const english = wordLabError(info, en.labErrors);
      const portuguese = wordLabError(info, ptBR.labErrors);
      // (en.labErrors is ENGLISH_LAB_ERRORS itself, so the UI and the CLI cannot word a code differently.)
      for (const text of [english, portuguese]) {
        expect(text, info.code).not.toMatch(/undefined|NaN|\[object Object\]|\$\{/);
        expect(text.length, info.code).toBeGreaterThan(12);
      }
      expect(portuguese, info.code).not.toBe(english);
      // Every parameter shows up as given, except the split, which each language words itself.
      for (const [key, value] of Object.entries(info.params)) {
        if (key === 'split') continue;
        expect(english, info.code).toContain(String(value));
        expect(portuguese, info.code).toContain(String(value));
      }
    }
    expect(wordLabError(SAMPLES[0], ptBR.labErrors)).toBe('a perda virou Infinity no passo 40 (época 2); tente uma taxa de aprendizado menor');
    expect(wordLabError(SAMPLES[3], ptBR.labErrors)).toBe('o conjunto importado não tem imagens de teste');
  });

  it('recognizes only codes this version knows', () => {
    expect(isLabErrorInfo({ code: 'run-interrupted', params: {} })).toBe(true);
    expect(isLabErrorInfo({ code: 'from-the-future', params: {} })).toBe(false);
    expect(isLabErrorInfo({ code: 'toString', params: {} })).toBe(false);
    expect(isLabErrorInfo({ code: 'run-interrupted' })).toBe(false);
    expect(isLabErrorInfo('run-interrupted')).toBe(false);
    expect(isLabErrorInfo(null)).toBe(false);
  });
});
