// Lesson 8's head training on its own thread (bundled as dist/node/transfer-head-worker.mjs): about a
// second of airi math per run, kept off the event loop that serves the UI. Epochs are reported as they end.
import { parentPort, workerData } from 'node:worker_threads';
import { trainHead, type FeatureSplit, type HeadOptions } from './train-head';

export interface HeadJob {
  train: FeatureSplit;
  validation: FeatureSplit;
  test: FeatureSplit;
  options: Omit<HeadOptions, 'shouldStop' | 'onEpoch'>;
}

export type HeadMessage =
  | { kind: 'epoch'; epoch: number; loss: number; trainAccuracy: number; validationAccuracy: number }
  | { kind: 'done'; head: ReturnType<typeof trainHead> }
  | { kind: 'failed'; message: string };

const job = workerData as HeadJob;
try {
  const head = trainHead(job.train, job.validation, job.test, {
    ...job.options,
    onEpoch: (epoch, m) => parentPort!.postMessage({ kind: 'epoch', epoch, ...m } satisfies HeadMessage),
  });
  parentPort!.postMessage({ kind: 'done', head } satisfies HeadMessage);
} catch (error) {
  parentPort!.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies HeadMessage);
}
