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
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Sequential, loadWeightsByName } from '../../airi';
import { ApiInputError } from '../../contract/guards';
import type { ImportedWeights, TorchvisionArchitecture } from '../../contract/weights/imported-weights';
import { readFileBytes } from './read-file-bytes';
import { viewSafetensors } from './safetensors-file';
import { buildTorchvisionNet } from './torchvision-nets';

export const WEIGHTS_FILE = 'weights.safetensors';
const MANIFEST = 'manifest.json';
const LABELS = 'labels.json';

export class WeightsLibrary {
  readonly folder: string;

  constructor(dataDirectory: string) {
    this.folder = join(dataDirectory, 'weights');
    mkdirSync(this.folder, { recursive: true });
  }

  /** Removes staging folders of imports that never finished (called once at startup, not per instance). */
  sweep(): void {
    for (const entry of readdirSync(this.folder)) if (entry.startsWith('.')) rmSync(join(this.folder, entry), { recursive: true, force: true });
  }

  list(): ImportedWeights[] {
    const all: ImportedWeights[] = [];
    for (const id of readdirSync(this.folder)) {
      if (id.startsWith('.')) continue;
      const weights = this.get(id);
      if (weights) all.push(weights);
    }
    return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  }

  get(id: string): ImportedWeights | null {
    if (!/^[a-f0-9]{16}$/.test(id)) return null;
    try {
      return JSON.parse(readFileSync(join(this.folder, id, MANIFEST), 'utf8')) as ImportedWeights;
    } catch {
      return null; // missing or damaged: not in the library
    }
  }

  /** The newest import of `architecture` (with `classes` outputs when given), or null. */
  find(architecture: TorchvisionArchitecture, classes?: number): ImportedWeights | null {
    const matching = this.list().filter((w) => w.architecture === architecture && (classes === undefined || w.classes === classes));
    return matching.at(-1) ?? null;
  }

  weightsPath(id: string): string {
    return join(this.folder, id, WEIGHTS_FILE);
  }

  labels(id: string): string[] {
    return JSON.parse(readFileSync(join(this.folder, id, LABELS), 'utf8')) as string[];
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

  /** A fresh hidden folder to build an import in. */
  staging(): string {
    const dir = join(this.folder, `.importing-${randomBytes(6).toString('hex')}`);
    mkdirSync(dir);
    return dir;
  }

  /** Writes the manifest and labels into `staging` (which already holds WEIGHTS_FILE) and moves it into place. */
  commit(staging: string, weights: ImportedWeights, labels: string[]): void {
    writeFileSync(join(staging, LABELS), JSON.stringify(labels));
    writeFileSync(join(staging, MANIFEST), JSON.stringify(weights, null, 2));
    renameSync(staging, join(this.folder, weights.id));
  }

  save(weights: ImportedWeights): void {
    const path = join(this.folder, weights.id, MANIFEST);
    writeFileSync(`${path}.tmp`, JSON.stringify(weights, null, 2));
    renameSync(`${path}.tmp`, path);
  }

  has(id: string): boolean {
    return existsSync(join(this.folder, id, MANIFEST));
  }

  remove(id: string): boolean {
    if (!this.has(id)) return false;
    const doomed = join(this.folder, `.removing-${id}-${randomBytes(4).toString('hex')}`);
    renameSync(join(this.folder, id), doomed);
    rmSync(doomed, { recursive: true, force: true });
    return true;
  }
}
