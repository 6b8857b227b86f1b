// The decoded dataset on disk, so only the first run pays for decoding: under
// <dataDir>/datasets/cifar10/<cache id>/, one raw uint8 CHW images file and one labels file per split
// and a manifest.json (classes, counts, source, content hash) written last. A cache is built in a
// temporary folder beside it and renamed into place, so an import that fails or is killed leaves the
// caches that were there as they were. current.json names the cache the lessons load by default.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IMAGE_BYTES, IMAGE_CHANNELS, IMAGE_SIDE, SPLITS, type Cifar10Data, type ImageSplit, type SplitName } from './cifar10-format';
import { processAlive } from '../platform/process-alive';

export const CACHE_FORMAT = 'airi-lab/cifar10-cache';
export const CACHE_VERSION = 1;
const MANIFEST = 'manifest.json';
const CURRENT = 'current.json';

export type SourceFormat = 'binary' | 'image-folder';
export type SourceKind = 'archive' | 'folder';

export interface CacheSource {
  path: string;
  kind: SourceKind;
  format: SourceFormat;
  /** Bytes of the archive, or of all files of the folder. */
  size: number;
  /** Modification time of the archive, or the newest file of the folder. */
  mtimeMs: number;
}

export interface CacheSplitEntry {
  count: number;
  perClass: number[];
  imagesFile: string;
  labelsFile: string;
}

export interface CacheManifest {
  format: typeof CACHE_FORMAT;
  version: typeof CACHE_VERSION;
  /** Images are uint8, channels R, G, B as planes of IMAGE_SIDE rows (CHW), one after another. */
  imageShape: [number, number, number];
  classes: string[];
  splits: Record<SplitName, CacheSplitEntry>;
  source: CacheSource;
  limitPerClass: number | null;
  /** sha256 of train images, train labels, test images, test labels, in that order. */
  contentSha256: string;
  importedAt: string;
  importSeconds: number;
}

export interface CachedDataset extends Cifar10Data {
  cacheDir: string;
  manifest: CacheManifest;
}

export type WriteProgress = (doneBytes: number, totalBytes: number) => void;

export function cacheRoot(dataDir: string): string {
  return join(dataDir, 'datasets', 'cifar10');
}

/** What the manifest needs besides the content, which writeCache adds. */
export type ManifestInput = Omit<CacheManifest, 'format' | 'version' | 'imageShape' | 'splits' | 'contentSha256'>;

