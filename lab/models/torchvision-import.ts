// Importing torchvision's weights (lessons 7 and 8): a .pth or safetensors state dict is read without
// running its pickle, recognised (EfficientNet-B0 or VGG16, classes from the classifier), loaded by
// name into the airi net with every shape checked, then kept twice: (a) for airi, as safetensors in
// the weights library (lab/weights/weights-library.ts), so airi can run, explain and fine-tune it;
// (b) exported to ONNX and added to the model library with ImageNet labels and torchvision's
// preprocessing, so ONNX Runtime classifies with it on the best provider.
//
// Memory: VGG16's file is 528 MB. The file's bytes are dropped once its tensors are read, the tensors
// once they are in the net, and the net once its ONNX bytes exist; the ONNX initializers are views of
// the net's arrays. A failed import removes what it had added, so the libraries stay as they were.
import { createHash } from 'node:crypto';
import { rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Sequential, WeightsMismatchError, countParameters, loadWeightsByName, stateDict, type Tensor } from '../../airi';
import { ApiInputError } from '../../contract/guards';
import type { ModelSummary } from '../../contract/models/models';
import type { ImportedWeights, TorchvisionArchitecture, WeightsImportProgress } from '../../contract/weights/imported-weights';
import { exportAiriModel } from '../../native-models/export/export-airi-model';
import { ImportProgressClock } from '../weights/import-progress';
import { collectGarbage } from '../weights/collect-garbage';
import { readFileBytes } from '../weights/read-file-bytes';
import { readWeightsFile } from '../weights/read-weights-file';
import { recogniseArchitecture } from '../weights/recognise-architecture';
import { writeSafetensorsFile } from '../weights/safetensors-file';
import { TORCHVISION_INPUT, buildTorchvisionNet } from '../weights/torchvision-nets';
import { TORCHVISION_PREPROCESSING } from '../weights/torchvision-preprocessing';
import { WEIGHTS_FILE, type WeightsLibrary } from '../weights/weights-library';
import type { ModelService } from './model-service';

export const ARCHITECTURE_NAMES: Record<TorchvisionArchitecture, string> = { efficientnet_b0: 'EfficientNet-B0', vgg16: 'VGG16' };

export interface TorchvisionImportSource {
  /** Where the bytes are (the teacher's file, an upload's temporary file, a finished download). */
  path: string;
  /** The name the teacher knows it by. */
  file: string;
  name?: string;
  onProgress?: (progress: WeightsImportProgress) => void;
  /** Share of the progress bar a download before this import already took (0 to 1). */
  downloadShare?: number;
}

/**
 * The net as ONNX should see it. At torchvision's 224×224 VGG16's five pools leave 7×7, so its
 * AdaptiveAvgPool2d(7) is the identity and is left out (ONNX has no adaptive pooling; the exported
 * input is fixed at 224×224).
 */
export function exportableNet(architecture: TorchvisionArchitecture, net: Sequential): Sequential {
  if (architecture !== 'vgg16') return net;
  const parts = Object.fromEntries(net.namedChildren().filter(([name]) => name !== 'avgpool'));
  return Sequential.named(parts);
}

function fileBase(file: string): string {
  return file.replace(/\.(pth|pt|bin|safetensors)$/i, '');
}

function mismatchDetail(error: WeightsMismatchError): string {
  return error.message.replace(/^the weights do not fit the model \((.*)\)$/, '$1');
}

/**
 * The file's state dict as the airi net it fits: read (the pickle never runs), recognised, loaded by
 * name with shapes checked; refused with a weights-* code naming the file. `source.bytes` is let go
 * once the tensors are read (the caller keeps no other reference), so the file and the net are never
 * both in memory with the tensors.
 */
