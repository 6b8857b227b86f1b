// Grad-CAM on ONNX exports of random-weight torchvision classifiers against PyTorch's own, computed
// with hooks (scripts/fixtures/generate-onnx-gradcam-goldens.py): at the last block (the gradient read
// from the head's weights) and at a middle stage (airi's backward through the rest of the graph,
// residual blocks included), the channel weights and the map agree to ~1e-4 relative.
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { OnnxCamModel, explainOnnx } from '../../../native-models/cam/explain-onnx';
import { ortCamRunner } from '../../../native-models/cam/ort-cam-runner';
import { gradCamWeights } from '../../../airi/explain/grad-cam-weights';
import type { Tail } from '../../../native-models/cam/tail-graph';
import { TailRun } from '../../../native-models/cam/tail-executor';
import { type GradCamGolden, gradCamGolden, torchPresent } from '../../helpers/gradcam-fixtures';

/** max |a − b| / max |b|: the error relative to the golden's scale. */
function relativeError(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  expect(actual.length).toBe(expected.length);
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < expected.length; i++) {
    diff = Math.max(diff, Math.abs(actual[i] - expected[i]));
    scale = Math.max(scale, Math.abs(expected[i]));
  }
  return diff / scale;
}

/** The exporter's scope names a module's tensors "/features/features.13/...": its output is the last. */
function layerOfModule(model: OnnxCamModel, module: string): string {
  const scope = `/${module.split('.')[0]}/${module}/`;
  const inside = model.layers.filter((l) => l.name.startsWith(scope));
  expect(inside.length).toBeGreaterThan(0);
  return inside.at(-1)!.name;
}

for (const name of ['mobilenet_v2', 'efficientnet_b0'] as const) {
  describe.skipIf(torchPresent.skip)(`Grad-CAM on a random-weight torchvision ${name} exported to ONNX`, () => {
    let golden: GradCamGolden;
    let model: OnnxCamModel;
    beforeAll(() => {
      torchPresent.check();
      golden = gradCamGolden(name);
      model = OnnxCamModel.fromBytes(new Uint8Array(readFileSync(golden.onnxPath)), 'logits');
    }, 180_000);

    it('matches PyTorch at the last block and at a middle stage', async () => {
      const runner = ortCamRunner(ort, model, ['cpu']);
      const layers = golden.layers.map((l) => layerOfModule(model, l.module));
      const result = await explainOnnx(model, runner, { name: 'input', data: golden.input, dims: [1, 3, golden.size, golden.size] }, {
        method: 'grad-cam',
        layers,
        classIndices: [golden.classIndex],
      });
      await runner.release();
      expect(relativeError(result.scores, golden.logits)).toBeLessThan(1e-4);
      for (const [i, expected] of golden.layers.entries()) {
        const map = result.maps.find((m) => m.layer === layers[i])!;
        expect([1, map.channels, map.height, map.width]).toEqual(expected.shape);
        // The last block's gradient comes from the head's weights, the middle stage's from airi's backward.
        expect(map.gradient).toBe(i === 0 ? 'linear-head' : 'tail');
        const weightsError = relativeError(map.weights, expected.weights);
        const camError = relativeError(map.cam, expected.cam);
        console.log(`${name} ${expected.module} (${map.gradient}): weights ${weightsError.toExponential(2)}, map ${camError.toExponential(2)} relative to PyTorch`);
        expect(weightsError).toBeLessThan(1e-4);
        expect(Math.max(...expected.cam)).toBeGreaterThan(0); // a map that is not all zeros
        expect(camError).toBeLessThan(1e-4);
      }
    }, 180_000);

    it("gives the last block the same gradient through airi's backward as from the head's weights", async () => {
      const last = layerOfModule(model, golden.layers[0].module);
      const tail = model.plan(last).tail as Tail;
      const session = await ort.InferenceSession.create(model.exposedBytes([last]));
      const out = (await session.run({ input: new ort.Tensor('float32', golden.input.slice(), [1, 3, golden.size, golden.size]) }))[last];
      await session.release();
      const [, channels, height, width] = out.dims.map(Number);
      const run = new TailRun(model.index, tail, new Map([[last, { dims: out.dims.map(Number), data: out.data as Float32Array }]]));
      const viaTail = gradCamWeights(run.gradients(golden.classIndex, [last]).get(last)!, channels, height * width);
      const head = model.plan(last).head!;
      const viaHead = head.weights.slice(golden.classIndex * channels, (golden.classIndex + 1) * channels).map((w) => w / (height * width));
      expect(relativeError(viaTail, viaHead)).toBeLessThan(1e-5);
    }, 60_000);
  });
}
