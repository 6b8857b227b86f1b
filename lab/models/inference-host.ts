// lab/'s side of the inference worker (native-models/runtime/inference-worker.ts): starts it on first
// use, matches answers to requests, transfers tensors, and restarts it if it dies (a crash fails the
// calls in flight with the reason, never the app).
import { Worker } from 'node:worker_threads';
import type { ExecutionProvider, ProviderAttempt } from '../../contract/models/models';
import type { InferenceRequest, InferenceResponse, OpenResult, ProbeResult, RunResult } from '../../native-models/runtime/inference-protocol';
import type { CamLayersRequest, CamLayersResult, ExplainRunRequest, ExplainRunResult } from '../../native-models/cam/cam-protocol';

type Without<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export class InferenceError extends Error {
  override name = 'InferenceError';
  constructor(message: string, readonly attempts: ProviderAttempt[] = []) {
    super(message);
  }
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  /** The worker the call went to: only its own stop fails the call. */
  worker: Worker;
}

export class InferenceHost {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Counts the workers that stopped (crashed or terminated): sessions opened before are gone. */
  generation = 0;

  constructor(private readonly script: string) {}

  probe(order: ExecutionProvider[]): Promise<ProbeResult> {
    return this.call({ kind: 'probe', order }) as Promise<ProbeResult>;
  }
  open(key: string, path: string, order: ExecutionProvider[]): Promise<OpenResult> {
    return this.call({ kind: 'open', key, path, order }) as Promise<OpenResult>;
  }
  /** Runs the session `key`; `data` is transferred (unusable here afterwards). */
  run(key: string, input: string, data: Float32Array, dims: number[], output: string): Promise<RunResult> {
    return this.call({ kind: 'run', key, input, data, dims, output }, [data.buffer as ArrayBuffer]) as Promise<RunResult>;
  }
  /** The activations of a model file that class activation maps can be drawn at (native-models/cam). */
  camLayers(request: Omit<CamLayersRequest, 'id' | 'kind'>): Promise<CamLayersResult> {
    return this.call({ kind: 'cam-layers', ...request }) as Promise<CamLayersResult>;
  }
  /** One photo's class activation maps; `request.data` is transferred. */
  explain(request: Omit<ExplainRunRequest, 'id' | 'kind'>): Promise<ExplainRunResult> {
    return this.call({ kind: 'explain', ...request }, [request.data.buffer as ArrayBuffer]) as Promise<ExplainRunResult>;
  }
  async close(key: string): Promise<void> {
    if (this.worker) await this.call({ kind: 'close', key });
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    this.generation += 1;
    await worker.terminate();
  }

  private call(request: Without<InferenceRequest, 'id'>, transfer: ArrayBuffer[] = []): Promise<unknown> {
    const worker = this.start();
    const id = this.nextId++;
    // Referenced while a call is in flight (the CLI must wait for it), unreferenced when idle.
    worker.ref();
    return new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      worker.postMessage({ ...request, id }, transfer);
    }).finally(() => {
      if (this.pending.size === 0 && this.worker === worker) worker.unref();
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.on('message', (response: InferenceResponse) => {
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.pending.delete(response.id);
      if (response.ok) pending.resolve(response.result);
      else pending.reject(new InferenceError(response.message, response.attempts));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) {
        this.worker = null;
        this.generation += 1;
      }
      // A stopped worker's exit can come after a new one took calls: those are not its to fail.
      for (const [id, pending] of this.pending) {
        if (pending.worker !== worker) continue;
        this.pending.delete(id);
        pending.reject(new InferenceError(`the inference worker stopped: ${error.message}`));
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    this.worker = worker;
    return worker;
  }
}
