// Runs a CIFAR-10 import (decoding 60,000 images, hashing 180 MB) on a worker thread, so the
// process that asked — in the desktop app, Electron's main process — keeps answering its windows.
// The worker is dist/node/dataset-import-worker.mjs (import-worker.ts); progress and the result come
// back as messages, an import error with its message intact.
import type { ImportOptions, ImportPhase, ImportProgress, ImportResult } from './import-cifar10';
import { runOneShotWorker } from '../platform/one-shot-worker';

/** What the host sends: the import's options without the callback, which cannot cross threads. */
export interface ImportRequest {
  source: string;
  options: Omit<ImportOptions, 'onProgress'>;
}

export type ImportWorkerMessage =
  | { type: 'progress'; done: number; total: number; phase: ImportPhase }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; name: string; message: string };

export function importCifar10OffThread(workerScript: string, source: string, options: ImportOptions): Promise<ImportResult> {
  const { onProgress, ...rest } = options;
  return runOneShotWorker<ImportWorkerMessage, ImportResult>(workerScript, {
    name: 'dataset import worker',
    request: { source, options: rest } satisfies ImportRequest,
    answer: (message) => {
      if (message.type === 'progress') return void onProgress?.(message.done, message.total, message.phase);
      return message.type === 'done' ? { value: message.result } : { error: Object.assign(new Error(message.message), { name: message.name }) };
    },
  });
}

/** Relays progress at most every `everyMs` (and always the last), so a folder of 60,000 files is not 60,000 messages. */
export function throttledProgress(post: ImportProgress, everyMs: number, now: () => number): ImportProgress {
  let last = -Infinity;
  return (done, total, phase) => {
    const t = now();
    if (t - last < everyMs && done < total) return;
    last = t;
    post(done, total, phase);
  };
}
