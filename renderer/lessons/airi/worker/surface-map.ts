// The picture under lesson 4's optimizer race: f sampled on a grid over the surface's domain, shown
// as a colour map and level lines of log10(f − fMin), so that both a valley floor near 0 and walls in
// the thousands are visible. Computed in the lesson's Web Worker; level lines by d3-contour.
import { contours } from 'd3-contour';
import type { Surface } from '../../../../airi/index';
import type { ContourRing, SurfaceMap } from './protocol';

/** Pale stops from low (light yellow) to high (slate), so coloured trajectories stand out on top. */
const PALETTE: [number, number, number][] = [
  [255, 251, 222],
  [219, 240, 206],
  [190, 225, 226],
  [184, 202, 230],
  [206, 200, 228],
];
const LEVELS = 18;

function colourAt(t: number): [number, number, number] {
  const scaled = Math.min(Math.max(t, 0), 1) * (PALETTE.length - 1);
  const i = Math.min(Math.floor(scaled), PALETTE.length - 2);
  const f = scaled - i;
  const [a, b] = [PALETTE[i], PALETTE[i + 1]];
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
}

/** The value below which `fraction` of the finite values lie. */
function quantile(values: Float64Array, fraction: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

export function computeSurfaceMap(surface: Surface, columns: number, rows: number): SurfaceMap {
  if (!Number.isInteger(columns) || !Number.isInteger(rows) || columns < 2 || rows < 2 || columns * rows > 1_000_000) {
    throw new Error(`surface map: grid ${columns} × ${rows} is not between 2 × 2 and a million cells`);
  }
  const { xMin, xMax, yMin, yMax } = surface.domain;
  // log10(f − fMin + floor): the floor keeps the minimum finite and sets how much of the valley is resolved.
  const logValues = new Float64Array(columns * rows);
  for (let row = 0; row < rows; row++) {
    const y = yMax - ((row + 0.5) / rows) * (yMax - yMin);
    for (let column = 0; column < columns; column++) {
      const x = xMin + ((column + 0.5) / columns) * (xMax - xMin);
      logValues[row * columns + column] = Math.log10(surface.value(x, y) - surface.fMin + 1e-3);
    }
  }
  const low = quantile(logValues, 0);
  const high = quantile(logValues, 0.98);
  const span = Math.max(high - low, 1e-9);

  const pixels = new Uint8ClampedArray(columns * rows * 4);
  logValues.forEach((v, i) => {
    const [r, g, b] = colourAt((v - low) / span);
    pixels.set([r, g, b, 255], i * 4);
  });

  const thresholds = Array.from({ length: LEVELS }, (_, k) => low + ((k + 0.5) / LEVELS) * span);
  const levels = contours().size([columns, rows]).thresholds(thresholds)(Array.from(logValues));
  const lines: ContourRing[][][] = levels.map((level) => level.coordinates.map((polygon) => polygon.map((ring) => ring.map(([u, v]) => [u, v] as [number, number]))));
  return { surface: surface.id, columns, rows, pixels, contours: lines };
}
