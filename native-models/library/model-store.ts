// The model library on disk: <data>/models/<id>/ holds model.onnx (the imported file, byte for byte),
// labels.json and manifest.json (a ModelSummary). A model appears only once its folder is complete: an
// import builds it in a hidden staging folder and renames it into place, so a failed or killed import
// leaves the library as it was. Manifests are rewritten atomically (write beside, then rename).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelSummary } from '../../contract/models/models';

export const MODEL_FILE = 'model.onnx';
const MANIFEST = 'manifest.json';
const LABELS = 'labels.json';

export class ModelStore {
  readonly folder: string;

  constructor(dataDirectory: string) {
    this.folder = join(dataDirectory, 'models');
    mkdirSync(this.folder, { recursive: true });
    // Staging folders of imports that never finished, and removals cut short.
    for (const entry of readdirSync(this.folder)) if (entry.startsWith('.importing-') || entry.startsWith('.removing-')) rmSync(join(this.folder, entry), { recursive: true, force: true });
  }

  list(): ModelSummary[] {
    const models: ModelSummary[] = [];
    for (const id of readdirSync(this.folder)) {
      if (id.startsWith('.')) continue;
      const model = this.get(id);
      if (model) models.push(model);
    }
    return models.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  }

  get(id: string): ModelSummary | null {
    try {
      return JSON.parse(readFileSync(join(this.folder, id, MANIFEST), 'utf8')) as ModelSummary;
    } catch {
      return null; // missing or damaged: not in the library
    }
  }

  has(id: string): boolean {
    return existsSync(join(this.folder, id, MANIFEST));
  }

  modelPath(id: string): string {
    return join(this.folder, id, MODEL_FILE);
  }

  labels(id: string): string[] {
    return JSON.parse(readFileSync(join(this.folder, id, LABELS), 'utf8')) as string[];
  }

  /** A fresh hidden folder to build an import in. */
  staging(): string {
    const dir = join(this.folder, `.importing-${randomBytes(6).toString('hex')}`);
    mkdirSync(dir);
    return dir;
  }

  /** Writes the manifest and labels into `staging` and moves it into the library as `model.id`. */
  commit(staging: string, model: ModelSummary, labels: string[]): void {
    writeFileSync(join(staging, LABELS), JSON.stringify(labels));
    writeFileSync(join(staging, MANIFEST), JSON.stringify(model, null, 2));
    renameSync(staging, join(this.folder, model.id));
  }

  save(model: ModelSummary): void {
    const path = join(this.folder, model.id, MANIFEST);
    writeFileSync(`${path}.tmp`, JSON.stringify(model, null, 2));
    renameSync(`${path}.tmp`, path);
  }

  remove(id: string): boolean {
    if (!this.has(id)) return false;
    // Renamed first so a half-deleted folder is never listed.
    const doomed = join(this.folder, `.removing-${id}-${randomBytes(4).toString('hex')}`);
    renameSync(join(this.folder, id), doomed);
    rmSync(doomed, { recursive: true, force: true });
    return true;
  }
}
