// Runs a CIFAR-10 import (decoding 60,000 images, hashing 180 MB) on a worker thread, so the
// process that asked — in the desktop app, Electron's main process — keeps answering its windows.
// The worker is dist/node/dataset-import-worker.mjs (import-worker.ts); progress and the result come
// back as messages, an import error with its message intact.
import { Worker } from 'node:worker_threads';
import type { ImportOptions, ImportPhase, ImportProgress, ImportResult } from './import-cifar10';

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
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript);
    let answered = false;
    const answer = (settle: () => void) => {
      if (answered) return;
      answered = true;
      settle();
    };
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.done, message.total, message.phase);
      else if (message.type === 'done') answer(() => resolve(message.result));
      else answer(() => reject(Object.assign(new Error(message.message), { name: message.name })));
    });
    worker.on('error', (error) => answer(() => reject(error)));
    worker.on('exit', (code) => answer(() => reject(new Error(`the dataset import worker exited unexpectedly (code ${code})`))));
    const request: ImportRequest = { source, options: rest };
    worker.postMessage(request);
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