export function readTorchvisionNet(source: { bytes: Uint8Array | null }, file: string, onLoading?: () => void): { architecture: TorchvisionArchitecture; classes: number; net: Sequential } {
  if (!source.bytes) throw new Error('readTorchvisionNet: no bytes');
  const big = source.bytes.length > 64 * 1024 * 1024;
  let tensors: Record<string, Tensor> | null = readWeightsFile(source.bytes, file);
  source.bytes = null;
  if (big) collectGarbage(); // the file's bytes go before the net is built: tensors and net, never the file too
  const recognised = recogniseArchitecture(tensors);
  if (!recognised.ok) throw ApiInputError.of({ code: 'weights-unknown-architecture', params: { file, found: recognised.found } });
  const { architecture, classes } = recognised;
  onLoading?.();
  const net = buildTorchvisionNet(architecture, classes);
  try {
    loadWeightsByName(net, tensors);
  } catch (error) {
    if (error instanceof WeightsMismatchError) {
      throw ApiInputError.of({ code: 'weights-do-not-fit', params: { file, architecture: ARCHITECTURE_NAMES[architecture], detail: mismatchDetail(error) } });
    }
    throw error;
  }
  tensors = null;
  return { architecture, classes, net };
}

export async function importTorchvisionWeights(source: TorchvisionImportSource, library: WeightsLibrary, models: ModelService): Promise<ImportedWeights> {
  const { file } = source;
  const clock = new ImportProgressClock(file, (p) => source.onProgress?.(p), source.downloadShare ?? 0);
  const info = await stat(source.path).catch(() => null);
  if (!info?.isFile()) throw ApiInputError.of({ code: 'weights-file-not-found', params: { path: source.path } });

  clock.phase('reading');
  let bytes: Uint8Array | null = await readFileBytes(source.path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const id = sha256.slice(0, 16);
  const existing = library.get(id);
  if (existing) throw ApiInputError.of({ code: 'weights-duplicate', params: { file, existing: existing.name } });

  clock.phase('recognising');
  const box = { bytes };
  bytes = null;
  // Held only here, so that dropping it below lets the net's arrays go once its ONNX bytes exist.
  const read: { architecture: TorchvisionArchitecture; classes: number; net: Sequential | null } = readTorchvisionNet(box, file, () => clock.phase('loading'));
  const { architecture, classes } = read;
  collectGarbage(); // the tensors are garbage now: only the net stays
  const params = countParameters(read.net!);
  const name = source.name ?? `${ARCHITECTURE_NAMES[architecture]}${classes === 1000 ? ' (ImageNet)' : ` (${classes} classes)`}`;

  const staging = library.staging();
  let onnxModel: ModelSummary | null = null;
  try {
    clock.phase('saving');
    await writeSafetensorsFile(join(staging, WEIGHTS_FILE), stateDict(read.net!), { architecture, classes: String(classes), source: file, sha256 });

    clock.phase('exporting');
    let onnx: Uint8Array | null = exportAiriModel(exportableNet(architecture, read.net!), {
      inputDims: [3, TORCHVISION_INPUT, TORCHVISION_INPUT],
      graphName: `${architecture}`,
      metadata: { source: file, architecture, preprocessing: 'torchvision: resize 256, centre crop 224, ImageNet mean and std' },
    });
    read.net = null;
    const onnxPath = join(staging, `${fileBase(file)}.onnx`);
    await writeFile(onnxPath, onnx);
    const onnxSha = createHash('sha256').update(onnx).digest('hex');
    onnx = null;
    collectGarbage(); // the net and the ONNX bytes: ONNX Runtime is about to load its own copy

    clock.phase('checking');
    const known = models.store.get(onnxSha.slice(0, 16));
    onnxModel = known ?? (await models.importFile({ path: onnxPath, file: `${fileBase(file)}.onnx`, name }));
    const imported = !known;
    await rm(onnxPath, { force: true });
    try {
      // torchvision's own transforms for these weights, whatever the library would guess.
      if (imported) {
        onnxModel = models.setPreprocessing(onnxModel.id, TORCHVISION_PREPROCESSING);
      }
      const weights: ImportedWeights = {
        id, name, architecture, classes, file, sha256, bytes: info.size, params,
        importedAt: new Date().toISOString(), onnxModelId: onnxModel.id, labelsSource: classes === 1000 ? 'imagenet' : 'numbers',
      };
      library.commit(staging, weights, models.store.labels(onnxModel.id));
      clock.phase('checking', 1);
      return weights;
    } catch (error) {
      if (imported) await models.remove(onnxModel.id).catch(() => {});
      throw error;
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
