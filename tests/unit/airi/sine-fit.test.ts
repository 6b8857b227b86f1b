// End to end, lesson 1 in miniature: a 1-16-16-1 tanh MLP trained with Adam on sin(x) must actually fit it.
import { describe, expect, it } from 'vitest';
import { Adam, Linear, MSELoss, Rng, Sequential, Tanh, Tensor } from '../../../airi/index';

function trainSine(seed: number, steps: number): { before: number; after: number; finalBatchLoss: number } {
  const rng = new Rng(seed);
  const model = new Sequential(new Linear(1, 16, { rng }), new Tanh(), new Linear(16, 16, { rng }), new Tanh(), new Linear(16, 1, { rng }));
  const optimizer = new Adam(model.parameters(), { lr: 1e-2 });
  const loss = new MSELoss();

  // Evaluation grid on [-pi, pi]: sin has about one period there, a fair but quick target.
  const gridSize = 200;
  const grid = Tensor.fromArray(Array.from({ length: gridSize }, (_, i) => -Math.PI + (2 * Math.PI * i) / (gridSize - 1)), [gridSize, 1]);
  const truth = Tensor.fromArray(Array.from(grid.data, Math.sin), [gridSize, 1]);
  const before = loss.forward(model.forward(grid), truth);

  const batch = 16;
  let finalBatchLoss = NaN;
  for (let step = 0; step < steps; step++) {
    const x = Tensor.zeros([batch, 1]);
    const y = Tensor.zeros([batch, 1]);
    for (let i = 0; i < batch; i++) {
      x.data[i] = rng.uniformRange(-Math.PI, Math.PI);
      y.data[i] = Math.sin(x.data[i]);
    }
    optimizer.zeroGrad();
    finalBatchLoss = loss.forward(model.forward(x, true), y);
    model.backward(loss.backward());
    optimizer.step();
  }
  return { before, after: loss.forward(model.forward(grid), truth), finalBatchLoss };
}

describe('sine fit (lesson 1, end to end)', () => {
  it('drives the test MSE of a 1-16-16-1 tanh MLP from ~0.5 to below 1e-3 in 3000 Adam steps', () => {
    const { before, after, finalBatchLoss } = trainSine(42, 3000);
    console.info(`sine fit: test MSE ${before.toExponential(2)} -> ${after.toExponential(2)}, last batch ${finalBatchLoss.toExponential(2)}`);
    expect(before).toBeGreaterThan(0.05); // an untrained net is far off
    expect(after).toBeLessThan(1e-3);
    expect(after).toBeLessThan(before / 100);
  });

  it('replays exactly from the same seed', () => {
    expect(trainSine(7, 200)).toEqual(trainSine(7, 200));
  });
});
