// `lab models bench <model> [--ep cpu,webgpu] [--seconds S] [--json]`: for each execution provider that
// works here, milliseconds per image at batch 1 and images per second at batch 32 through the app's
// path (worker thread, transferred tensor), beside onnxruntime-node's own session.run on the same
// tensor in this process: the ratio is what our plumbing costs.
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { EXECUTION_PROVIDERS, type ExecutionProvider, type ModelSummary } from '../../../contract/models/models';
import type { ParsedArgs } from '../parse-argv';
import { inputDims, type ModelService } from '../../models/model-service';

interface Measurement {
  provider: ExecutionProvider;
  batch: number;
  ours: { msPerRun: number; imagesPerSecond: number; runs: number; workerMsPerRun: number };
  raw: { msPerRun: number; imagesPerSecond: number; runs: number };
  /** ours / raw time per run: 1.00 means no overhead. */
  overhead: number;
}

/**
 * Times two ways of doing the same run, alternating them (on a shared, busy machine, load that comes
 * and goes then hits both alike), after two warm-up runs each, until both have had `seconds` (at least
 * 3 runs each). Returns the mean ms per run of each.
 */
async function timeAlternating(a: () => Promise<number>, b: () => Promise<number>, seconds: number) {
  for (let i = 0; i < 2; i++) {
    await a();
    await b();
  }
  const totals = [0, 0];
  let runs = 0;
  while (Math.min(...totals) < seconds * 1000 || runs < 3) {
    totals[0] += await a();
    totals[1] += await b();
    runs += 1;
  }
  return { a: { ms: totals[0] / runs, runs }, b: { ms: totals[1] / runs, runs } };
}

function sameTensor(size: number, seed: number): Float32Array {
  const data = new Float32Array(size);
  let s = seed;
  for (let i = 0; i < size; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    data[i] = (s / 2 ** 32) * 4 - 2;
  }
  return data;
}

export async function benchCommand(service: ModelService, model: ModelSummary, args: ParsedArgs): Promise<number> {
  const json = args.switches.has('json');
  const seconds = args.options.seconds === undefined ? 2 : Number(args.options.seconds);
  if (!(seconds > 0)) throw new Error('--seconds needs a positive number');
  const wanted = args.options.ep?.split(',').map((p) => p.trim()) as ExecutionProvider[] | undefined;
  for (const p of wanted ?? []) if (!EXECUTION_PROVIDERS.includes(p)) throw new Error(`unknown provider ${p}; one of ${EXECUTION_PROVIDERS.join(', ')}`);
  const probes = (await service.providers()).probes;
  const working = probes.filter((p) => p.ok && (!wanted || wanted.includes(p.provider))).map((p) => p.provider);
  const fixedBatch = typeof model.io.inputDims[0] === 'number' && model.io.inputDims[0] > 0 ? model.io.inputDims[0] : null;
  const batches = [1, 32].filter((b) => fixedBatch === null || b === fixedBatch);
  const log = (line: string) => (json ? undefined : console.log(line));
  log(`${model.name}: ${model.io.layout} ${inputDims(model.io, model.preprocessing, 1).join('×')}; providers here: ${probes.map((p) => (p.ok ? p.provider : `${p.provider} (no: ${p.reason})`)).join(', ')}`);

  const results: Measurement[] = [];
  for (const provider of working) {
    const raw = await InferenceSession.create(service.store.modelPath(model.id), { executionProviders: [provider], logSeverityLevel: 3, graphOptimizationLevel: 'all' });
    try {
      for (const batch of batches) {
        const dims = inputDims(model.io, model.preprocessing, batch);
        const tensor = sameTensor(dims.reduce((a, b) => a * b, 1), 7);
        const feeds = { [model.io.imageInput]: new Tensor('float32', tensor, dims) };
        let workerMs = 0;
        let workerRuns = 0;
        const { a: ours, b: direct } = await timeAlternating(
          // Ours: a copy per run, since the worker takes the buffer (classify builds a fresh one too).
          async () => {
            const run = await service.runOn(model.id, provider, tensor.slice(), batch);
            workerMs += run.workerMs;
            workerRuns += 1;
            return run.ms;
          },
          async () => {
            const started = performance.now();
            await raw.run(feeds, [model.io.scoresOutput]);
            return performance.now() - started;
          },
          seconds,
        );
        const m: Measurement = {
          provider, batch,
          ours: { msPerRun: ours.ms, imagesPerSecond: (1000 * batch) / ours.ms, runs: ours.runs, workerMsPerRun: workerMs / workerRuns },
          raw: { msPerRun: direct.ms, imagesPerSecond: (1000 * batch) / direct.ms, runs: direct.runs },
          overhead: ours.ms / direct.ms,
        };
        results.push(m);
        log(batch === 1
          ? `${provider.padEnd(7)} batch 1:  ${m.ours.msPerRun.toFixed(2)} ms/image (raw session.run ${m.raw.msPerRun.toFixed(2)} ms) overhead ×${m.overhead.toFixed(3)}`
          : `${provider.padEnd(7)} batch ${batch}: ${m.ours.imagesPerSecond.toFixed(1)} images/s (raw session.run ${m.raw.imagesPerSecond.toFixed(1)}) overhead ×${m.overhead.toFixed(3)}`);
        log(`        of which session.run inside the worker: ${m.ours.workerMsPerRun.toFixed(2)} ms per run (the rest is the thread hop and the tensor copy)`);
      }
    } finally {
      await raw.release();
    }
  }
  if (json) console.log(JSON.stringify({ model: model.id, name: model.name, probes, results }));
  return 0;
}
