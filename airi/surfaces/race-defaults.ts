// Starting settings of lesson 4's optimizer race on each surface: a learning rate per optimizer and a
// number of steps. Each rate is one that lets its optimizer make visible progress from the surface's
// start point without diverging, because the rates suited to SGD and to Adam differ by a hundred
// times; the learner changes them to see what a bad choice does.
import type { RaceOptimizerId } from './optimizer-race';
import type { SurfaceId } from './surface';

export interface RaceDefaults {
  steps: number;
  learningRates: Record<RaceOptimizerId, number>;
}

export const RACE_DEFAULTS: Record<SurfaceId, RaceDefaults> = {
  rosenbrock: {
    steps: 1000,
    learningRates: { sgd: 1e-3, momentum: 1e-3, nesterov: 1e-3, adagrad: 0.5, rmsprop: 0.01, adam: 0.1, adamw: 0.1 },
  },
  beale: {
    steps: 500,
    learningRates: { sgd: 0.01, momentum: 0.003, nesterov: 0.003, adagrad: 0.5, rmsprop: 0.03, adam: 0.1, adamw: 0.1 },
  },
  saddle: {
    steps: 300,
    learningRates: { sgd: 0.01, momentum: 0.01, nesterov: 0.01, adagrad: 0.1, rmsprop: 0.01, adam: 0.03, adamw: 0.03 },
  },
  himmelblau: {
    steps: 300,
    learningRates: { sgd: 0.003, momentum: 0.001, nesterov: 0.001, adagrad: 0.3, rmsprop: 0.03, adam: 0.1, adamw: 0.1 },
  },
  'ill-conditioned': {
    steps: 300,
    learningRates: { sgd: 0.07, momentum: 0.01, nesterov: 0.01, adagrad: 0.3, rmsprop: 0.03, adam: 0.1, adamw: 0.1 },
  },
};
