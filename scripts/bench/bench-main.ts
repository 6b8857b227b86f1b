// `npm run bench [-- --json]`: throughput of airi's workloads, each printed as a ratio against a
// reference measured in the same run on the same machine (never against a number from elsewhere).
// Today: lesson 1's full training, gemm on the lessons' shapes (reference backend, WASM SIMD on 1
// and 2 threads, naive loop), and training images/s of the four CIFAR-10 nets at batch 128 on 1 and
// 2 threads against PyTorch CPU (training-bench.ts). This same bundle is also the 2-thread run's
// helper worker. Lessons 5 and 6's pictures of one image (explain-bench.ts) are timed too.
// `--training` runs only the CIFAR-10 training workloads, `--explain` only the pictures of one
// image; `--runs` only the Runs screen at 10,000 runs and a million points (runs-bench.ts);
// `--accuracy --data PATH [--lessons a,b]` runs only the long CIFAR-10 accuracy runs (accuracy-bench.ts, half an hour).
// `--onnx-cam` runs only one ONNX Grad-CAM per image on the shared MobileNetV2 (onnx-cam-bench.ts).
// `--models` runs only the 224x224 inference of EfficientNet-B0 and VGG16 (models-bench.ts).
// `--torchvision-import` imports torchvision's EfficientNet-B0 and VGG16 .pth files (random weights) and
// times lesson 7's uses: ONNX Runtime ms per image per provider, one airi Grad-CAM (torchvision-import-bench.ts).
// `--app-speed --data PATH` compares a run started from the app (over the server's WebSocket) with
// the same run from the command line (app-speed-bench.ts).
import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';
import { createWasmBackend } from '../../airi';
import { sineHyperparameters } from '../../contract/lessons/sine';
import { trainSine } from '../../lab/lessons/sine/train-sine';
import { ACCURACY_TARGETS, accuracyBench } from './accuracy-bench';
import { appSpeedBench } from './app-speed-bench';
import { explainBench } from './explain-bench';
import { gemmBench } from './gemm-bench';
import { modelsBench } from './models-bench';
import { onnxCamBench } from './onnx-cam-bench';
import { createThreadedBackend, serveIfHelper } from './threaded-backend';
import { runsBench } from './runs-bench';
import { trainingBench } from './training-bench';
import { torchvisionImportBench } from './torchvision-import-bench';
import type { BenchResult } from './bench-result';

function sineBench(): BenchResult {
  const hp = sineHyperparameters.defaults();
  const started = performance.now();
  const result = trainSine(hp, { shouldStop: () => false, progress: () => {}, snapshot: () => {}, now: () => performance.now() });
  const seconds = (performance.now() - started) / 1000;
  return {
    workload: 'sine-mlp-training', threads: 1, seconds,
    stepsPerSecond: result.metrics.steps / seconds, imagesPerSecond: null,
    detail: `lesson 1 defaults: ${result.metrics.steps} Adam steps of batch 16, test MSE ${result.metrics.testMse.toFixed(5)}`,
  };
}

/** The value after `--name` on the command line. */
function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
}

async function throughputBench(trainingOnly: boolean, explainOnly = false, modelsOnly = false): Promise<BenchResult[]> {
  const single = await createWasmBackend();
  const dual = await createThreadedBackend(2);
  const results: BenchResult[] = [];
  try {
    const backends = [{ backend: single, threads: 1 }, { backend: dual.backend, threads: 2 }];
    if (explainOnly) return explainBench(backends);
    if (modelsOnly) return modelsBench(backends);
    if (!trainingOnly) results.push(sineBench(), ...gemmBench(backends), ...explainBench(backends));
    results.push(...trainingBench(backends));
  } finally {
    await dual.close();
  }
  return results;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  let results: BenchResult[];
  if (process.argv.includes('--torchvision-import')) {
    results = await torchvisionImportBench();
  } else if (process.argv.includes('--runs')) {
    results = runsBench();
  } else if (process.argv.includes('--onnx-cam')) {
    results = await onnxCamBench();
  } else if (process.argv.includes('--app-speed')) {
    const data = option('data');
    if (!data) throw new Error('--app-speed needs --data PATH (a CIFAR-10 archive or folder)');
    const limit = option('limit-per-class');
    results = await appSpeedBench(data, option('lessons')?.split(',') ?? ['softmax', 'two-layer'], Number(option('epochs') ?? 1), limit ? Number(limit) : undefined);
  } else if (process.argv.includes('--accuracy')) {
    const data = option('data');
    if (!data) throw new Error('--accuracy needs --data PATH (cifar-10-binary.tar.gz, or an image archive or folder)');
    results = await accuracyBench(data, option('lessons')?.split(',') ?? ACCURACY_TARGETS.map((t) => t.lesson));
  } else {
    results = await throughputBench(process.argv.includes('--training'), process.argv.includes('--explain'), process.argv.includes('--models'));
    // One ONNX Grad-CAM per image on the shared MobileNetV2 (onnx-cam-bench.ts), beside lessons 5-6's pictures.
    if (!process.argv.includes('--training') && !process.argv.includes('--models')) results.push(...(await onnxCamBench()));
  }
  if (json) {
    for (const r of results) console.log(JSON.stringify(r));
    return;
  }
  console.log(`Airi Lab bench on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.versions.node}\n`);
  for (const r of results) {
    const rate = r.accuracy !== undefined
      ? `${r.accuracy.test.toFixed(4)} accuracy, ${r.imagesPerSecond?.toFixed(0)} images/s`
      : r.gflops !== undefined
      ? `${r.gflops.toFixed(2)} GFLOP/s`
      : r.msPerImage !== undefined
      ? `${r.msPerImage.toFixed(0)} ms/image`
      : r.imagesPerSecond !== null ? `${r.imagesPerSecond.toFixed(0)} images/s`
      : r.stepsPerSecond !== undefined ? `${r.stepsPerSecond.toFixed(0)} steps/s` : '';
    const ratio = r.ratio !== undefined ? `  ×${r.ratio.toFixed(2)} vs ${r.reference}` : '';
    const seconds = r.seconds < 0.01 ? `${(r.seconds * 1e6).toFixed(0)} µs` : `${r.seconds.toFixed(3)} s`;
    console.log(`${r.workload.padEnd(44)} ${String(r.threads).padStart(2)}T ${seconds.padStart(10)} ${rate.padStart(16)}${ratio}`);
    if (r.detail) console.log(`${''.padEnd(44)} ${r.detail}`);
  }
}

if (!serveIfHelper()) {
  await main().catch((error: Error) => {
    console.error(`bench: ${error.message}`);
    process.exitCode = 1;
  });
}
