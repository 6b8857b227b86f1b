// Training throughput of the four CIFAR-10 nets of lessons 2, 3, 5 and 6 (softmax, two-layer,
// DemoConvNet, BetterConvNet), built by lab/lessons/cifar/cifar-models.ts, at batch 128 on random
// images: forward, cross-entropy, backward and an SGD (momentum 0.9) step, as the lessons train.
// Each runs on every backend given (the WASM SIMD backend on 1 and 2 threads), and torch-bench.py
// trains the same nets in PyTorch CPU in the same run when /usr/bin/python3 has torch, for the ratio.
// AIRI_BENCH_PYTHON picks another Python (say, a venv with a pip wheel of torch: Debian's build links
// the generic reference BLAS, which makes its Linear layers several times slower than a wheel's).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type Backend, CrossEntropyLoss, Rng, SGD, type Sequential, Tensor, getBackend, setBackend } from '../../airi';
import { buildBetterConvNet, buildDemoConvNet, buildSoftmaxClassifier, buildTwoLayerNet } from '../../lab/lessons/cifar/cifar-models';
import type { BenchResult } from './bench-result';

export const BATCH = 128;
/** Each measurement runs whole steps for at least this long (after one warm-up step). */
const MEASURE_SECONDS = 3;
const MIN_STEPS = 3;

interface Net {
  workload: string;
  label: string;
  build: (rng: Rng) => Sequential;
  /** The linear nets take flat [N, 3072] rows, as their lessons feed them. */
  flat: boolean;
}

export const NETS: Net[] = [
  { workload: 'softmax', label: 'softmax classifier (lesson 2)', build: buildSoftmaxClassifier, flat: true },
  { workload: 'two-layer', label: 'two-layer net, 1000 hidden (lesson 3)', build: (rng) => buildTwoLayerNet(1000, rng), flat: true },
  { workload: 'convnet', label: 'DemoConvNet (lesson 5)', build: buildDemoConvNet, flat: false },
  { workload: 'cnn', label: 'BetterConvNet (lesson 6)', build: buildBetterConvNet, flat: false },
];

/** Images per second training `net` on the current backend. */
function trainingRate(net: Net): { imagesPerSecond: number; steps: number; seconds: number } {
  const rng = new Rng(1);
  const model = net.build(rng);
  const optimizer = new SGD(model.parameters(), { lr: 0.01, momentum: 0.9 });
  const loss = new CrossEntropyLoss();
  const x = Float32Array.from({ length: BATCH * 3 * 32 * 32 }, () => rng.normal(0, 1));
  const y = Int32Array.from({ length: BATCH }, () => rng.int(10));
  const shape = net.flat ? [BATCH, 3 * 32 * 32] : [BATCH, 3, 32, 32];
  const step = (): void => {
    optimizer.zeroGrad();
    loss.forward(model.forward(new Tensor(x, shape), true), y);
    model.backwardParameters(loss.backward());
    optimizer.step();
  };
  step();
  let steps = 0;
  const started = performance.now();
  do {
    step();
    steps++;
  } while (steps < MIN_STEPS || performance.now() - started < MEASURE_SECONDS * 1000);
  const seconds = (performance.now() - started) / 1000;
  return { imagesPerSecond: (steps * BATCH) / seconds, steps, seconds };
}

interface TorchLine {
  workload: string;
  threads: number;
  imagesPerSecond: number;
  torch: string;
}

/** PyTorch CPU on the same nets and threads, or null (and why) when that Python has no torch. */
function torchRates(threads: number[]): { rates: TorchLine[] | null; note: string } {
  const python = process.env.AIRI_BENCH_PYTHON || '/usr/bin/python3';
  const script = fileURLToPath(new URL('../../scripts/bench/torch-bench.py', import.meta.url));
  if (!existsSync(python) || !existsSync(script)) return { rates: null, note: `no ${python} or scripts/bench/torch-bench.py` };
  try {
    const out = execFileSync(python, [script, '--threads', threads.join(','), '--batch', String(BATCH), '--seconds', String(MEASURE_SECONDS)], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000,
    });
    return { rates: out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as TorchLine), note: '' };
  } catch (error) {
    return { rates: null, note: `PyTorch not measured: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** One result per net and backend, plus PyTorch's (ratio = airi / PyTorch on the same threads). */
export function trainingBench(backends: { backend: Backend; threads: number }[]): BenchResult[] {
  const results: BenchResult[] = [];
  const previous = getBackend();
  try {
    for (const net of NETS) {
      for (const { backend, threads } of backends) {
        setBackend(backend);
        const rate = trainingRate(net);
        results.push({
          workload: net.workload, threads, seconds: rate.seconds, imagesPerSecond: rate.imagesPerSecond,
          stepsPerSecond: rate.steps / rate.seconds,
          detail: `airi ${backend.name}: ${net.label}, batch ${BATCH}, SGD momentum 0.9, ${rate.steps} steps`,
        });
      }
    }
  } finally {
    setBackend(previous);
  }
  const { rates, note } = torchRates([...new Set(backends.map((b) => b.threads))]);
  for (const r of results) {
    const torch = rates?.find((t) => t.workload === r.workload && t.threads === r.threads);
    if (torch && r.imagesPerSecond !== null) {
      r.ratio = r.imagesPerSecond / torch.imagesPerSecond;
      r.reference = `PyTorch ${torch.torch} CPU ${torch.imagesPerSecond.toFixed(0)} images/s`;
    } else if (note) {
      r.detail = `${r.detail}; ${note}`;
    }
  }
  for (const t of rates ?? []) {
    results.push({
      workload: `${t.workload} pytorch`, threads: t.threads, seconds: MEASURE_SECONDS, imagesPerSecond: t.imagesPerSecond,
      detail: `PyTorch ${t.torch} CPU (torch.set_num_threads(${t.threads})), same net, batch and optimizer`,
    });
  }
  return results;
}
