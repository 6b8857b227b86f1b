// The CamRunner over onnxruntime-node: one session per set of exposed tensors, opened on the first
// provider that works (the same fallback as classify) and kept while the same set is asked again,
// so a learner clicking through classes at one layer pays the surgery and session once.
import type * as OnnxRuntime from 'onnxruntime-node';
import type { InferenceSession } from 'onnxruntime-node';
import type { ExecutionProvider } from '../../contract/models/models';
import { openSession } from '../runtime/session-with-fallback';
import type { CamInput, CamRunner, OnnxCamModel, RawOutput } from './explain-onnx';

type Ort = typeof OnnxRuntime;

export interface OrtCamRunner extends CamRunner {
  provider: ExecutionProvider | null;
  release(): Promise<void>;
}

export function ortCamRunner(ort: Ort, model: OnnxCamModel, order: readonly ExecutionProvider[]): OrtCamRunner {
  let open: { key: string; session: InferenceSession } | null = null;
  const runner: OrtCamRunner = {
    provider: null,
    async run(exposed: string[], input: CamInput) {
      const key = [...exposed].sort().join('\n');
      if (open?.key !== key) {
        await open?.session.release();
        open = null;
        const opened = await openSession(ort, model.exposedBytes(exposed), order);
        if (!('session' in opened)) throw new Error(`no execution provider could open the model: ${opened.attempts.map((a) => `${a.provider}: ${a.reason}`).join('; ')}`);
        open = { key, session: opened.session };
        runner.provider = opened.provider;
      }
      const feeds = { [input.name]: new ort.Tensor('float32', input.data, input.dims) };
      const started = performance.now();
      const results = await open.session.run(feeds, exposed);
      const ms = performance.now() - started;
      const outputs = new Map<string, RawOutput>();
      for (const name of exposed) {
        const t = results[name];
        if (t.type !== 'float32' && t.type !== 'uint8' && t.type !== 'int8') throw new Error(`the tensor ${name} is ${t.type}`);
        outputs.set(name, { data: t.data as RawOutput['data'], dims: t.dims.map(Number) });
      }
      return { outputs, ms };
    },
    async release() {
      await open?.session.release();
      open = null;
    },
  };
  return runner;
}
