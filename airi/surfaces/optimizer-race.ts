// Lesson 4's optimizer race: airi's own optimizer classes (the ones that train every lesson's nets)
// descend a 2-D surface from one start point. The point (x, y) is a two-element Parameter; at each
// step its gradient is set from the surface's exact gradient and the optimizer's step() moves it,
// exactly as a training loop would after backward().
import { createParameter } from '../nn/module';
import { Adagrad } from '../optim/adagrad';
import { Adam } from '../optim/adam';
import { AdamW } from '../optim/adamw';
import type { Optimizer } from '../optim/optimizer';
import { RMSprop } from '../optim/rmsprop';
import { SGD } from '../optim/sgd';
import { Tensor } from '../tensor';
import type { Parameter } from '../nn/module';
import type { Point2d, Surface } from './surface';

export const RACE_OPTIMIZER_IDS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw'] as const;
export type RaceOptimizerId = (typeof RACE_OPTIMIZER_IDS)[number];

/** The momentum of the Momentum and Nesterov entries: the usual 0.9. */
export const RACE_MOMENTUM = 0.9;
/** AdamW's decoupled decay in the race, ten times PyTorch's default so its pull toward (0, 0) shows. */
export const RACE_ADAMW_WEIGHT_DECAY = 0.1;

export function isRaceOptimizerId(value: unknown): value is RaceOptimizerId {
  return typeof value === 'string' && (RACE_OPTIMIZER_IDS as readonly string[]).includes(value);
}

/** The airi optimizer a race entry stands for, with PyTorch's defaults for everything but lr. */
export function createRaceOptimizer(id: RaceOptimizerId, params: Parameter[], lr: number): Optimizer {
  switch (id) {
    case 'sgd':
      return new SGD(params, { lr });
    case 'momentum':
      return new SGD(params, { lr, momentum: RACE_MOMENTUM });
    case 'nesterov':
      return new SGD(params, { lr, momentum: RACE_MOMENTUM, nesterov: true });
    case 'adagrad':
      return new Adagrad(params, { lr });
    case 'rmsprop':
      return new RMSprop(params, { lr });
    case 'adam':
      return new Adam(params, { lr });
    case 'adamw':
      return new AdamW(params, { lr, weightDecay: RACE_ADAMW_WEIGHT_DECAY });
  }
}

/** descent follows −gradient, as every optimizer should; ascent is notebook 3.5's x += lr·dx (its sign error). */
export type RaceDirection = 'descent' | 'ascent';

export interface RaceTrajectory {
  optimizer: RaceOptimizerId;
  lr: number;
  direction: RaceDirection;
  /** x0, y0, x1, y1, ...: the start, then the point after each step taken. */
  points: Float64Array;
  /** f at each point. */
  values: Float64Array;
  /** The step at which the point left every sensible bound (or became NaN); null if it never did. */
  divergedAt: number | null;
}

/** Beyond this many domain widths from the domain's centre a run counts as diverged and stops. */
const DIVERGENCE_WIDTHS = 10;

function outOfBounds(surface: Surface, x: number, y: number): boolean {
  const { xMin, xMax, yMin, yMax } = surface.domain;
  const width = Math.max(xMax - xMin, yMax - yMin);
  const cx = (xMin + xMax) / 2;
  const cy = (yMin + yMax) / 2;
  return !Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x - cx) > DIVERGENCE_WIDTHS * width || Math.abs(y - cy) > DIVERGENCE_WIDTHS * width;
}

/**
 * Runs `steps` optimizer steps from `start`; stops early, and says when, if the point diverges. With
 * 'ascent' the optimizer is handed −gradient, so its usual x −= lr·(−dx) becomes the notebook's x += lr·dx.
 */
export function runOptimizerOnSurface(
  surface: Surface,
  start: Point2d,
  optimizerId: RaceOptimizerId,
  lr: number,
  steps: number,
  direction: RaceDirection = 'descent',
): RaceTrajectory {
  if (!Number.isInteger(steps) || steps < 1) throw new Error(`runOptimizerOnSurface: steps must be a positive integer, got ${steps}`);
  if (!Number.isFinite(start.x) || !Number.isFinite(start.y)) throw new Error('runOptimizerOnSurface: the start point must be finite');
  const point = createParameter('point', Tensor.fromArray([start.x, start.y], [2]));
  const optimizer = createRaceOptimizer(optimizerId, [point], lr);
  const xy = point.value.data;
  const points = [xy[0], xy[1]];
  const values = [surface.value(xy[0], xy[1])];
  let divergedAt: number | null = null;
  for (let step = 1; step <= steps; step++) {
    optimizer.zeroGrad();
    const [gx, gy] = surface.gradient(xy[0], xy[1]);
    const sign = direction === 'ascent' ? -1 : 1;
    point.grad.data[0] = sign * gx;
    point.grad.data[1] = sign * gy;
    optimizer.step();
    if (outOfBounds(surface, xy[0], xy[1])) {
      divergedAt = step;
      break;
    }
    points.push(xy[0], xy[1]);
    values.push(surface.value(xy[0], xy[1]));
  }
  return { optimizer: optimizerId, lr, direction, points: Float64Array.from(points), values: Float64Array.from(values), divergedAt };
}
