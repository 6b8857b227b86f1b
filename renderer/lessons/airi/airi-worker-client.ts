// The page's side of lesson 4's Web Worker: one worker for the lesson, requests answered in order,
// each a promise. Created on first use and ended when the lesson's page goes away.
import type { AiriWorkerReply, AiriWorkerRequest, AiriWorkerResult } from './worker/protocol';

type Pending = { resolve: (result: AiriWorkerResult) => void; reject: (error: Error) => void };
type RequestBody = AiriWorkerRequest extends infer R ? (R extends AiriWorkerRequest ? Omit<R, 'id'> : never) : never;
type ResultOf<K extends AiriWorkerResult['kind']> = Extract<AiriWorkerResult, { kind: K }>;

function isKind<K extends AiriWorkerResult['kind']>(result: AiriWorkerResult, kind: K): result is ResultOf<K> {
  return result.kind === kind;
}

export class AiriWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./worker/airi-lesson.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<AiriWorkerReply>) => {
      const reply = event.data;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new Error(reply.error));
    };
    worker.onerror = (event) => {
      // A worker that cannot load fails every request waiting on it, and the next request starts a new one.
      this.failAll(new Error(event.message || 'the lesson worker could not start'));
      this.stop();
    };
    this.worker = worker;
    return worker;
  }

  request<K extends AiriWorkerResult['kind']>(body: RequestBody & { kind: K }): Promise<ResultOf<K>> {
    const id = this.nextId++;
    const worker = this.start();
    return new Promise<AiriWorkerResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...body, id });
    }).then((result) => {
      if (!isKind(result, body.kind)) throw new Error(`the lesson worker answered ${result.kind} to ${body.kind}`);
      return result;
    });
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failAll(new Error('the lesson worker was stopped'));
  }
}
