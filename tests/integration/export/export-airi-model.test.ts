// airi models exported to ONNX and run by onnxruntime-node give airi's own outputs: the CIFAR-10
// lessons' nets (with batch norm in eval mode), an EfficientNet-style block (depthwise convolution,
// SiLU, squeeze-excitation, a residual skip, stochastic depth) and a VGG for 32×32 images. The
// metadata comes back, and a layer with no export is refused by name.
import * as ort from 'onnxruntime-node';
import { onnx } from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import {
  AvgPool2d, BatchNorm2d, Conv2d, Dropout, GlobalAvgPool2d, Linear, Residual, Rng, Sequential, SiLU, SqueezeExcitation,
  StochasticDepth, Tensor, smallImageVgg, type Module,
} from '../../../airi';
import { buildBetterConvNet, buildDemoConvNet, buildTwoLayerNet } from '../../../lab/lessons/cifar/cifar-models';
import { ExportError, exportAiriModel } from '../../../native-models/export/export-airi-model';

function randomInput(shape: number[], seed: number): Tensor {
  const rng = new Rng(seed);
  const size = shape.reduce((a, b) => a * b, 1);
  return new Tensor(Float32Array.from({ length: size }, () => rng.normal(0, 1)), shape);
}

/** Gives the batch-norm layers running statistics that are not the identity, as a trained net has. */
function train(model: Module, x: Tensor): void {
  for (let i = 0; i < 3; i++) model.forward(x, true);
}

async function maxRelativeDifference(model: Module, x: Tensor): Promise<number> {
  const expected = model.forward(x, false);
  const bytes = exportAiriModel(model, { inputDims: x.shape.slice(1) });
  const session = await ort.InferenceSession.create(bytes);
  const out = await session.run({ [session.inputNames[0]]: new ort.Tensor('float32', x.data, x.shape) });
  const got = out[session.outputNames[0]];
  expect(got.dims).toEqual(expected.shape);
  const data = got.data as Float32Array;
  let worst = 0;
  const scale = Math.max(...Array.from(expected.data, Math.abs), 1e-6);
  expected.data.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - data[i]) / scale)));
  return worst;
}

describe('airi models exported to ONNX', () => {
  it.each([
    ['two-layer', (rng: Rng) => buildTwoLayerNet(100, rng), [4, 3072]],
    ['DemoConvNet', buildDemoConvNet, [4, 3, 32, 32]],
    ['BetterConvNet', buildBetterConvNet, [4, 3, 32, 32]],
  ] as const)('%s gives the same outputs in ONNX Runtime', async (name, build, shape) => {
    const model = build(new Rng(3));
    const x = randomInput([...shape], 5);
    train(model, x);
    const difference = await maxRelativeDifference(model, x);
    console.log(`${name}: max relative difference ${difference.toExponential(2)}`);
    expect(difference).toBeLessThan(1e-4);
  });

  it('exports an EfficientNet-style block: depthwise conv, SiLU, squeeze-excitation, residual', async () => {
    const rng = new Rng(9);
    const block = new Residual({
      block: new Sequential(
        new Conv2d(8, 8, 3, { rng, padding: 1, groups: 8, bias: false }), new BatchNorm2d(8), new SiLU(),
        new SqueezeExcitation(8, 2, { rng }), new Conv2d(8, 8, 1, { rng, bias: false }), new BatchNorm2d(8),
      ),
      stochastic_depth: new StochasticDepth(0.2, 'row', { rng }),
    }, 'MBConv');
    const model = new Sequential(new Conv2d(3, 8, 3, { rng, padding: 1 }), block, new AvgPool2d(2, 2, 1), new GlobalAvgPool2d(), new Dropout(0.2, { rng }), new Linear(8, 5, { rng }));
    const x = randomInput([2, 3, 9, 9], 11);
    train(model, x);
    expect(await maxRelativeDifference(model, x)).toBeLessThan(1e-4);
  });

  it('exports a VGG for 32×32 images (the vgg16_bn layout, narrower) that ONNX Runtime runs the same', { timeout: 120_000 }, async () => {
    const model = smallImageVgg({ layers: [8, 8, 'M', 16, 16, 'M', 32, 32, 32, 'M', 32, 'M', 32, 'M'], hidden: 32, numClasses: 10, rng: new Rng(1) });
    const x = randomInput([2, 3, 32, 32], 2);
    train(model, x);
    expect(await maxRelativeDifference(model, x)).toBeLessThan(1e-4);
  });

  it('keeps metadata and refuses a layer it cannot export, naming it', () => {
    const rng = new Rng(1);
    const bytes = exportAiriModel(new Sequential(new Linear(4, 2, { rng })), { inputDims: [4], metadata: { labels: '["a","b"]' } });
    const props = onnx.ModelProto.decode(bytes).metadataProps.map((p) => [p.key, p.value]);
    expect(props).toContainEqual(['labels', '["a","b"]']);
    const odd: Module = { forward: (x: Tensor) => x, backward: (d: Tensor) => d, parameters: () => [], describe: () => 'Mystery()' };
    expect(() => exportAiriModel(new Sequential(new Linear(4, 4, { rng }), odd), { inputDims: [4] })).toThrow(ExportError);
    expect(() => exportAiriModel(new Sequential(new Linear(4, 4, { rng }), odd), { inputDims: [4] })).toThrow(/1: Mystery\(\)/);
  });
});
