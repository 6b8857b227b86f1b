// The insights worker (worker_threads entry, bundled as dist/node/insights-worker.mjs): computes one
// picture off the server's and the window's event loops, posts it back and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { computePicture, type PictureJob, type PictureJobResult } from '../lessons/pictures/compute-picture';

const port = parentPort;
if (!port) throw new Error('insights-worker must run in a worker thread');
let result: PictureJobResult;
try {
  result = { ok: true, picture: computePicture(workerData as PictureJob) };
} catch (error) {
  result = { ok: false, error: error instanceof Error ? error.message : String(error) };
}
port.postMessage(result);
