// The flat layout Grad-CAM walks: the same module objects as the torchvision-named net, in order, so
// the flat net's output is the net's own; the layers offered are VGG16's thirteen convolutions (the
// ReLU after each, conv5_3 = features.29 last) and EfficientNet-B0's nine feature blocks.
import { describe, expect, it } from 'vitest';
import { Conv2d, ReLU, Rng, Tensor, efficientNetB0, getSubmodule, vgg16 } from '../../../../airi';
import { camNet } from '../../../../lab/weights/cam-layers';

describe('camNet', () => {
  it('offers VGG16\'s thirteen convolutions by torchvision\'s names, conv5_3 by default', () => {
    const net = vgg16({ numClasses: 3, rng: new Rng(1) });
    const cam = camNet('vgg16', net);
    expect(cam.layers.map((l) => l.label)).toEqual(['conv1_1', 'conv1_2', 'conv2_1', 'conv2_2', 'conv3_1', 'conv3_2', 'conv3_3', 'conv4_1', 'conv4_2', 'conv4_3', 'conv5_1', 'conv5_2', 'conv5_3']);
    expect(cam.layers[cam.defaultLayer]).toMatchObject({ path: 'features.29', channels: 512, side: 14 });
    for (const layer of cam.layers) {
      expect(cam.model.modules[layer.index]).toBeInstanceOf(ReLU);
      expect(cam.model.modules[layer.index - 1]).toBe(getSubmodule(net, `features.${layer.index - 1}`));
      expect(cam.model.modules[layer.index - 1]).toBeInstanceOf(Conv2d);
    }
    expect(cam.model.modules).toHaveLength(31 + 2 + 7);
  }, 60_000);

  it('lays EfficientNet-B0 out flat with the same outputs, stages 0 to 8 offered', () => {
    const net = efficientNetB0({ numClasses: 4, rng: new Rng(2) });
    const cam = camNet('efficientnet_b0', net);
    expect(cam.layers.map((l) => l.path)).toEqual(Array.from({ length: 9 }, (_, i) => `features.${i}`));
    const x = new Tensor(Float32Array.from({ length: 3 * 32 * 32 }, (_, i) => Math.cos(i)), [1, 3, 32, 32]);
    expect(Array.from(cam.model.forward(x, false).data)).toEqual(Array.from(net.forward(x, false).data));
  });
});
