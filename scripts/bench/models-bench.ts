// Inference speed of the torchvision models airi builds (lessons 7 and 8): one 3x224x224 image through
// EfficientNet-B0 and VGG16 in evaluation mode (random weights: the arithmetic is the same), on each
// backend, against PyTorch CPU on the same threads when /usr/bin/python3 has torchvision
// (torch-models-bench.py). `npm run bench -- --models` runs only these.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type Backend, type Module, Rng, Tensor, efficientNetB0, getBackend, setBackend, vgg16 } from '../../airi';
import type { BenchResult } from './bench-result';

/** Each model runs forwards for at least this long (after a warm-up), and at least twice. */
const MEASURE_SECONDS = 3;

const MODELS: { workload: string; label: string; build: () => Module }[] = [
  { workload: 'efficientnet-b0 forward 224', label: 'EfficientNet-B0 (5.3 M parameters, 0.39 G multiply-adds)', build: () => efficientNetB0({ rng: new Rng(1) }) },
  { workload: 'vgg16 forward 224', label: 'VGG16 (138 M parameters, 15.5 G multiply-adds)', build: () => vgg16({ rng: new Rng(1) }) },
];

function msPerImage(model: Module): { ms: number; runs: number; seconds: number } {
  const x = Tensor.zeros([1, 3, 224, 224]);
  model.forward(x, false);
  let runs = 0;
  const started = performance.now();
  do {
    model.forward(x, false);
    runs++;
  } while (runs < 2 || performance.now() - started < MEASURE_SECONDS * 1000);
  const seconds = (performance.now() - started) / 1000;
  return { ms: (1000 * seconds) / runs, runs, seconds };
}

interface TorchLine {
  workload: string;
  threads: number;
  msPerImage: number;
  torch: string;
}

function torchTimes(threads: number[]): TorchLine[] {
  const python = process.env.AIRI_BENCH_PYTHON || '/usr/bin/python3';
  const script = fileURLToPath(new URL('../../scripts/bench/torch-models-bench.py', import.meta.url));
  if (!existsSync(python) || !existsSync(script)) return [];
  try {
    const out = execFileSync(python, [script, '--threads', threads.join(','), '--seconds', String(MEASURE_SECONDS)], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000,
    });
    return out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as TorchLine);
  } catch {
    return [];
  }
}

export function modelsBench(backends: { backend: Backend; threads: number }[]): BenchResult[] {
  const results: BenchResult[] = [];
  const previous = getBackend();
  try {
    for (const { workload, label, build } of MODELS) {
      const model = build();
      for (const { backend, threads } of backends) {
        setBackend(backend);
        const { ms, runs, seconds } = msPerImage(model);
        results.push({
          workload, threads, seconds, imagesPerSecond: 1000 / ms,
          detail: `airi ${backend.name}: ${label}, ${ms.toFixed(0)} ms per image (${runs} runs)`,
        });
      }
    }
  } finally {
    setBackend(previous);
  }
  const torch = torchTimes([...new Set(backends.map((b) => b.threads))]);
  for (const r of results) {
    const line = torch.find((t) => t.workload === r.workload && t.threads === r.threads);
    if (line && r.imagesPerSecond !== null) {
      r.ratio = r.imagesPerSecond / (1000 / line.msPerImage);
      r.reference = `PyTorch ${line.torch} CPU ${line.msPerImage.toFixed(0)} ms per image`;
    }
  }
  return results;
}
