// A two-variable test function for lesson 4's optimizer race: its value, its exact gradient, the
// window it is drawn in, a start point that makes the race instructive and where its minima are.
// Pure arithmetic, so the race can run in a Web Worker and in unit tests alike.

export type SurfaceId = 'rosenbrock' | 'beale' | 'saddle' | 'himmelblau' | 'ill-conditioned';

export interface Point2d {
  x: number;
  y: number;
}

/** The rectangle [xMin, xMax] × [yMin, yMax] the contour map shows. */
export interface Domain2d {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface Surface {
  id: SurfaceId;
  /** The formula in plain typographic text, e.g. "f(x, y) = (1 − x)² + 100 (y − x²)²". */
  formula: string;
  domain: Domain2d;
  /** Where the race starts unless the learner clicks elsewhere. */
  start: Point2d;
  /** Global (or, for Himmelblau, all equal) minima, marked on the map. */
  minima: Point2d[];
  /** The lowest value of f, used to draw the contours on a log scale of f − fMin. */
  fMin: number;
  value(x: number, y: number): number;
  /** [∂f/∂x, ∂f/∂y], derived by hand; the unit tests check it against central differences. */
  gradient(x: number, y: number): [number, number];
}
