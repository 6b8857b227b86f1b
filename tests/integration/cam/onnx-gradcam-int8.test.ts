// Grad-CAM and Eigen-CAM on the shared int8 MobileNetV2 (ONNX Model Zoo; its activations are uint8,
// dequantized with the graph's scales): the layers listed, a cat photo's maps at the last layer and
// at a middle stage (through QLinearConv/QLinearAdd by airi's backward), scores unchanged by the
// surgery, and a synthetic check: a cat pasted into one corner of a grey picture is found there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { CamError, OnnxCamModel, explainOnnx } from '../../../native-models/cam/explain-onnx';
import { ortCamRunner } from '../../../native-models/cam/ort-cam-runner';
import { type Tail, findTail } from '../../../native-models/cam/tail-graph';
import { TailRun } from '../../../native-models/cam/tail-executor';
import { quantizationOf } from '../../../native-models/cam/quantization';
import { IMAGENET_MEAN, IMAGENET_STD } from '../../../native-models/preprocess/default-preprocessing';
import { pixelsToTensor } from '../../../native-models/preprocess/to-tensor';
import type { Preprocessing } from '../../../contract/models/models';
import { SHARED_CATS, SHARED_MODEL } from '../../helpers/onnx-fixtures';
import { sharedFile } from '../../helpers/prerequisites';

const shared = sharedFile('models', 'mobilenetv2-12-int8.onnx');
const P: Preprocessing = {
  resize: 'shorter-side-crop', resizeTo: 256, size: 224, scale: 1 / 255, mean: IMAGENET_MEAN, std: IMAGENET_STD,
  channelOrder: 'RGB', layout: 'NCHW', kernel: 'linear',
};
const CAT = join(SHARED_CATS, 'Siamese', 'Siamese_109.jpg');

async function tensorOf(image: ReturnType<typeof sharp>): Promise<Float32Array> {
  const rgb = await image.resize(224, 224, { fit: 'cover' }).removeAlpha().raw().toBuffer();
  return pixelsToTensor(new Uint8Array(rgb), P);
}

const input = (data: Float32Array) => ({ name: 'input', data, dims: [1, 3, 224, 224] });

