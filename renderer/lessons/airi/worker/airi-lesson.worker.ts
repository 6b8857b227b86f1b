// Lesson 4's Web Worker: the only place the lesson's page runs airi. It draws surface maps, runs the
// optimizer race with airi's optimizer classes and runs gradient checks, one request at a time.
import {
  RACE_DEFAULTS, RACE_OPTIMIZER_IDS, SURFACES, isRaceOptimizerId, isSurfaceId, runOptimizerOnSurface, surfaceById,
} from '../../../../airi/index';
import { runGradientCheck } from './gradient-check-cases';
import { type AiriWorkerReply, type AiriWorkerRequest, type AiriWorkerResult, GRADIENT_CHECK_LAYERS } from './protocol';
import { computeSurfaceMap } from './surface-map';

const MAX_RACE_STEPS = 20_000;

function handle(request: AiriWorkerRequest): AiriWorkerResult {
  switch (request.kind) {
    case 'surfaces':
      return {
        kind: 'surfaces',
        surfaces: SURFACES.map(({ id, formula, domain, start, minima, fMin }) => ({ id, formula, domain, start, minima, fMin, defaults: RACE_DEFAULTS[id] })),
        optimizers: [...RACE_OPTIMIZER_IDS],
        gradientCheckLayers: [...GRADIENT_CHECK_LAYERS],
      };
    case 'surface-map': {
      if (!isSurfaceId(request.surface)) throw new Error(`unknown surface ${String(request.surface)}`);
      return { kind: 'surface-map', map: computeSurfaceMap(surfaceById(request.surface), request.columns, request.rows) };
    }
    case 'race': {
      if (!isSurfaceId(request.surface)) throw new Error(`unknown surface ${String(request.surface)}`);
      if (!Number.isInteger(request.steps) || request.steps < 1 || request.steps > MAX_RACE_STEPS) {
        throw new Error(`steps must be a whole number from 1 to ${MAX_RACE_STEPS}`);
      }
      const surface = surfaceById(request.surface);
      const trajectories = request.entries.map((entry) => {
        if (!isRaceOptimizerId(entry.optimizer)) throw new Error(`unknown optimizer ${String(entry.optimizer)}`);
        const direction = entry.direction === 'ascent' ? 'ascent' : 'descent';
        return runOptimizerOnSurface(surface, request.start, entry.optimizer, entry.lr, request.steps, direction);
      });
      return { kind: 'race', trajectories };
    }
    case 'gradient-check': {
      if (!(GRADIENT_CHECK_LAYERS as readonly string[]).includes(request.layer)) throw new Error(`unknown layer ${String(request.layer)}`);
      return { kind: 'gradient-check', result: runGradientCheck(request.layer, request.seed, () => performance.now()) };
    }
  }
}

self.onmessage = (event: MessageEvent<AiriWorkerRequest>) => {
  const request = event.data;
  let reply: AiriWorkerReply;
  try {
    reply = { id: request.id, ok: true, result: handle(request) };
  } catch (error) {
    reply = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  // The map's pixels move to the page instead of being copied.
  const transfer = reply.ok && reply.result.kind === 'surface-map' ? [reply.result.map.pixels.buffer] : [];
  self.postMessage(reply, { transfer });
};
