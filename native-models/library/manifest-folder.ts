// A library folder on disk: <folder>/<id>/ holds the item's files, labels.json and manifest.json (the
// item's description). An item appears only once its folder is complete: an import builds it in a
// hidden staging folder and renames it into place, so a failed or killed import leaves the library as
// it was; a removal renames first, so a half-deleted folder is never listed. Manifests are rewritten
// atomically (write beside, then rename). The ONNX model library and airi's imported torchvision
// weights are both kept this way.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MANIFEST = 'manifest.json';
const LABELS = 'labels.json';

export interface ManifestItem {
  id: string;
  /** ISO time; list() gives the oldest first. */
  importedAt: string;
}

export class ManifestFolder<T extends ManifestItem> {
  constructor(
    readonly folder: string,
    /** Which names can be items' ids (anything else is not in the library). */
    private readonly isId: (id: string) => boolean = () => true,
  ) {
    mkdirSync(folder, { recursive: true });
  }

  /** Removes staging folders of imports that never finished and removals cut short. */
  sweep(): void {
    for (const entry of readdirSync(this.folder)) {
      if (entry.startsWith('.importing-') || entry.startsWith('.removing-')) rmSync(join(this.folder, entry), { recursive: true, force: true });
    }
  }

  list(): T[] {
    const items: T[] = [];
    for (const id of readdirSync(this.folder)) {
      if (id.startsWith('.')) continue;
      const item = this.get(id);
      if (item) items.push(item);
    }
    return items.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  }

  get(id: string): T | null {
    if (!this.isId(id)) return null;
    try {
      return JSON.parse(readFileSync(join(this.folder, id, MANIFEST), 'utf8')) as T;
    } catch {
      return null; // missing or damaged: not in the library
    }
  }

  has(id: string): boolean {
    return this.isId(id) && existsSync(join(this.folder, id, MANIFEST));
  }

  /** A file of item `id`. */
  file(id: string, name: string): string {
    return join(this.folder, id, name);
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

  /** Writes the manifest and labels into `staging` and moves it into the library as `item.id`. */
  commit(staging: string, item: T, labels: string[]): void {
    writeFileSync(join(staging, LABELS), JSON.stringify(labels));
    writeFileSync(join(staging, MANIFEST), JSON.stringify(item, null, 2));
    renameSync(staging, join(this.folder, item.id));
  }

  save(item: T): void {
    const path = join(this.folder, item.id, MANIFEST);
    writeFileSync(`${path}.tmp`, JSON.stringify(item, null, 2));
    renameSync(`${path}.tmp`, path);
  }

  remove(id: string): boolean {
    if (!this.has(id)) return false;
    const doomed = join(this.folder, `.removing-${id}-${randomBytes(4).toString('hex')}`);
    renameSync(join(this.folder, id), doomed);
    rmSync(doomed, { recursive: true, force: true });
    return true;
  }
}
