// Imports CIFAR-10 into the data directory's cache, from the official binary archive or an image
// folder (plain, .tar or .tar.gz), and loads it back. The cache id is a hash of the source's path,
// size and modification time (and the slice asked for), so importing an unchanged source again is a
// stat and a manifest read, and a changed archive gets a fresh cache. Nothing here touches the
// SQLite store; a failed import leaves every existing cache and current.json as they were.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { visitArchiveMembers } from './archive-members';
import { BinaryBatches, isBinaryMember } from './binary-batches';
import {
  CACHE_VERSION, cacheRoot, readManifest, removeSuperseded, setCurrentCache, writeCache,
  type CacheManifest, type SourceKind,
} from './cifar10-cache';
import type { Cifar10Data } from './cifar10-format';
import { DatasetImportError, importErrorAt } from './dataset-import-error';
import { listFolderFiles, visitFolderMembers, type FolderFile } from './folder-members';
import { ImageFolders, imageMemberOf } from './image-folders';
import type { MemberVisitor } from './member-visitor';
import { PerClassLimit } from './per-class-limit';

/**
 * scanning: listing a folder (files); reading: an archive (bytes, decoding runs alongside);
 * decoding: a folder's files (files); writing: the cache (bytes).
 */
export type ImportPhase = 'scanning' | 'reading' | 'decoding' | 'writing';
export type ImportProgress = (done: number, total: number, phase: ImportPhase) => void;

export interface ImportOptions {
  /** The data directory the cache goes into (the app's, or AIRI_LAB_HOME). */
  dataDir: string;
  /** Keep only the first N images of each class in each split (source order). */
  limitPerClass?: number | null;
  /** Decode again even if an up-to-date cache exists. */
  force?: boolean;
  /** Make this the dataset the lessons load by default (default true). */
  makeCurrent?: boolean;
  onProgress?: ImportProgress;
  /** Images decoding at once; sharp runs them on libuv's thread pool. */
  maxConcurrentDecodes?: number;
}

export interface ImportResult {
  cacheId: string;
  cacheDir: string;
  manifest: CacheManifest;
  /** True when an up-to-date cache was found and nothing was decoded. */
  reused: boolean;
  /** Images decoded from image files (binary records need no decoding and are not counted). */
  decodedImages: number;
  seconds: number;
}

interface SourceInfo {
  path: string;
  kind: SourceKind;
  size: number;
  mtimeMs: number;
  files: FolderFile[] | null;
  /** Everything that identifies this version of the source. */
  identity: string;
}

async function describeSource(sourcePath: string): Promise<SourceInfo> {
  const path = resolve(sourcePath);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new DatasetImportError(path, null, error.code === 'ENOENT' ? 'no such file or folder' : error.message, { cause: error });
  });
  if (info.isFile()) {
    return { path, kind: 'archive', size: info.size, mtimeMs: info.mtimeMs, files: null, identity: `${info.size}:${info.mtimeMs}` };
  }
  if (!info.isDirectory()) throw new DatasetImportError(path, null, 'is neither a file nor a folder');
  const files = await listFolderFiles(path);
  const listing = createHash('sha256');
  for (const f of files) listing.update(`${f.path}\0${f.size}\0${f.mtimeMs}\n`);
  return {
    path,
    kind: 'folder',
    size: files.reduce((sum, f) => sum + f.size, 0),
    mtimeMs: files.reduce((latest, f) => Math.max(latest, f.mtimeMs), 0),
    files,
    identity: listing.digest('hex'),
  };
}

function cacheIdOf(source: SourceInfo, limitPerClass: number | null): string {
  const key = JSON.stringify({ v: CACHE_VERSION, path: source.path, kind: source.kind, identity: source.identity, limitPerClass });
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** Reads every member and decodes the dataset in memory; throws a DatasetImportError naming the file at fault. */
async function decodeSource(source: SourceInfo, limit: PerClassLimit, options: ImportOptions): Promise<{ data: Cifar10Data; format: 'binary' | 'image-folder'; decoded: number }> {
  const binary = new BinaryBatches(limit);
  const images = new ImageFolders(limit, options.maxConcurrentDecodes ?? 16);
  const visit: MemberVisitor = (member) => {
    if (isBinaryMember(member.path)) return binary.sink(member.path, member.size);
    const image = imageMemberOf(member.path);
    return image ? images.sink(member.path, member.size, image) : null;
  };
  // Reading pauses while this many members wait for (or are in) a decode.
  const maxPending = 256;
  const progress = options.onProgress;
  if (source.files) {
    await visitFolderMembers(source.path, source.files, visit, { maxPending, onProgress: (d, t) => progress?.(d, t, 'decoding') });
  } else {
    await visitArchiveMembers(source.path, visit, { maxPending, onProgress: (d, t) => progress?.(d, t, 'reading') });
  }
  const fail = (member: string | null, reason: string) => new DatasetImportError(source.path, member, reason);
  if (!binary.empty && !images.empty) throw fail(null, 'it mixes CIFAR-10 binary batches with train/ and test/ image folders; import one of them');
  if (binary.empty && images.empty) {
    throw fail(null, 'it holds neither the CIFAR-10 binary batches (data_batch_1.bin…, test_batch.bin) nor train/<class>/ and test/<class>/ image folders');
  }
  try {
    const data = binary.empty ? images.finish(fail) : binary.finish();
    return { data, format: binary.empty ? 'image-folder' : 'binary', decoded: images.decoded };
  } catch (error) {
    throw importErrorAt(source.path, null, error);
  }
}

/**
 * `lab datasets import <path>`: decodes CIFAR-10 from `sourcePath` into the cache, or finds the cache
 * already up to date. Progress goes to `onProgress(done, total, phase)`.
 */
export async function importCifar10(sourcePath: string, options: ImportOptions): Promise<ImportResult> {
  const started = performance.now();
  const root = cacheRoot(options.dataDir);
  const limitPerClass = options.limitPerClass ?? null;
  const limit = new PerClassLimit(limitPerClass);
  options.onProgress?.(0, 1, 'scanning');
  const source = await describeSource(sourcePath);
  options.onProgress?.(1, 1, 'scanning');
  const cacheId = cacheIdOf(source, limitPerClass);
  const cacheDir = join(root, cacheId);
  const existing = options.force ? null : readManifest(cacheDir);
  if (existing) {
    if (options.makeCurrent !== false) await setCurrentCache(root, cacheId);
    return { cacheId, cacheDir, manifest: existing, reused: true, decodedImages: 0, seconds: (performance.now() - started) / 1000 };
  }

  const { data, format, decoded } = await decodeSource(source, limit, options);
  const manifest = await writeCache(root, cacheId, data, {
    classes: [...data.classes],
    source: { path: source.path, kind: source.kind, format, size: source.size, mtimeMs: source.mtimeMs },
    limitPerClass,
    importedAt: new Date().toISOString(),
    importSeconds: Math.round(performance.now() - started) / 1000,
  }, (done, total) => options.onProgress?.(done, total, 'writing'));
  if (options.makeCurrent !== false) await setCurrentCache(root, cacheId);
  await removeSuperseded(root, cacheId, source.path, limitPerClass);
  return { cacheId, cacheDir, manifest, reused: false, decodedImages: decoded, seconds: (performance.now() - started) / 1000 };
}
