// Weight initializers: lesson 1 lets the learner pick one and watch training change. Every scheme
// draws from the run's seeded Rng. Layers pass their fans (Linear: fanIn = inFeatures, fanOut =
// outFeatures; Conv2d will pass inChannels*kH*kW and outChannels*kH*kW), so one table serves all.
// Formulas follow torch.nn.init with its default arguments.
import type { Rng } from '../rng';
import type { Tensor } from '../tensor';

export const INIT_NAMES = [
  'pytorch-default',
  'xavier-uniform',
  'xavier-normal',
  'kaiming-uniform',
  'kaiming-normal',
  'lecun-normal',
  'small-random',
  'zeros',
] as const;
export type InitName = (typeof INIT_NAMES)[number];

export interface Fans {
  fanIn: number;
  fanOut: number;
}

export function isInitName(value: unknown): value is InitName {
  return typeof value === 'string' && (INIT_NAMES as readonly string[]).includes(value);
}

/** Fills a weight tensor in place according to `name`. */
export function initWeight(weight: Tensor, name: InitName, { fanIn, fanOut }: Fans, rng: Rng): void {
  switch (name) {
    // nn.Linear's reset_parameters: kaiming_uniform_(a = sqrt(5)), whose bound works out to 1/sqrt(fanIn).
    case 'pytorch-default':
      return fillUniform(weight, 1 / Math.sqrt(fanIn), rng);
    // Glorot & Bengio 2010: keep the variance equal forwards and backwards, Var = 2 / (fanIn + fanOut).
    case 'xavier-uniform':
      return fillUniform(weight, Math.sqrt(6 / (fanIn + fanOut)), rng);
    case 'xavier-normal':
      return fillNormal(weight, Math.sqrt(2 / (fanIn + fanOut)), rng);
    // He et al. 2015: ReLU zeroes half the signal, so double the variance: Var = 2 / fanIn (gain sqrt(2)).
    case 'kaiming-uniform':
      return fillUniform(weight, Math.sqrt(6 / fanIn), rng);
    case 'kaiming-normal':
      return fillNormal(weight, Math.sqrt(2 / fanIn), rng);
    // LeCun et al. 1998: Var = 1 / fanIn (plain normal here, not JAX's truncated one).
    case 'lecun-normal':
      return fillNormal(weight, 1 / Math.sqrt(fanIn), rng);
    // The course notebooks' torch.randn(...) * 0.0001: nearly zero, to show a network that barely learns.
    case 'small-random':
      return fillNormal(weight, 1e-4, rng);
    case 'zeros':
      weight.data.fill(0);
      return;
    default:
      throw new Error(`unknown initializer ${String(name satisfies never)}`);
  }
}

/**
 * Fills a bias tensor in place. Only 'pytorch-default' draws it (U(-1/sqrt(fanIn), 1/sqrt(fanIn)),
 * as nn.Linear does, drawn after the weight); every other scheme starts biases at zero, the usual
 * companion of those weight formulas.
 */
export function initBias(bias: Tensor, name: InitName, { fanIn }: Fans, rng: Rng): void {
  if (name === 'pytorch-default') fillUniform(bias, 1 / Math.sqrt(fanIn), rng);
  else bias.data.fill(0);
}

function fillUniform(tensor: Tensor, bound: number, rng: Rng): void {
  for (let i = 0; i < tensor.size; i++) tensor.data[i] = rng.uniformRange(-bound, bound);
}

function fillNormal(tensor: Tensor, std: number, rng: Rng): void {
  for (let i = 0; i < tensor.size; i++) tensor.data[i] = rng.normal(0, std);
}
