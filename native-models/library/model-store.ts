// The model library on disk: <data>/models/<id>/ holds model.onnx (the imported file, byte for byte),
// labels.json and manifest.json (a ModelSummary), kept as every library folder is (manifest-folder.ts).
import { join } from 'node:path';
import type { ModelSummary } from '../../contract/models/models';
import { ManifestFolder } from './manifest-folder';

export const MODEL_FILE = 'model.onnx';

export class ModelStore extends ManifestFolder<ModelSummary> {
  constructor(dataDirectory: string) {
    super(join(dataDirectory, 'models'));
    this.sweep();
  }

  modelPath(id: string): string {
    return this.file(id, MODEL_FILE);
  }
}
