// The training worker (worker_threads entry): runs one lesson's training on its own thread so the
// server's and the window's event loops stay free, and reports through the worker protocol.
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { STOP_REQUESTED, type HostToWorker, type WorkerToHost } from '../../contract/worker-protocol';
import { TrainingFailure, type TrainingContext } from './lesson-trainer';
import { LESSON_TRAINERS } from './lesson-trainers';

const port = parentPort;
if (!port) throw new Error('training-worker must run in a worker thread');
const post = (message: WorkerToHost) => port.postMessage(message);

port.once('message', (message: HostToWorker) => {
  const stopFlag = new Int32Array(message.stopFlag);
  const context: TrainingContext = {
    shouldStop: () => Atomics.load(stopFlag, 0) === STOP_REQUESTED,
    progress: (progress) => post({ type: 'progress', ...progress }),
    snapshot: (snapshot) => post({ type: 'snapshot', snapshot }),
    now: () => performance.now(),
  };
  try {
    const trainer = LESSON_TRAINERS[message.lessonId];
    if (!trainer) throw new TrainingFailure(`lesson ${message.lessonId} cannot be trained yet`, null);
    post({ type: 'done', ...trainer(message.hyperparameters, context) });
  } catch (error) {
    const step = error instanceof TrainingFailure ? error.step : null;
    const text = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', error: text, step });
  }
  // No listener is left, so the thread ends by itself once the messages above are flushed.
});