describe.skipIf(shared.needed.skip)('Grad-CAM on the shared int8 MobileNetV2', () => {
  let model: OnnxCamModel;
  beforeAll(() => {
    shared.needed.check();
    model = OnnxCamModel.fromBytes(new Uint8Array(readFileSync(SHARED_MODEL)), 'output');
  });

  it('lists the quantized activations, one block per resolution, the last conv first choice', () => {
    expect(model.layers.length).toBeGreaterThan(40);
    expect(model.layers.every((l) => l.quantized)).toBe(true);
    const ends = model.layers.filter((l) => l.blockEnd).map((l) => `${l.height}×${l.width}`);
    expect(ends).toEqual(['112×112', '56×56', '28×28', '14×14', '7×7']);
    const last = model.layers.find((l) => l.name === model.defaultLayer)!;
    expect([last.channels, last.height, last.width, last.gradient]).toEqual([1280, 7, 7, 'linear-head']);
    // Its dequantized twin names the same layer.
    expect(model.layer('627')?.name).toBe('627_quantized');
    expect(model.layers.filter((l) => l.gradient === 'tail').length).toBeGreaterThan(40);
  });

  it("explains a cat photo: finite, non-constant maps that differ by class; scores as without the surgery", async () => {
    const data = await tensorOf(sharp(readFileSync(CAT)));
    const plain = await ort.InferenceSession.create(SHARED_MODEL);
    const scores = (await plain.run({ input: new ort.Tensor('float32', data.slice(), [1, 3, 224, 224]) })).output.data as Float32Array;
    await plain.release();
    const top = [...scores.keys()].sort((a, b) => scores[b] - scores[a])[0];
    expect(top).toBeGreaterThanOrEqual(281); // a domestic cat (281..285)
    expect(top).toBeLessThanOrEqual(285);
    const random = 17; // jay: not a cat
    const runner = ortCamRunner(ort, model, ['cpu']);
    const middle = model.layers.filter((l) => l.blockEnd && l.height === 14)[0].name;
    const result = await explainOnnx(model, runner, input(data), { method: 'grad-cam', layers: [model.defaultLayer!, middle], classIndices: [top, random] });
    await runner.release();
    expect(Array.from(result.scores)).toEqual(Array.from(scores));
    for (const map of result.maps) {
      expect(map.cam.every(Number.isFinite)).toBe(true);
      expect(Math.max(...map.cam)).toBeGreaterThan(Math.min(...map.cam));
    }
    for (const layer of [model.defaultLayer!, middle]) {
      const [a, b] = [top, random].map((k) => result.maps.find((m) => m.layer === layer && m.classIndex === k)!);
      expect(a.gradient).toBe(layer === middle ? 'tail' : 'linear-head');
      expect(a.score).toBe(scores[top]);
      expect(Array.from(a.cam)).not.toEqual(Array.from(b.cam));
    }
  }, 120_000);

  it("runs each int8 operator of a middle stage's tail as ONNX Runtime does, node by node", async () => {
    // Fed ONNX Runtime's own inputs, each QLinearConv / QLinearAdd / pool / matmul of the tail, computed in
    // float with the graph's scales, lands on ONNX Runtime's integer level, but for a few: on a CPU without
    // AVX-512 VNNI, ONNX Runtime's u8×s8 kernels saturate 16-bit pair sums (exact integer arithmetic
    // agrees with airi there), so a whole-tail comparison drifts and only a per-node one is fair.
    const data = await tensorOf(sharp(readFileSync(CAT)));
    const middle = model.layers.filter((l) => l.blockEnd && l.height === 14)[0].name;
    const tail = findTail(model.index, [middle], 'output') as Tail;
    const nodes = tail.nodes.filter((n) => (n.opType ?? '').startsWith('QLinear'));
    expect(nodes.length).toBeGreaterThan(10);
    const names = [...new Set(nodes.flatMap((n) => [...(n.input ?? []), ...(n.output ?? [])]).filter((n) => n && !model.index.isConstant(n)))];
    const session = await ort.InferenceSession.create(model.exposedBytes(names));
    const outputs = await session.run({ input: new ort.Tensor('float32', data, [1, 3, 224, 224]) }, names);
    await session.release();
    const real = (name: string) => model.realValue(name, { data: outputs[name].data as Uint8Array, dims: outputs[name].dims.map(Number) });
    let worstShare = 1;
    for (const node of nodes) {
      const inputs = (node.input ?? []).filter((i) => i && !model.index.isConstant(i));
      const output = node.output![0];
      const run = new TailRun(model.index, { starts: inputs, nodes: [node], externals: [], output }, new Map(inputs.map((i) => [i, real(i)])));
      const ours = run.scores.data;
      const theirs = real(output).data;
      const scale = quantizationOf(model.index, output)!.scale;
      let within = 0;
      for (let i = 0; i < ours.length; i++) if (Math.abs(ours[i] - theirs[i]) <= scale * 1.01) within++;
      worstShare = Math.min(worstShare, within / ours.length);
    }
    console.log(`int8 tail from ${middle}: ${nodes.length} quantized nodes, each within one level of ONNX Runtime on at least ${(100 * worstShare).toFixed(1)}% of its values`);
    expect(worstShare).toBeGreaterThan(0.95);
  }, 120_000);

  it('finds a cat pasted into one corner of a grey picture there', async () => {
    const cat = await sharp(readFileSync(CAT)).resize(112, 112, { fit: 'cover' }).toBuffer();
    const runner = ortCamRunner(ort, model, ['cpu']);
    for (const [left, top] of [[0, 0], [112, 112]]) {
      const picture = sharp({ create: { width: 224, height: 224, channels: 3, background: { r: 128, g: 128, b: 128 } } }).composite([{ input: cat, left, top }]);
      const data = await tensorOf(sharp(await picture.png().toBuffer()));
      for (const method of ['grad-cam', 'eigen-cam'] as const) {
        const result = await explainOnnx(model, runner, input(data), { method, classIndices: [283] });
        const { cam, width } = result.maps[0];
        const peak = cam.indexOf(Math.max(...cam));
        const [y, x] = [Math.floor(peak / width), peak % width];
        // The 7×7 map's quadrant holding the cat (rows and columns 0..3 or 3..6).
        expect(left === 0 ? x <= 3 : x >= 3, `${method} peak column ${x} for a cat at ${left}`).toBe(true);
        expect(top === 0 ? y <= 3 : y >= 3, `${method} peak row ${y} for a cat at ${top}`).toBe(true);
      }
    }
    await runner.release();
  }, 120_000);

  it('says which layer is unknown and which class is out of range', async () => {
    const runner = ortCamRunner(ort, model, ['cpu']);
    const data = new Float32Array(3 * 224 * 224);
    await expect(explainOnnx(model, runner, input(data), { method: 'grad-cam', layers: ['no-such-tensor'] })).rejects.toMatchObject({ code: 'cam-layer-unknown' });
    await expect(explainOnnx(model, runner, input(data), { method: 'eigen-cam', classIndices: [1000] })).rejects.toBeInstanceOf(CamError);
    await runner.release();
  });
});
