// A worker thread started for one job: it may report progress, then gives one answer. The call settles
// exactly once (answer, crash, exit or timeout, whichever comes first) and the worker is ended, so a
// worker that dies without answering never leaves a request hanging.
import { Worker } from 'node:worker_threads';

/** What one message means: the job's result, its failure, or (undefined) progress to keep listening to. */
export type OneShotAnswer<T> = { value: T } | { error: Error } | undefined;

export interface OneShotOptions<M, T> {
  /** Who the worker is, for the failure text ("the head worker exited (code 1)"). */
  name: string;
  workerData?: unknown;
  /** Posted once the worker starts, for workers that wait for their job as a message. */
  request?: unknown;
  /** The job fails with this detail when it runs past `ms`. */
  timeout?: { ms: number; detail: string };
  answer(message: M): OneShotAnswer<T>;
  /** The error for a crash, an exit without an answer or a timeout; by default the crash itself, or an Error. */
  failed?(detail: string, crash?: Error): Error;
}

export function runOneShotWorker<M, T>(script: string | URL, o: OneShotOptions<M, T>): Promise<T> {
  const failed = o.failed ?? ((detail: string, crash?: Error) => crash ?? new Error(detail));
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(script, o.workerData === undefined ? {} : { workerData: o.workerData });
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done();
      void worker.terminate();
    };
    const timer = o.timeout ? setTimeout(() => settle(() => reject(failed(o.timeout!.detail))), o.timeout.ms) : undefined;
    worker.on('message', (message: M) => {
      if (settled) return; // progress still queued when the worker was ended
      const answer = o.answer(message);
      if (!answer) return;
      settle(() => ('error' in answer ? reject(answer.error) : resolve(answer.value)));
    });
    worker.on('error', (error) => settle(() => reject(failed(error.message, error))));
    worker.on('exit', (code) => settle(() => reject(failed(`the ${o.name} exited (code ${code})`))));
    if (o.request !== undefined) worker.postMessage(o.request);
  });
}
