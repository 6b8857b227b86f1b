// Time of one class activation map of an ONNX classifier (native-models/cam) on the shared int8
// MobileNetV2 at 224×224, per image, on ONNX Runtime's CPU provider and airi's default backend: the
// session with the layer exposed (graph surgery, opened once) run, plus the gradient: read from the
// head's weights at the last convolution, or airi's backward through the QLinear* tail from the 14×14
// stage (airi on the backend the worker uses: WASM SIMD when it loads); and Eigen-CAM at the last convolution. `npm run bench -- --onnx-cam` runs only these.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as ort from 'onnxruntime-node';
import { useCamBackend } from '../../native-models/cam/cam-backend';
import { OnnxCamModel, explainOnnx, type ExplainOnnxOptions } from '../../native-models/cam/explain-onnx';
import { ortCamRunner } from '../../native-models/cam/ort-cam-runner';
import type { BenchResult } from './bench-result';

const MEASURE_SECONDS = 3;

export async function onnxCamBench(): Promise<BenchResult[]> {
  const path = resolve(process.cwd(), '..', 'shared', 'models', 'mobilenetv2-12-int8.onnx');
  if (!existsSync(path)) {
    console.error(`onnx-cam bench skipped: no ${path}`);
    return [];
  }
  // airi's backend as the inference worker picks it.
  const backend = await useCamBackend();
  const parseStarted = performance.now();
  const model = OnnxCamModel.fromBytes(new Uint8Array(readFileSync(path)), 'output');
  const parseMs = performance.now() - parseStarted;
  const middle = model.layers.find((l) => l.blockEnd && l.height === 14)!.name;
  const input = { name: 'input', data: Float32Array.from({ length: 3 * 224 * 224 }, (_, i) => Math.sin(i / 997)), dims: [1, 3, 224, 224] };
  const cases: { workload: string; options: ExplainOnnxOptions; detail: string }[] = [
    { workload: 'onnx grad-cam mobilenetv2-int8 last conv', options: { method: 'grad-cam', classIndices: [281] }, detail: `${model.defaultLayer} 1280×7×7, gradient from the head's weights` },
    { workload: 'onnx grad-cam mobilenetv2-int8 14x14 stage', options: { method: 'grad-cam', layers: [middle], classIndices: [281] }, detail: `${middle}, airi's backward through the int8 tail` },
    { workload: 'onnx eigen-cam mobilenetv2-int8 last conv', options: { method: 'eigen-cam', classIndices: [281] }, detail: `${model.defaultLayer}, no gradient` },
  ];
  const results: BenchResult[] = [];
  for (const c of cases) {
    const runner = ortCamRunner(ort, model, ['cpu']);
    const openStarted = performance.now();
    await explainOnnx(model, runner, input, c.options); // surgery, session, first run
    const firstMs = performance.now() - openStarted;
    let runs = 0;
    let sessionMs = 0;
    let gradientMs = 0;
    const started = performance.now();
    do {
      const r = await explainOnnx(model, runner, input, c.options);
      sessionMs += r.ms.inference;
      gradientMs += r.ms.explain;
      runs++;
    } while (runs < 3 || performance.now() - started < MEASURE_SECONDS * 1000);
    const seconds = (performance.now() - started) / 1000;
    await runner.release();
    results.push({
      workload: c.workload,
      threads: 1,
      seconds,
      imagesPerSecond: runs / seconds,
      msPerImage: (1000 * seconds) / runs,
      detail: `${c.detail}; airi ${backend}; per image: session run ${(sessionMs / runs).toFixed(1)} ms + maps ${(gradientMs / runs).toFixed(1)} ms; first call with surgery and session ${firstMs.toFixed(0)} ms; graph parsed and layers listed once in ${parseMs.toFixed(0)} ms`,
    });
  }
  results.push(...(await efficientNetBench(backend)));
  return results;
}

/**
 * Lesson 8's grid on a torchvision EfficientNet-B0 exported to ONNX at 224×224 (random weights, the
 * arithmetic is the same; tests/fixtures/generated/efficientnet_b0.onnx, written by
 * scripts/fixtures/generate-onnx-classifiers.py): Grad-CAM at the last block, and at all nine stages
 * in one call (one ONNX Runtime run, one backward through the graph from the earliest stage).
 */
async function efficientNetBench(backend: string): Promise<BenchResult[]> {
  const path = resolve(process.cwd(), 'tests', 'fixtures', 'generated', 'efficientnet_b0.onnx');
  if (!existsSync(path)) {
    console.error(`EfficientNet-B0 Grad-CAM bench skipped: no ${path} (/usr/bin/python3 scripts/fixtures/generate-onnx-classifiers.py tests/fixtures/generated efficientnet_b0)`);
    return [];
  }
  const model = OnnxCamModel.fromBytes(new Uint8Array(readFileSync(path)), 'output');
  const stages = model.blockEnds();
  const input = { name: 'input', data: Float32Array.from({ length: 3 * 224 * 224 }, (_, i) => Math.sin(i / 997)), dims: [1, 3, 224, 224] };
  const results: BenchResult[] = [];
  for (const c of [
    { workload: 'onnx grad-cam efficientnet-b0 224 last block', layers: [model.defaultLayer!], detail: 'last block 1280×7×7, gradient from the head' },
    { workload: 'onnx grad-cam efficientnet-b0 224 nine stages', layers: stages, detail: `${stages.length} stage outputs (${stages.map((n) => model.layer(n)!.block).join(', ')}), one backward` },
  ]) {
    const runner = ortCamRunner(ort, model, ['cpu']);
    await explainOnnx(model, runner, input, { method: 'grad-cam', layers: c.layers, classIndices: [1] });
    let runs = 0;
    let sessionMs = 0;
    let gradientMs = 0;
    const started = performance.now();
    do {
      const r = await explainOnnx(model, runner, input, { method: 'grad-cam', layers: c.layers, classIndices: [1] });
      sessionMs += r.ms.inference;
      gradientMs += r.ms.explain;
      runs++;
    } while (runs < 2 || performance.now() - started < MEASURE_SECONDS * 1000);
    const seconds = (performance.now() - started) / 1000;
    await runner.release();
    results.push({
      workload: c.workload, threads: 1, seconds, imagesPerSecond: runs / seconds, msPerImage: (1000 * seconds) / runs,
      detail: `${c.detail}; airi ${backend}; per image: session run ${(sessionMs / runs).toFixed(1)} ms + maps ${(gradientMs / runs).toFixed(1)} ms`,
    });
  }
  return results;
}
