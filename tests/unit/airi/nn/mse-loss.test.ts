import { describe, expect, it } from 'vitest';
import { MSELoss, Rng, Tensor, compareGradients, numericGradient } from '../../../../airi/index';
import { GRADIENT_TOLERANCE, randomTensor } from '../expect-gradients';

describe('MSELoss', () => {
  it('forward is the mean of squared differences over all elements (hand-computed)', () => {
    const loss = new MSELoss();
    const value = loss.forward(Tensor.fromArray([1, 2, 3, 4], [2, 2]), Tensor.fromArray([0, 2, 5, 1], [2, 2]));
    expect(value).toBe((1 + 0 + 4 + 9) / 4);
  });

  it('backward is 2 (prediction - target) / n', () => {
    const loss = new MSELoss();
    loss.forward(Tensor.fromArray([1, 2, 3, 4], [4, 1]), Tensor.fromArray([0, 2, 5, 1], [4, 1]));
    const grad = loss.backward();
    expect(grad.shape).toEqual([4, 1]);
    expect(Array.from(grad.data)).toEqual([0.5, 0, -1, 1.5]);
  });

  it('passes the numeric gradient check', () => {
    const rng = new Rng(61);
    const prediction = randomTensor(rng, [8, 2]);
    const target = randomTensor(rng, [8, 2]);
    const loss = new MSELoss();
    loss.forward(prediction, target);
    const analytic = loss.backward().data;
    const numeric = numericGradient(() => loss.forward(prediction, target), prediction);
    const result = compareGradients('prediction', analytic, numeric);
    console.info(`gradient check MSELoss(): prediction ${result.maxRelativeError.toExponential(2)}`);
    expect(result.maxRelativeError).toBeLessThan(GRADIENT_TOLERANCE);
  });

  it('names itself and both shapes when they differ (no silent broadcasting)', () => {
    const loss = new MSELoss();
    expect(() => loss.forward(Tensor.zeros([16, 1]), Tensor.zeros([16]))).toThrow('MSELoss(): target has shape [16], expected [16, 1]');
    expect(() => new MSELoss().backward()).toThrow('MSELoss(): backward called before forward');
  });
});
