// Speed of the torchvision models airi builds (lessons 7 and 8): one 3x224x224 image through
// EfficientNet-B0 and VGG16 in evaluation mode (random weights: the arithmetic is the same), on each
// backend, against PyTorch CPU on the same threads when /usr/bin/python3 has torchvision
// (torch-models-bench.py); and EfficientNet-B0's full fine-tuning (lesson 8's second way), one Adam
// step on a batch of 4 images, per image. `npm run bench -- --models` runs only these.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Adam, type Backend, CrossEntropyLoss, type Module, Rng, Tensor, efficientNetB0, getBackend, setBackend, vgg16 } from '../../airi';
import type { BenchResult } from './bench-result';

/** Each model runs forwards for at least this long (after a warm-up), and at least twice. */
const MEASURE_SECONDS = 3;

const MODELS: { workload: string; label: string; build: () => Module }[] = [
  { workload: 'efficientnet-b0 forward 224', label: 'EfficientNet-B0 (5.3 M parameters, 0.39 G multiply-adds)', build: () => efficientNetB0({ rng: new Rng(1) }) },
  { workload: 'vgg16 forward 224', label: 'VGG16 (138 M parameters, 15.5 G multiply-adds)', build: () => vgg16({ rng: new Rng(1) }) },
];

/**
 * Wall time per image, and this process's CPU time per image (all its threads): on a busy machine the
 * wall time grows with the load while the CPU time stays near what the work costs.
 */
function msPerImage(model: Module): { ms: number; cpuMs: number; runs: number; seconds: number } {
  const x = Tensor.zeros([1, 3, 224, 224]);
  model.forward(x, false);
  let runs = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  do {
    model.forward(x, false);
    runs++;
  } while (runs < 2 || performance.now() - started < MEASURE_SECONDS * 1000);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { ms: (1000 * seconds) / runs, cpuMs: (used.user + used.system) / 1000 / runs, runs, seconds };
}

const TRAIN_BATCH = 4;

/** Per image: one full fine-tuning step of EfficientNet-B0 (forward in training mode, loss, backward, Adam) on a batch. */
function fineTuningMsPerImage(): { ms: number; cpuMs: number; runs: number; seconds: number } {
  const rng = new Rng(2);
  const model = efficientNetB0({ numClasses: 15, rng });
  const optimizer = new Adam(model.parameters(), { lr: 3e-4 });
  const loss = new CrossEntropyLoss();
  const x = new Tensor(Float32Array.from({ length: TRAIN_BATCH * 3 * 224 * 224 }, () => rng.normal(0, 1)), [TRAIN_BATCH, 3, 224, 224]);
  const labels = Int32Array.from({ length: TRAIN_BATCH }, (_, i) => i % 15);
  const step = (): void => {
    optimizer.zeroGrad();
    loss.forward(model.forward(x, true), labels);
    model.backwardParameters(loss.backward());
    optimizer.step();
  };
  step();
  let runs = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  do {
    step();
    runs++;
  } while (runs < 2 || performance.now() - started < MEASURE_SECONDS * 1000);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const images = runs * TRAIN_BATCH;
  return { ms: (1000 * seconds) / images, cpuMs: (used.user + used.system) / 1000 / images, runs, seconds };
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
        const { ms, cpuMs, runs, seconds } = msPerImage(model);
        results.push({
          workload, threads, seconds, imagesPerSecond: 1000 / ms, msPerImage: ms,
          detail: `airi ${backend.name}: ${label}, ${runs} runs, ${cpuMs.toFixed(0)} ms of CPU per image`,
        });
      }
    }
    for (const { backend, threads } of backends) {
      setBackend(backend);
      const { ms, cpuMs, runs, seconds } = fineTuningMsPerImage();
      results.push({
        workload: 'efficientnet-b0 fine-tune 224', threads, seconds, imagesPerSecond: 1000 / ms, msPerImage: ms,
        detail: `airi ${backend.name}: ${runs} Adam steps of batch ${TRAIN_BATCH}, 15 classes, ${cpuMs.toFixed(0)} ms of CPU per image`,
      });
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
