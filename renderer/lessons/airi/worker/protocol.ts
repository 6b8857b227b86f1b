// The messages between lesson 4's screen and its Web Worker, where airi runs (the renderer runs the
// engine only in workers, so the page stays responsive). Types (and the list of checkable layers) only: the page imports this file, the worker implements it.
import type { Point2d, RaceDefaults, RaceDirection, RaceOptimizerId, RaceTrajectory, Surface, SurfaceId } from '../../../../airi/index';

/** What the page needs to know of a surface (its functions stay in the worker). */
export type SurfaceInfo = Pick<Surface, 'id' | 'formula' | 'domain' | 'start' | 'minima' | 'fMin'> & { defaults: RaceDefaults };

/** The layers a learner can gradient-check, in the order the page offers them. */
export const GRADIENT_CHECK_LAYERS = ['linear', 'relu', 'tanh', 'sigmoid', 'softmax', 'conv2d', 'maxpool2d'] as const;
export type GradientCheckLayerId = (typeof GRADIENT_CHECK_LAYERS)[number];

/** One [x, y] ring of a contour polygon, in grid cells (0..columns, 0..rows). */
export type ContourRing = [number, number][];

export interface SurfaceMap {
  surface: SurfaceId;
  columns: number;
  rows: number;
  /** RGBA pixels of the colour map, columns × rows, row 0 at the top (y = yMax). */
  pixels: Uint8ClampedArray;
  /** Level lines of log10(f − fMin), each a list of polygons, each a list of rings. */
  contours: ContourRing[][][];
}

export interface RaceEntry {
  optimizer: RaceOptimizerId;
  lr: number;
  /** 'ascent' runs the notebook's sign error, x += lr·dx. */
  direction: RaceDirection;
}

export interface TensorCheck {
  /** "input" or the parameter's name. */
  name: string;
  shape: number[];
  maxRelativeError: number;
  /** The worst element and its two gradients. */
  index: number;
  analytic: number;
  numeric: number;
}

export interface GradientCheckResult {
  layer: GradientCheckLayerId;
  /** The layer as airi describes it, e.g. "Linear(6 → 4)". */
  description: string;
  inputShape: number[];
  tensors: TensorCheck[];
  /** How long the check took in the worker, in milliseconds. */
  millis: number;
}

export type AiriWorkerRequest =
  | { id: number; kind: 'surfaces' }
  | { id: number; kind: 'surface-map'; surface: SurfaceId; columns: number; rows: number }
  | { id: number; kind: 'race'; surface: SurfaceId; start: Point2d; steps: number; entries: RaceEntry[] }
  | { id: number; kind: 'gradient-check'; layer: GradientCheckLayerId; seed: number };

export type AiriWorkerResult =
  | { kind: 'surfaces'; surfaces: SurfaceInfo[]; optimizers: RaceOptimizerId[]; gradientCheckLayers: GradientCheckLayerId[] }
  | { kind: 'surface-map'; map: SurfaceMap }
  | { kind: 'race'; trajectories: RaceTrajectory[] }
  | { kind: 'gradient-check'; result: GradientCheckResult };

export type AiriWorkerReply = { id: number; ok: true; result: AiriWorkerResult } | { id: number; ok: false; error: string };
