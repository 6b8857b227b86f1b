// Colour maps for Grad-CAM heatmaps (lessons 5 and 6), from d3-scale-chromatic. Red (warm) always
// means high: the notebook inverted its map to undo OpenCV's BGR order, which a clean pipeline never
// needs (notebooks-spec §9). Turbo is the modern, perceptually smoother take on the notebook's JET.
import { interpolateInferno, interpolateTurbo, interpolateViridis, interpolateGreys } from 'd3-scale-chromatic';

export const COLOUR_MAPS = ['turbo', 'inferno', 'viridis', 'grey'] as const;
export type ColourMap = (typeof COLOUR_MAPS)[number];

const interpolators: Record<ColourMap, (t: number) => string> = {
  turbo: interpolateTurbo,
  inferno: interpolateInferno,
  viridis: interpolateViridis,
  // d3's greys run white → black; reversed so that high is white, as in the notebook's feature maps.
  grey: (t) => interpolateGreys(1 - t),
};

/** 256 RGB entries for value bytes 0..255 (rgb[3 v + k]), computed once per map. */
const tables = new Map<ColourMap, Uint8Array>();

export function colourTable(map: ColourMap): Uint8Array {
  let table = tables.get(map);
  if (!table) {
    table = new Uint8Array(256 * 3);
    for (let v = 0; v < 256; v++) {
      const [r, g, b] = parseRgb(interpolators[map](v / 255));
      table.set([r, g, b], v * 3);
    }
    tables.set(map, table);
  }
  return table;
}

/** "rgb(12, 34, 56)" or "#0c2238" (d3's two outputs) to numbers. */
function parseRgb(colour: string): [number, number, number] {
  if (colour.startsWith('#')) {
    const n = Number.parseInt(colour.slice(1, 7), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const parts = colour.match(/\d+/g)?.map(Number) ?? [0, 0, 0];
  return [parts[0], parts[1], parts[2]];
}

/** A CSS gradient of the map, for its legend (low on the left, high on the right). */
export function colourGradient(map: ColourMap): string {
  const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => interpolators[map](t));
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
