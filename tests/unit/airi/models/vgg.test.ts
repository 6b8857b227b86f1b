// VGG16 as torchvision builds it (lesson 7): parameter counts with 1000 and 10 classes, every
// state-dict key and shape, where the parameters are, and the trainable VGG-16-BN for CIFAR-10.
import { describe, expect, it } from 'vitest';
import { Rng, Tensor, countParameters, createWasmBackend, getBackend, setBackend, summarize, vgg16, vgg16Bn, vgg16BnCifar } from '../../../../airi/index';
import { airiKeys, torchvisionKeys } from './torchvision-keys';

describe('VGG16', () => {
  it("has torchvision's keys and 138,357,544 parameters (1000 classes), 134,301,514 with 10; classifier.0 holds 102,764,544", () => {
    // Built one at a time: each holds over half a gigabyte of weights.
    let model = vgg16({ rng: new Rng(1) });
    expect(countParameters(model)).toBe(138_357_544);
    expect(airiKeys(model)).toEqual(torchvisionKeys('vgg16'));
    const fc1 = model.parameters().filter((p) => p.name.startsWith('classifier.0.')).reduce((n, p) => n + p.value.size, 0);
    expect(fc1).toBe(102_764_544);
    model = vgg16({ numClasses: 10, rng: new Rng(1) });
    expect(countParameters(model)).toBe(134_301_514);
  }, 60_000);

  it("vgg16Bn has torchvision's vgg16_bn keys (buffers included)", () => {
    expect(airiKeys(vgg16Bn({ rng: new Rng(2) }))).toEqual(torchvisionKeys('vgg16_bn'));
  }, 60_000);

  it('vgg16BnCifar maps 32x32 images to 10 logits with 15,253,578 parameters, and its summary lists every layer', async () => {
    const model = vgg16BnCifar({ rng: new Rng(3) });
    const previous = getBackend();
    setBackend(await createWasmBackend()); // 313 M multiply-adds per image: the fast backend
    try {
      expect(countParameters(model)).toBe(15_253_578);
      expect(model.forward(Tensor.zeros([2, 3, 32, 32])).shape).toEqual([2, 10]);
      const summary = summarize(model, [1, 3, 32, 32]);
      expect(summary.totalParameters).toBe(15_253_578);
      expect(summary.layers.filter((l) => l.layer.startsWith('Conv2d'))).toHaveLength(13);
      expect(summary.layers.find((l) => l.name === 'features.40')?.outputShape).toEqual([1, 512, 2, 2]);
      expect(summary.layers.find((l) => l.name === 'features.43')?.outputShape).toEqual([1, 512, 1, 1]);
      // 313 M multiply-adds per 32x32 image, almost all in the convolutions.
      expect(summary.totalFlops / 2).toBeGreaterThan(310e6);
      expect(summary.totalFlops / 2).toBeLessThan(320e6);
    } finally {
      setBackend(previous);
    }
  }, 30_000);
});