/** Writes the cache atomically as <root>/<cacheId>, replacing an older one with that id. */
export async function writeCache(
  root: string,
  cacheId: string,
  data: Cifar10Data,
  input: ManifestInput,
  onProgress?: WriteProgress,
): Promise<CacheManifest> {
  await mkdir(root, { recursive: true });
  await removeAbandoned(root);
  const temporary = join(root, `.tmp-${cacheId}-${process.pid}-${randomBytes(4).toString('hex')}`);
  const final = join(root, cacheId);
  await mkdir(temporary);
  try {
    const hash = createHash('sha256');
    const total = SPLITS.reduce((sum, s) => sum + data[s].images.length + data[s].labels.length, 0);
    let done = 0;
    const splits = {} as Record<SplitName, CacheSplitEntry>;
    for (const split of SPLITS) {
      const { count, images, labels } = data[split];
      const entry: CacheSplitEntry = {
        count,
        perClass: countPerClass(labels, data.classes.length),
        imagesFile: `${split}-images.u8`,
        labelsFile: `${split}-labels.u8`,
      };
      for (const [file, bytes] of [[entry.imagesFile, images], [entry.labelsFile, labels]] as const) {
        hash.update(bytes);
        await writeFile(join(temporary, file), bytes);
        done += bytes.length;
        onProgress?.(done, total);
      }
      splits[split] = entry;
    }
    const manifest: CacheManifest = {
      format: CACHE_FORMAT,
      version: CACHE_VERSION,
      imageShape: [IMAGE_CHANNELS, IMAGE_SIDE, IMAGE_SIDE],
      ...input,
      classes: [...data.classes],
      splits,
      contentSha256: hash.digest('hex'),
    };
    await writeFile(join(temporary, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    if (existsSync(final)) {
      // rename() cannot replace a non-empty folder: move the old one aside first, drop it after.
      const aside = join(root, `.old-${cacheId}-${process.pid}-${randomBytes(4).toString('hex')}`);
      await rename(final, aside);
      try {
        await rename(temporary, final);
      } catch (error) {
        await rename(aside, final);
        throw error;
      }
      await rm(aside, { recursive: true, force: true });
    } else {
      await rename(temporary, final);
    }
    return manifest;
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** The manifest of a cache folder, or null if there is none or it is not one this version reads. */
export function readManifest(cacheDir: string): CacheManifest | null {
  let manifest: CacheManifest;
  try {
    manifest = JSON.parse(readFileSync(join(cacheDir, MANIFEST), 'utf8')) as CacheManifest;
  } catch {
    return null;
  }
  return manifest.format === CACHE_FORMAT && manifest.version === CACHE_VERSION ? manifest : null;
}

export interface LoadOptions {
  /** Recompute the content hash (about half a second for the full dataset) and compare. */
  verify?: boolean;
}

/** Loads a cache folder into memory: two plain file reads per split. */
export function loadCache(cacheDir: string, options: LoadOptions = {}): CachedDataset {
  const manifest = readManifest(cacheDir);
  if (!manifest) throw new Error(`${cacheDir} is not a CIFAR-10 cache (no readable ${MANIFEST}); import the dataset again`);
  const hash = createHash('sha256');
  const read = (split: SplitName): ImageSplit => {
    const entry = manifest.splits[split];
    const images = readBytes(join(cacheDir, entry.imagesFile));
    const labels = readBytes(join(cacheDir, entry.labelsFile));
    if (images.length !== entry.count * IMAGE_BYTES || labels.length !== entry.count) {
      throw new Error(`the ${split} files of the cache ${cacheDir} do not hold ${entry.count} images; import the dataset again`);
    }
    if (options.verify) hash.update(images).update(labels);
    return { count: entry.count, images, labels };
  };
  const train = read('train');
  const test = read('test');
  if (options.verify && hash.digest('hex') !== manifest.contentSha256) {
    throw new Error(`the cache ${cacheDir} does not match its content hash; import the dataset again`);
  }
  return { cacheDir, manifest, classes: manifest.classes, train, test };
}

/** Records which cache the lessons load by default (written beside, then renamed over, the old record). */
export async function setCurrentCache(root: string, cacheId: string): Promise<void> {
  const temporary = join(root, `.${CURRENT}-${process.pid}-${randomBytes(4).toString('hex')}`);
  await writeFile(temporary, `${JSON.stringify({ cacheId })}\n`);
  await rename(temporary, join(root, CURRENT));
}

export function currentCacheId(root: string): string | null {
  try {
    const { cacheId } = JSON.parse(readFileSync(join(root, CURRENT), 'utf8')) as { cacheId?: unknown };
    return typeof cacheId === 'string' && /^[0-9a-f]+$/.test(cacheId) ? cacheId : null;
  } catch {
    return null;
  }
}

/** Removes caches of the same source and slice superseded by `keepId` (the archive changed since). */
export async function removeSuperseded(root: string, keepId: string, source: string, limitPerClass: number | null): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(root)) {
    if (name === keepId || name.startsWith('.') || name === CURRENT) continue;
    const manifest = readManifest(join(root, name));
    if (manifest && manifest.source.path === source && manifest.limitPerClass === limitPerClass) {
      await rm(join(root, name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}

/** Temporary folders of imports whose process is gone (killed mid-import) are litter: remove them. */
async function removeAbandoned(root: string): Promise<number> {
  let removed = 0;
  for (const name of await readdir(root)) {
    const match = /^\.(?:tmp|old)-[0-9a-f]+-(\d+)-[0-9a-f]+$/.exec(name);
    if (match && !processAlive(Number(match[1]))) {
      await rm(join(root, name), { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}

/** At the lab's start: imports killed midway leave their temporary folders; returns how many went. */
export async function removeAbandonedImports(dataDir: string): Promise<number> {
  const root = cacheRoot(dataDir);
  return existsSync(root) ? await removeAbandoned(root) : 0;
}

function readBytes(file: string): Uint8Array {
  const buffer = readFileSync(file);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function countPerClass(labels: Uint8Array, classCount: number): number[] {
  const counts = new Array<number>(classCount).fill(0);
  for (const label of labels) counts[label]++;
  return counts;
}
