// Where imported torchvision weights live for airi (lessons 7 and 8): <data>/weights/<id>/ holds
// weights.safetensors (the state dict by torchvision's names, F32), labels.json and manifest.json (an
// ImportedWeights). As the ONNX model library does, an import is built in a hidden staging folder and
// renamed into place, so a failed or killed import leaves the library as it was.
//
// For other lab services (lesson 7's Grad-CAM, lesson 8's full fine-tuning):
//   const library = new WeightsLibrary(dataDirectory);
//   library.list()                      -> ImportedWeights[] (oldest first)
//   library.find('efficientnet_b0')     -> the newest import of that architecture, or null
//   await library.loadNet(id)           -> { weights, net }: the airi Sequential with the weights loaded
//   library.labels(id)                  -> the class names (ImageNet's for 1000 classes)
import { join } from 'node:path';
import { type Sequential, loadWeightsByName } from '../../airi';
import { ApiInputError } from '../../contract/guards';
import type { ImportedWeights, TorchvisionArchitecture } from '../../contract/weights/imported-weights';
import { ManifestFolder } from '../../native-models/library/manifest-folder';
import { readFileBytes } from './read-file-bytes';
import { viewSafetensors } from './safetensors-file';
import { buildTorchvisionNet } from './torchvision-nets';

export const WEIGHTS_FILE = 'weights.safetensors';

/** Imported weights' ids: the first 16 hex digits of the file's sha256. */
const isWeightsId = (id: string) => /^[a-f0-9]{16}$/.test(id);

export class WeightsLibrary extends ManifestFolder<ImportedWeights> {
  constructor(dataDirectory: string) {
    super(join(dataDirectory, 'weights'), isWeightsId);
  }

  /** The newest import of `architecture` (with `classes` outputs when given), or null. */
  find(architecture: TorchvisionArchitecture, classes?: number): ImportedWeights | null {
    const matching = this.list().filter((w) => w.architecture === architecture && (classes === undefined || w.classes === classes));
    return matching.at(-1) ?? null;
  }

  weightsPath(id: string): string {
    return this.file(id, WEIGHTS_FILE);
  }

  /** The airi network with the imported weights (evaluation is up to the caller: forward(x, false)). */
  async loadNet(id: string): Promise<{ weights: ImportedWeights; net: Sequential }> {
    const weights = this.get(id);
    if (!weights) throw ApiInputError.of({ code: 'weights-not-found', params: { id } });
    const net = buildTorchvisionNet(weights.architecture, weights.classes);
    // Views onto the file's bytes: the net's own arrays are the only copy kept.
    const { tensors } = viewSafetensors(await readFileBytes(this.weightsPath(id)));
    loadWeightsByName(net, tensors);
    return { weights, net };
  }
}
