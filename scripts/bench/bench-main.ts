// `npm run bench [-- --json]`: throughput of airi's workloads, each printed as a ratio against a
// reference measured in the same run on the same machine (never against a number from elsewhere).
// Today: lesson 1's full training, and the gemm kernel against a naive triple loop.
import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';
import { defaultValues } from '../../contract/hyperparameters';
import { sineHyperparameterSpec } from '../../contract/lessons/sine';
import { trainSine } from '../../lab/lessons/sine/train-sine';
import { gemmBench } from './gemm-bench';
import type { BenchResult } from './bench-result';

function sineBench(): BenchResult {
  const hp = defaultValues(sineHyperparameterSpec);
  const started = performance.now();
  const result = trainSine(hp, { shouldStop: () => false, progress: () => {}, snapshot: () => {}, now: () => performance.now() });
  const seconds = (performance.now() - started) / 1000;
  return {
    workload: 'sine-mlp-training', threads: 1, seconds,
    stepsPerSecond: result.metrics.steps / seconds, imagesPerSecond: null,
    detail: `lesson 1 defaults: ${result.metrics.steps} Adam steps of batch 16, test MSE ${result.metrics.testMse.toFixed(5)}`,
  };
}

function main(): void {
  const json = process.argv.includes('--json');
  const results: BenchResult[] = [sineBench(), ...gemmBench()];
  if (json) {
    for (const r of results) console.log(JSON.stringify(r));
    return;
  }
  console.log(`Airi Lab bench on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.versions.node}\n`);
  for (const r of results) {
    const rate = r.gflops !== undefined ? `${r.gflops.toFixed(2)} GFLOP/s` : `${r.stepsPerSecond?.toFixed(0)} steps/s`;
    const ratio = r.ratio !== undefined ? `  ×${r.ratio.toFixed(2)} vs ${r.reference}` : '';
    console.log(`${r.workload.padEnd(28)} ${r.seconds.toFixed(3).padStart(8)} s  ${rate.padStart(16)}${ratio}`);
    if (r.detail) console.log(`${''.padEnd(28)} ${r.detail}`);
  }
}

main();
