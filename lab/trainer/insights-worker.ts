// The insights worker (worker_threads entry, bundled as dist/node/insights-worker.mjs): computes one
// picture off the server's and the window's event loops, posts it back and ends. Lessons 5 and 6's
// pictures run their convnets on the WASM SIMD backend (a whole test set in seconds, not minutes).
import { parentPort, workerData } from 'node:worker_threads';
import { createWasmBackend, setBackend } from '../../airi';
import { computeConvPicture, type ConvPictureJob } from '../lessons/convnet/pictures/compute-conv-picture';
import { computePicture, type PictureJob, type PictureJobResult } from '../lessons/pictures/compute-picture';

const port = parentPort;
if (!port) throw new Error('insights-worker must run in a worker thread');
const job = workerData as PictureJob | ConvPictureJob;
let result: PictureJobResult;
try {
  if ('lessonId' in job) {
    // The reference backend still computes the same pictures, only slower, if WASM does not load.
    await createWasmBackend().then(setBackend, () => {});
    result = { ok: true, picture: computeConvPicture(job) };
  } else {
    result = { ok: true, picture: computePicture(job) };
  }
} catch (error) {
  result = { ok: false, error: error instanceof Error ? error.message : String(error) };
}
port.postMessage(result);
