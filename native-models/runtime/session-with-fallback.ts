// Opens an ONNX Runtime session on the first provider that works, recording every try: which provider,
// whether it opened, ONNX Runtime's own reason when not ("webgpu: Failed to get a WebGPU adapter"), and
// how long it took. Nothing is assumed from what the package lists: a provider counts only once a
// session really opened on it.
import type * as OnnxRuntime from 'onnxruntime-node';
import type { InferenceSession } from 'onnxruntime-node';

type Ort = typeof OnnxRuntime;
import type { ExecutionProvider, ProviderAttempt } from '../../contract/models/models';
import { shortReason } from './provider-order';


export interface OpenedSession {
  session: InferenceSession;
  provider: ExecutionProvider;
  attempts: ProviderAttempt[];
}

export async function openSession(ort: Ort, model: string | Uint8Array, order: readonly ExecutionProvider[]): Promise<OpenedSession | { attempts: ProviderAttempt[] }> {
  const attempts: ProviderAttempt[] = [];
  for (const provider of order) {
    const started = performance.now();
    try {
      const options: InferenceSession.SessionOptions = { executionProviders: [provider], logSeverityLevel: 3, graphOptimizationLevel: 'all' };
      const session = typeof model === 'string' ? await ort.InferenceSession.create(model, options) : await ort.InferenceSession.create(model, options);
      attempts.push({ provider, ok: true, reason: null, ms: performance.now() - started });
      return { session, provider, attempts };
    } catch (error) {
      attempts.push({ provider, ok: false, reason: shortReason((error as Error).message), ms: performance.now() - started });
    }
  }
  return { attempts };
}
