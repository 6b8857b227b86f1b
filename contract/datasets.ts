// The datasets domain of the API: which CIFAR-10 is imported, importing one from the app (a path the
// teacher typed, picked in the desktop file dialog or dropped on the window), and its progress.
// The channels are listed in api.ts; the progress and change events in events.ts.
import { ApiInputError, expectObject } from './guards';
import type { LabErrorInfo } from './lab-errors';

/** scanning: listing a folder; reading: an archive (decoding alongside); decoding: a folder's files; writing: the cache. */
export const DATASET_IMPORT_PHASES = ['scanning', 'reading', 'decoding', 'writing'] as const;
export type DatasetImportPhase = (typeof DATASET_IMPORT_PHASES)[number];

/** The CIFAR-10 the lessons train on (the one imported last). */
export interface ImportedDataset {
  /** The archive or folder it was imported from. */
  sourcePath: string;
  sourceFormat: 'binary' | 'image-folder';
  trainImages: number;
  testImages: number;
  classes: string[];
  /** Set when only the first N images of each class were kept (a quick slice). */
  limitPerClass: number | null;
  importedAt: string;
}

/** An import in progress, shared by every window (there is one at a time). */
export interface DatasetImportState {
  sourcePath: string;
  phase: DatasetImportPhase;
  done: number;
  total: number;
  elapsedSeconds: number;
  /** Seconds left at the current pace in the current phase; null until it can be estimated. */
  etaSeconds: number | null;
}

export interface DatasetStatus {
  current: ImportedDataset | null;
  importing: DatasetImportState | null;
  /** True when this lab can open a native file dialog (the desktop app). */
  canPickFile: boolean;
  /**
   * Whether this window may import (name paths on the lab's computer): the desktop app and a browser
   * on that computer may; in a classroom the server answers false to every browser.
   */
  canImport: boolean;
}

export interface DatasetImportRequest {
  path: string;
  /** Keep only the first N images of each class (a quick slice for slow machines and tests). */
  limitPerClass?: number;
}

/** How an import ended, for every window. */
export interface DatasetImportFinished {
  sourcePath: string;
  ok: boolean;
  /** The English text of the failure (CLI, logs); the UI words errorInfo. */
  error: string | null;
  errorInfo: LabErrorInfo | null;
  status: DatasetStatus;
}

const MAX_PATH = 4096;

export function expectDatasetImport(input: unknown): DatasetImportRequest {
  const o = expectObject(input, 'request');
  if (typeof o.path !== 'string' || o.path.trim() === '' || o.path.length > MAX_PATH || o.path.includes('\0')) {
    throw new ApiInputError('path must be the path of a CIFAR-10 archive or folder');
  }
  const request: DatasetImportRequest = { path: o.path.trim() };
  if (o.limitPerClass === undefined || o.limitPerClass === null) return request;
  if (typeof o.limitPerClass !== 'number' || !Number.isInteger(o.limitPerClass) || o.limitPerClass < 1 || o.limitPerClass > 6000) {
    throw new ApiInputError('limitPerClass must be a whole number from 1 to 6000');
  }
  return { ...request, limitPerClass: o.limitPerClass };
}

export function expectDatasetPick(input: unknown): { folder: boolean } {
  const o = expectObject(input, 'request');
  if (typeof o.folder !== 'boolean') throw new ApiInputError('folder must be true or false');
  return { folder: o.folder };
}
