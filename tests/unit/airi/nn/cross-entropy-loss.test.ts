import { describe, expect, it } from 'vitest';
import { CrossEntropyLoss, LogSoftmax, NLLLoss, Rng, Tensor } from '../../../../airi/index';
import { expectGradientsMatch, randomTensor } from '../expect-gradients';
import { LossAsModule } from './loss-as-module';

const logits = (): Tensor => Tensor.fromArray([2, 1, 0, 0, 0, 3], [2, 3]);

describe('CrossEntropyLoss', () => {
  it('is the mean of -log softmax at the target (hand-computed)', () => {
    // row 0: -log(e^2 / (e^2 + e + 1)); row 1: -log(1 / (2 + e^3))
    const expected = (-(2 - Math.log(Math.exp(2) + Math.exp(1) + 1)) + Math.log(2 + Math.exp(3))) / 2;
    expect(new CrossEntropyLoss().forward(logits(), [0, 1])).toBeCloseTo(expected, 6);
    expect(new CrossEntropyLoss().forward(logits(), Int32Array.of(0, 1))).toBeCloseTo(expected, 6);
  });

  it('with label smoothing e, targets (1 - e) onehot + e / C, as PyTorch (hand-computed)', () => {
    const e = 0.1;
    const logp = [
      [2, 1, 0].map((v) => v - Math.log(Math.exp(2) + Math.exp(1) + 1)),
      [0, 0, 3].map((v) => v - Math.log(2 + Math.exp(3))),
    ];
    const targets = [0, 1];
    let expected = 0;
    logp.forEach((row, n) => {
      expected += -(1 - e) * row[targets[n]] - (e / 3) * row.reduce((a, b) => a + b, 0);
    });
    expected /= 2;
    const loss = new CrossEntropyLoss({ labelSmoothing: e });
    expect(loss.forward(logits(), targets)).toBeCloseTo(expected, 6);
    // Its gradient is (softmax - q) / N.
    const grad = loss.backward();
    logp.forEach((row, n) =>
      row.forEach((lp, c) => {
        const q = (c === targets[n] ? 1 - e : 0) + e / 3;
        expect(grad.data[n * 3 + c]).toBeCloseTo((Math.exp(lp) - q) / 2, 6);
      }),
    );
    expect(loss.describe()).toBe('CrossEntropyLoss(labelSmoothing=0.1)');
  });

  it('stays finite for huge logits (log-sum-exp) and equals LogSoftmax + NLLLoss', () => {
    const big = Tensor.fromArray([1000, -1000, 0, 500], [2, 2]);
    const loss = new CrossEntropyLoss().forward(big, [1, 1]);
    expect(loss).toBeCloseTo((2000 + 0) / 2, 3);
    const x = randomTensor(new Rng(70), [5, 4], 3);
    const t = [0, 3, 1, 1, 2];
    expect(new CrossEntropyLoss().forward(x, t)).toBeCloseTo(new NLLLoss().forward(new LogSoftmax().forward(x), t), 5);
  });

  it('passes the numeric gradient check, with and without label smoothing', () => {
    // Logits of std 1: with near-zero probabilities the gradients fall under the check's float32 noise floor.
    const rng = new Rng(71);
    const targets = [2, 0, 4, 4, 1, 3];
    expectGradientsMatch('CrossEntropyLoss()', new LossAsModule(new CrossEntropyLoss(), targets), randomTensor(rng, [6, 5]));
    expectGradientsMatch(
      'CrossEntropyLoss(labelSmoothing=0.2)',
      new LossAsModule(new CrossEntropyLoss({ labelSmoothing: 0.2 }), Int32Array.from(targets)),
      randomTensor(rng, [6, 5]),
    );
  });

  it('names the loss and the shapes when the logits or targets do not fit', () => {
    const loss = new CrossEntropyLoss();
    expect(() => loss.forward(Tensor.zeros([2, 3, 4]), [0, 1])).toThrow('CrossEntropyLoss(): input has shape [2, 3, 4], expected [N, C]');
    expect(() => loss.forward(Tensor.zeros([2, 3]), [0])).toThrow('CrossEntropyLoss(): target has 1 class indices, expected 2 (one per row of input [2, 3])');
    expect(() => loss.forward(Tensor.zeros([2, 3]), [0, 3])).toThrow('CrossEntropyLoss(): target[1] = 3 is not a class index in [0, 3)');
    expect(() => loss.forward(Tensor.zeros([2, 3]), [0.5, 1])).toThrow('target[0] = 0.5 is not a class index');
    expect(() => loss.backward()).toThrow('CrossEntropyLoss(): backward called before forward');
    expect(() => new CrossEntropyLoss({ labelSmoothing: 1.5 })).toThrow('labelSmoothing must be in [0, 1]');
  });
});

describe('NLLLoss', () => {
  it('is the mean of -logProbs at the targets, with gradient -1/N there (hand-computed)', () => {
    const loss = new NLLLoss();
    const logProbs = Tensor.fromArray([-0.1, -2, -3, -0.5, -1, -4], [2, 3]);
    expect(loss.forward(logProbs, [1, 0])).toBeCloseTo((2 + 0.5) / 2, 6);
    expect(Array.from(loss.backward().data)).toEqual([0, -0.5, 0, -0.5, 0, 0]);
  });

  it('passes the numeric gradient check', () => {
    expectGradientsMatch('NLLLoss()', new LossAsModule(new NLLLoss(), [1, 0, 2]), randomTensor(new Rng(72), [3, 4]));
  });

  it('names the loss and the shapes on a mismatch', () => {
    expect(() => new NLLLoss().forward(Tensor.zeros([3, 2]), [0, 1])).toThrow('NLLLoss(): target has 2 class indices, expected 3 (one per row of input [3, 2])');
  });
});
