import { describe, expect, it } from 'vitest';
import { Rng, SqueezeExcitation, Tensor, namedModules } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';

describe('SqueezeExcitation', () => {
  it('multiplies each channel by sigmoid(fc2(silu(fc1(its mean)))), computed here by hand', () => {
    const se = new SqueezeExcitation(2, 1, { rng: new Rng(1) });
    se.fc1.weight.value.data.set([0.5, -1]);
    se.fc1.bias!.value.data.set([0.25]);
    se.fc2.weight.value.data.set([2, -3]);
    se.fc2.bias!.value.data.set([0, 1]);
    const x = Tensor.fromArray([1, 3, -2, 0], [1, 2, 1, 2]); // channel means 2 and -1
    const hidden = 0.5 * 2 - 1 * -1 + 0.25;
    const silu = hidden / (1 + Math.exp(-hidden));
    const gates = [1 / (1 + Math.exp(-(2 * silu))), 1 / (1 + Math.exp(-(-3 * silu + 1)))];
    const y = se.forward(x);
    [1 * gates[0], 3 * gates[0], -2 * gates[1], 0].forEach((v, i) => expect(y.data[i]).toBeCloseTo(v, 6));
  });

  it("has torchvision's names, parameters fc1 and fc2 only", () => {
    const se = new SqueezeExcitation(8, 2, { rng: new Rng(2) });
    expect(se.parameters().map((p) => `${p.name} ${p.value.shape.join('x')}`)).toEqual(['fc1.weight 2x8x1x1', 'fc1.bias 2', 'fc2.weight 8x2x1x1', 'fc2.bias 8']);
    expect(namedModules(se).map(([name]) => name)).toEqual(['', 'avgpool', 'fc1', 'fc2', 'activation', 'scale_activation']);
  });

  it('passes the numeric gradient check, through the gates and around them', () => {
    expectGradientsMatch('SqueezeExcitation(4 → 2)', new SqueezeExcitation(4, 2, { rng: new Rng(3) }), randomTensor(new Rng(4), [2, 4, 3, 3]));
  });

  it('names the layer on a wrong input', () => {
    expect(() => new SqueezeExcitation(4, 1, { rng: new Rng(5) }).forward(Tensor.zeros([1, 3, 2, 2]))).toThrow(
      'SqueezeExcitation(4 → 1 → 4): input has shape [1, 3, 2, 2], expected [N, 4, H, W]',
    );
  });
});
