// Every optimizer against torch.optim, six steps on a 4-element parameter, for the option sets in
// tests/fixtures/optim/optimizers.json (written by scripts/fixtures/generate-optimizer-goldens.py
// with Debian's python3-torch; the fixture is committed, so this test needs no Python).
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { Adagrad, Adam, AdamW, type Optimizer, type Parameter, RMSprop, SGD } from '../../../../airi/index';
import { expectSteps, parameterOf, stepsWith } from './scalar-parameter';

interface GoldenCase {
  optimizer: 'SGD' | 'Adam' | 'AdamW' | 'Adagrad' | 'RMSprop';
  name: string;
  /** torch's keyword arguments, snake_case. */
  options: Record<string, number | boolean | number[]>;
  lrs?: number[];
  steps: number[][];
}

interface Goldens {
  torch: string;
  initial: number[];
  grads: number[][];
  optimizers: GoldenCase[];
}

const goldens = JSON.parse(readFileSync(new URL('../../../fixtures/optim/optimizers.json', import.meta.url), 'utf8')) as Goldens;

/** torch's keyword arguments under airi's names: weight_decay -> weightDecay. */
function camelCase(options: GoldenCase['options']): Record<string, unknown> {
  return Object.fromEntries(Object.entries(options).map(([key, value]) => [key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), value]));
}

function build(golden: GoldenCase, params: Parameter[]): Optimizer {
  const options = camelCase(golden.options) as { lr: number };
  switch (golden.optimizer) {
    case 'SGD':
      return new SGD(params, options);
    case 'Adam':
      return new Adam(params, options);
    case 'AdamW':
      return new AdamW(params, options);
    case 'Adagrad':
      return new Adagrad(params, options);
    case 'RMSprop':
      return new RMSprop(params, options);
  }
}

describe(`optimizers against torch ${goldens.torch}`, () => {
  for (const golden of goldens.optimizers) {
    it(`${golden.optimizer}: ${golden.name}`, () => {
      const p = parameterOf(goldens.initial);
      const optimizer = build(golden, [p]);
      // Both sides are float32; 2e-6 absolute on values of order 1 allows a few ulps of drift over six steps.
      expectSteps(stepsWith(p, optimizer, goldens.grads, golden.lrs), golden.steps, 2e-6);
    });
  }
});
