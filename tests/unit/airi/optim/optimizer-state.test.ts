// Continuing a run (issue 8): for every optimizer, N steps in one go must equal k steps, a save of
// its state through a safetensors file, a load into a fresh optimizer over a fresh copy of the
// weights, and N - k more steps, bit for bit. A state that does not fit is refused, naming why.
import { describe, expect, it } from 'vitest';
import {
  Adagrad, Adam, AdamW, RMSprop, SGD, Rng, Tensor, createParameter, loadSafetensors, saveSafetensors, type Optimizer, type Parameter,
} from '../../../../airi/index';

const SHAPES = [[3, 4], [4], [2, 2, 3]];
const N = 9;
const K = 4;

function freshParameters(): Parameter[] {
  const rng = new Rng(7);
  return SHAPES.map((shape, i) => {
    const size = shape.reduce((a, b) => a * b, 1);
    return createParameter(`p${i}`, Tensor.fromArray(Array.from({ length: size }, () => rng.normal()), shape));
  });
}

/** Step `from` to `to` with gradients that depend only on the step number and the weights. */
function runSteps(params: Parameter[], optimizer: Optimizer, from: number, to: number): void {
  for (let t = from; t < to; t++) {
    optimizer.zeroGrad();
    params.forEach((p, i) => {
      for (let j = 0; j < p.grad.size; j++) p.grad.data[j] = Math.sin(t * 1.3 + i + j * 0.7) + 0.5 * p.value.data[j];
    });
    // A schedule changes the rate between steps; the state must not depend on it.
    optimizer.lr = 0.05 / (1 + t * 0.1);
    optimizer.step();
  }
}

const OPTIMIZERS: Record<string, (params: Parameter[]) => Optimizer> = {
  'SGD': (p) => new SGD(p, { lr: 0.05 }),
  'SGD momentum + dampening': (p) => new SGD(p, { lr: 0.05, momentum: 0.9, dampening: 0.3, weightDecay: 1e-3 }),
  'SGD nesterov': (p) => new SGD(p, { lr: 0.05, momentum: 0.9, nesterov: true }),
  'Adagrad': (p) => new Adagrad(p, { lr: 0.05, lrDecay: 0.01, initialAccumulatorValue: 0.1 }),
  'RMSprop': (p) => new RMSprop(p, { lr: 0.05 }),
  'RMSprop centered + momentum': (p) => new RMSprop(p, { lr: 0.05, centered: true, momentum: 0.8, weightDecay: 1e-3 }),
  'Adam': (p) => new Adam(p, { lr: 0.05, weightDecay: 1e-3 }),
  'AdamW': (p) => new AdamW(p, { lr: 0.05 }),
};

const values = (params: Parameter[]) => params.map((p) => Array.from(p.value.data));

describe.each(Object.entries(OPTIMIZERS))('%s state', (_name, make) => {
  it(`${N} steps straight equal ${K} steps, save, load into a fresh optimizer, ${N - K} steps (bit for bit)`, () => {
    const straight = freshParameters();
    runSteps(straight, make(straight), 0, N);

    const first = freshParameters();
    const firstOptimizer = make(first);
    runSteps(first, firstOptimizer, 0, K);
    // Through the file format a checkpoint uses, so nothing is shared by reference.
    const weights = saveSafetensors(Object.fromEntries(first.map((p, i) => [String(i), p.value])));
    const state = saveSafetensors(firstOptimizer.stateDict());

    const second = freshParameters();
    const stored = loadSafetensors(weights).tensors;
    second.forEach((p, i) => p.value.data.set(stored[String(i)].data));
    const secondOptimizer = make(second);
    secondOptimizer.loadStateDict(loadSafetensors(state).tensors);
    runSteps(second, secondOptimizer, K, N);

    expect(values(second)).toEqual(values(straight));
  });

  it('without the loaded state the continuation differs (the test can fail)', () => {
    const straight = freshParameters();
    runSteps(straight, make(straight), 0, N);
    const first = freshParameters();
    runSteps(first, make(first), 0, K);
    const second = freshParameters();
    second.forEach((p, i) => p.value.data.set(first[i].value.data));
    const optimizer = make(second);
    runSteps(second, optimizer, K, N);
    // Plain SGD keeps nothing but a step count: for it alone, a fresh optimizer continues the same.
    if (Object.keys(make(freshParameters()).stateDict()).length === 1) expect(values(second)).toEqual(values(straight));
    else expect(values(second)).not.toEqual(values(straight));
  });

  it('refuses a state whose shapes or names do not fit, and changes nothing', () => {
    const params = freshParameters();
    const optimizer = make(params);
    runSteps(params, optimizer, 0, 2);
    const state = Object.fromEntries(Object.entries(optimizer.stateDict()).map(([k, t]) => [k, t.clone()]));
    const before = saveSafetensors(optimizer.stateDict());
    const bufferName = Object.keys(state).find((k) => k !== 'step');
    if (bufferName) {
      const wrong = { ...state, [bufferName]: Tensor.zeros([5]) };
      expect(() => optimizer.loadStateDict(wrong)).toThrow(/has shape \[5\] in the state and \[.*\] in the model/);
      const { [bufferName]: _dropped, ...missing } = state;
      expect(() => optimizer.loadStateDict(missing)).toThrow(new RegExp(`missing "${bufferName.replace('.', '\\.')}"`));
    }
    expect(() => optimizer.loadStateDict({ ...state, '9.extra': Tensor.zeros([1]) })).toThrow(/unexpected "9\.extra"/);
    expect(() => optimizer.loadStateDict({ ...state, step: Tensor.fromArray([1.5], [1]) })).toThrow(/"step" must be one whole number/);
    expect(saveSafetensors(optimizer.stateDict())).toEqual(before);
  });
});

describe('optimizer state names', () => {
  it('keys buffers by parameter index with PyTorch names', () => {
    const names = (o: Optimizer) => Object.keys(o.stateDict()).sort();
    expect(names(new Adam(freshParameters(), { lr: 1 }))).toEqual(['0.exp_avg', '0.exp_avg_sq', '1.exp_avg', '1.exp_avg_sq', '2.exp_avg', '2.exp_avg_sq', 'step']);
    expect(names(new SGD(freshParameters(), { lr: 1, momentum: 0.5 }))).toEqual(['0.momentum_buffer', '1.momentum_buffer', '2.momentum_buffer', 'step']);
    expect(names(new SGD(freshParameters(), { lr: 1 }))).toEqual(['step']);
  });

  it('Rng.setState restores a generator in place', () => {
    const rng = new Rng(3);
    rng.uniform();
    const saved = rng.state();
    const next = [rng.uniform(), rng.uniform()];
    rng.uniform();
    rng.setState(saved);
    expect([rng.uniform(), rng.uniform()]).toEqual(next);
    expect(() => rng.setState([0, 0, 0, 0])).toThrow();
  });
});
