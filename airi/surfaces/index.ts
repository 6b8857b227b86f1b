// Lesson 4's optimizer race surfaces: test functions with exact gradients, and the race itself, run
// by airi's optimizers. Exported from airi's public API (airi/index.ts).
export { type Surface, type SurfaceId, type Point2d, type Domain2d } from './surface';
export { SURFACES, SURFACE_IDS, surfaceById, isSurfaceId } from './test-functions';
export {
  RACE_OPTIMIZER_IDS,
  RACE_MOMENTUM,
  RACE_ADAMW_WEIGHT_DECAY,
  type RaceOptimizerId,
  type RaceTrajectory,
  type RaceDirection,
  isRaceOptimizerId,
  createRaceOptimizer,
  runOptimizerOnSurface,
} from './optimizer-race';
export { RACE_DEFAULTS, type RaceDefaults } from './race-defaults';
