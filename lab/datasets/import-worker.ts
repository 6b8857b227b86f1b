// The dataset import worker (worker_threads entry, bundled as dist/node/dataset-import-worker.mjs):
// runs one importCifar10 and reports through import-off-thread.ts's messages, then ends.
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { importCifar10 } from './import-cifar10';
import { throttledProgress, type ImportRequest, type ImportWorkerMessage } from './import-off-thread';

const PROGRESS_EVERY_MS = 100;

const port = parentPort;
if (!port) throw new Error('import-worker must run in a worker thread');
const post = (message: ImportWorkerMessage) => port.postMessage(message);

port.once('message', (request: ImportRequest) => {
  const onProgress = throttledProgress((done, total, phase) => post({ type: 'progress', done, total, phase }), PROGRESS_EVERY_MS, () => performance.now());
  importCifar10(request.source, { ...request.options, onProgress }).then(
    (result) => post({ type: 'done', result }),
    (error: unknown) => post({
      type: 'failed',
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
    }),
  );
});
