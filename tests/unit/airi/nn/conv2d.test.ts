import { describe, expect, it } from 'vitest';
import { Conv2d, Rng, Tensor } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

/** One 1-channel 4x4 image holding 0..15 row by row. */
const ramp = (): Tensor => Tensor.fromArray(Array.from({ length: 16 }, (_, i) => i), [1, 1, 4, 4]);

describe('Conv2d', () => {
  it('stores the weight as [out, in, kH, kW] and the bias as [out], like PyTorch, and describes itself', () => {
    const layer = new Conv2d(3, 16, 5, { rng: new Rng(1) });
    expect(layer.weight.value.shape).toEqual([16, 3, 5, 5]);
    expect(layer.bias!.value.shape).toEqual([16]);
    expect(layer.parameters().map((p) => p.name)).toEqual(['weight', 'bias']);
    expect(layer.describe()).toBe('Conv2d(3 → 16, kernelSize=5, stride=1, padding=0)');
    const odd = new Conv2d(2, 4, [3, 1], { rng: new Rng(1), stride: [2, 1], padding: [1, 0], bias: false });
    expect(odd.weight.value.shape).toEqual([4, 2, 3, 1]);
    expect(odd.describe()).toBe('Conv2d(2 → 4, kernelSize=[3, 1], stride=[2, 1], padding=[1, 0], bias=false)');
  });

  it("initializes as nn.Conv2d by default: U(±1/sqrt(in*kH*kW)) for weight and bias, reproducible from the seed", () => {
    const layer = new Conv2d(3, 8, 3, { rng: new Rng(5) });
    const bound = 1 / Math.sqrt(3 * 3 * 3);
    for (const p of layer.parameters()) expect(p.value.data.every((v) => Math.abs(v) <= bound)).toBe(true);
    expect(Math.max(...layer.weight.value.data.map(Math.abs))).toBeGreaterThan(0.8 * bound);
    const again = new Conv2d(3, 8, 3, { rng: new Rng(5) });
    expect(Array.from(again.weight.value.data)).toEqual(Array.from(layer.weight.value.data));
    const kaiming = new Conv2d(3, 8, 3, { rng: new Rng(5), init: 'kaiming-normal' });
    expect(kaiming.bias!.value.data.every((v) => v === 0)).toBe(true);
  });

  it('forward of a 3x3 all-ones kernel on a 4x4 ramp sums each 3x3 patch (hand-computed)', () => {
    const layer = new Conv2d(1, 1, 3, { rng: new Rng(0) });
    layer.weight.value.data.fill(1);
    layer.bias!.value.data[0] = 1;
    const y = layer.forward(ramp());
    // top-left patch 0+1+2+4+5+6+8+9+10 = 45; one step right +9 (three columns each +1... +3 per row), one step down +36
    expect(y.shape).toEqual([1, 1, 2, 2]);
    expect(Array.from(y.data)).toEqual([46, 55, 82, 91]);
  });

  it('forward with stride 2 and padding 1 reads zeros in the padding (hand-computed)', () => {
    const layer = new Conv2d(1, 1, 2, { rng: new Rng(0), stride: 2, padding: 1, bias: false });
    layer.weight.value.data.set([1, 2, 3, 4]); // [[1, 2], [3, 4]]
    const y = layer.forward(ramp());
    // Output (oh, ow) covers rows 2oh-1..2oh and columns 2ow-1..2ow; e.g. (1, 1): 1*5 + 2*6 + 3*9 + 4*10 = 84,
    // (0, 1): only the bottom kernel row is on the image: 3*1 + 4*2 = 11.
    expect(y.shape).toEqual([1, 1, 3, 3]);
    expect(Array.from(y.data)).toEqual([0, 11, 9, 40, 84, 40, 24, 41, 15]);
  });

  it('sums over input channels and keeps images and output channels apart', () => {
    const layer = new Conv2d(2, 2, 1, { rng: new Rng(0) });
    layer.weight.value.data.set([1, 10, -1, 0]); // out 0 = in0 + 10 in1; out 1 = -in0
    layer.bias!.value.data.set([0.5, 0]);
    const x = Tensor.fromArray([1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2, 1]); // 2 images, 2 channels, 2x1
    const y = layer.forward(x);
    expect(Array.from(y.data)).toEqual([31.5, 42.5, -1, -2, 75.5, 86.5, -5, -6]);
  });

  it('backward accumulates parameter gradients across calls', () => {
    const rng = new Rng(2);
    const layer = new Conv2d(2, 3, 3, { rng, padding: 1 });
    const x = randomTensor(rng, [2, 2, 4, 4]);
    const dout = randomTensor(rng, [2, 3, 4, 4]);
    layer.forward(x);
    layer.backward(dout);
    const once = layer.weight.grad.data.slice();
    const bias = layer.bias!.grad.data.slice();
    layer.backward(dout);
    // Twice the single gradient, up to float32 rounding (each image's product is added onto the running sum).
    layer.weight.grad.data.forEach((v, i) => expect(v).toBeCloseTo(2 * once[i], 4));
    layer.bias!.grad.data.forEach((v, i) => expect(v).toBeCloseTo(2 * bias[i], 4));
  });

  it('passes the numeric gradient check for dx, weight and bias over stride/padding/kernel shapes', () => {
    const rng = new Rng(21);
    const cases: [string, Conv2d, number[]][] = [
      ['k3 s1 p0', new Conv2d(3, 4, 3, { rng }), [2, 3, 5, 5]],
      ['k3 s2 p1', new Conv2d(2, 3, 3, { rng, stride: 2, padding: 1 }), [2, 2, 6, 5]],
      ['k[2,3] s[1,2] p[1,0] no bias', new Conv2d(2, 2, [2, 3], { rng, stride: [1, 2], padding: [1, 0], bias: false }), [1, 2, 4, 6]],
      ['k5 on 5x5 (one output pixel)', new Conv2d(1, 2, 5, { rng }), [3, 1, 5, 5]],
    ];
    for (const [label, layer, shape] of cases) expectGradientsMatch(`Conv2d ${label}`, layer, randomTensor(rng, shape));
  });

  it('names the layer and both shapes when the input or dout do not fit', () => {
    const layer = new Conv2d(3, 16, 5, { rng: new Rng(0) });
    const name = 'Conv2d(3 → 16, kernelSize=5, stride=1, padding=0)';
    expect(() => layer.forward(Tensor.zeros([2, 1, 32, 32]))).toThrow(`${name}: input has shape [2, 1, 32, 32], expected [N, 3, H, W]`);
    expect(() => layer.forward(Tensor.zeros([3, 32, 32]))).toThrow(`${name}: input has shape [3, 32, 32], expected [N, 3, H, W]`);
    expect(() => layer.forward(Tensor.zeros([1, 3, 4, 8]))).toThrow(`${name}: input has shape [1, 3, 4, 8], smaller than the kernel`);
    expect(() => layer.backward(Tensor.zeros([1, 16, 28, 28]))).toThrow(`${name}: backward called before forward`);
    layer.forward(Tensor.zeros([1, 3, 32, 32]));
    expect(() => layer.backward(Tensor.zeros([1, 16, 32, 32]))).toThrow(`${name}.backward: dout has shape [1, 16, 32, 32], expected [1, 16, 28, 28]`);
  });

  it('rejects invalid sizes', () => {
    expect(() => new Conv2d(0, 1, 3, { rng: new Rng(0) })).toThrow('inChannels must be a positive integer');
    expect(() => new Conv2d(1, 1, 0, { rng: new Rng(0) })).toThrow('kernelSize must be an integer >= 1');
    expect(() => new Conv2d(1, 1, 3, { rng: new Rng(0), stride: 0 })).toThrow('stride must be an integer >= 1');
    expect(() => new Conv2d(1, 1, 3, { rng: new Rng(0), padding: -1 })).toThrow('padding must be an integer >= 0');
  });
});
