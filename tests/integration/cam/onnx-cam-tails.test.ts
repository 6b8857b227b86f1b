// The tail after a layer, on small graphs built here with onnx-proto: a skip connection from before
// the layer is exposed beside it (an "external"), a SiLU (Sigmoid × input) is differentiated through,
// and the gradient airi's backward gives equals central finite differences of the tail's own forward,
// whose scores equal ONNX Runtime's. An operator the backward does not know (LRN) is refused with its
// code, while Eigen-CAM still explains that layer and Grad-CAM works after it.
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { CamError, OnnxCamModel, explainOnnx } from '../../../native-models/cam/explain-onnx';
import { ortCamRunner } from '../../../native-models/cam/ort-cam-runner';
import { type Tail, findTail } from '../../../native-models/cam/tail-graph';
import { TailRun } from '../../../native-models/cam/tail-executor';
import { OnnxGraphBuilder } from '../../../native-models/export/onnx-graph-builder';

const SIZE = 12;
const seeded = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898 + seed * 78.233) * 0.5);

/** x → Conv → Relu (r) → Conv (s) → s + r (t) → [LRN] → t·sigmoid(t) → GAP → Flatten → Gemm → scores. */
function smallNet(withLrn: boolean): Uint8Array {
  const b = new OnnxGraphBuilder();
  const conv1 = b.node('Conv', ['x', b.constant('w1', seeded(4 * 3 * 9, 1), [4, 3, 3, 3]), b.constant('b1', seeded(4, 2), [4])], 'conv1', { pads: [1, 1, 1, 1] });
  const r = b.node('Relu', [conv1], 'r');
  const s = b.node('Conv', [r, b.constant('w2', seeded(4 * 4, 3), [4, 4, 1, 1])], 's');
  let t = b.node('Add', [s, r], 't');
  if (withLrn) t = b.node('LRN', [t], 'lrn', { size: 3 });
  const u = b.node('Mul', [t, b.node('Sigmoid', [t], 'sig')], 'silu');
  const pooled = b.node('Flatten', [b.node('GlobalAveragePool', [u], 'gap')], 'flat');
  b.node('Gemm', [pooled, b.constant('wg', seeded(5 * 4, 4), [5, 4]), b.constant('bg', seeded(5, 5), [5])], 'scores', { transB: 1 });
  return b.encode({ input: 'x', inputDims: [3, SIZE, SIZE], output: 'scores', graphName: 'small', metadata: {} });
}

const input = { name: 'x', data: seeded(3 * SIZE * SIZE, 9), dims: [1, 3, SIZE, SIZE] };

describe('the tail after a layer, on small graphs', () => {
  it('takes a skip connection from before the layer as an external, and its gradient is the finite differences of its forward', async () => {
    const model = OnnxCamModel.fromBytes(smallNet(false), 'scores');
    expect(model.layers.map((l) => [l.name, l.gradient])).toEqual([['conv1', 'tail'], ['r', 'tail'], ['s', 'tail'], ['t', 'tail'], ['sig', 'tail'], ['silu', 'linear-head']]);
    const tail = findTail(model.index, ['s'], 'scores') as Tail;
    expect(tail.externals).toEqual(['r']);
    const session = await ort.InferenceSession.create(model.exposedBytes(['scores', 's', 'r']));
    const out = await session.run({ x: new ort.Tensor('float32', input.data, input.dims) });
    await session.release();
    const value = (name: string) => ({ dims: out[name].dims.map(Number), data: out[name].data as Float32Array });
    const run = (s: Float32Array) => new TailRun(model.index, tail, new Map([['s', { ...value('s'), data: s }], ['r', value('r')]]));
    const base = run(value('s').data);
    expect(Math.max(...base.scores.data.map((v, i) => Math.abs(v - (out.scores.data as Float32Array)[i])))).toBeLessThan(1e-5);
    const k = 3;
    const gradient = base.gradients(k, ['s']).get('s')!;
    const h = 1e-2;
    for (const at of [0, 17, 100, 333, 4 * SIZE * SIZE - 1]) {
      const plus = value('s').data.slice();
      const minus = value('s').data.slice();
      plus[at] += h;
      minus[at] -= h;
      const numeric = (run(plus).scores.data[k] - run(minus).scores.data[k]) / (2 * h);
      expect(Math.abs(gradient[at] - numeric)).toBeLessThan(1e-3 * Math.max(1e-3, Math.abs(numeric)) + 2e-5);
    }
  });

  it('refuses Grad-CAM through LRN with its code, while Eigen-CAM explains that layer and Grad-CAM works after it', async () => {
    const model = OnnxCamModel.fromBytes(smallNet(true), 'scores');
    const s = model.layers.find((l) => l.name === 's')!;
    expect([s.gradient, s.unsupported]).toEqual([null, 'LRN (lrn/LRN)']);
    const runner = ortCamRunner(ort, model, ['cpu']);
    const refused = await explainOnnx(model, runner, input, { method: 'grad-cam', layers: ['s'], classIndices: [0] }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CamError);
    expect(refused).toMatchObject({ code: 'cam-gradient-unsupported', params: { layer: 's', op: 'LRN', node: 'lrn/LRN' } });
    const eigen = await explainOnnx(model, runner, input, { method: 'eigen-cam', layers: ['s'], classIndices: [0] });
    expect(eigen.maps[0].cam.some((v) => v > 0)).toBe(true);
    const after = await explainOnnx(model, runner, input, { method: 'grad-cam', layers: ['silu'], classIndices: [0, 1] });
    expect(after.maps.map((m) => m.gradient)).toEqual(['linear-head', 'linear-head']);
    await runner.release();
  });
});
