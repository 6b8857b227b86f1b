// Turning rows of weights into 32×32 RGB tiles, as the notebooks drew them: a row of a Linear layer
// over the flattened HWC image is already an image's worth of numbers; min-max scaling maps it to
// 0..255, either with one min and max over every tile (notebook 2's class templates, so the templates
// compare with each other) or each tile alone (notebook 3's neuron grid, so every neuron is visible).
import type { PictureKind, PictureSet } from '../../../contract/insights';

export const TILE_SIDE = 32;
export const TILE_BYTES = TILE_SIDE * TILE_SIDE * 3;

export type TileScaling = 'global' | 'per-tile';

/** Rows [offset, offset + count) of a rows × 3072 matrix as RGB bytes, min-max scaled. */
export function rowsToTiles(weights: Float32Array, rows: number, scaling: TileScaling, offset = 0, count = rows): Uint8Array {
  if (weights.length !== rows * TILE_BYTES) throw new Error(`expected ${rows} rows of ${TILE_BYTES} weights, got ${weights.length} numbers`);
  const first = Math.max(0, Math.min(rows, offset));
  const n = Math.max(0, Math.min(rows - first, count));
  const out = new Uint8Array(n * TILE_BYTES);
  const range = (from: number, to: number) => {
    let min = Infinity;
    let max = -Infinity;
    for (let i = from; i < to; i++) {
      const v = weights[i];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return { min, max };
  };
  // Global scaling looks at all rows, not only the ones sent, so a page of tiles matches the whole.
  const global = scaling === 'global' ? range(0, weights.length) : null;
  for (let t = 0; t < n; t++) {
    const start = (first + t) * TILE_BYTES;
    const { min, max } = global ?? range(start, start + TILE_BYTES);
    // A constant row (e.g. all zeros at initialization) is drawn mid-grey rather than divided by zero.
    const scale = max > min ? 255 / (max - min) : 0;
    for (let i = 0; i < TILE_BYTES; i++) {
      out[t * TILE_BYTES + i] = scale === 0 ? 128 : Math.round((weights[start + i] - min) * scale);
    }
  }
  return out;
}

/** Every tile of a picture set at once, base64-encoded for the JSON transports. */
export function pictureSet(kind: PictureKind, tiles: Uint8Array, total: number, extra: Partial<Pick<PictureSet, 'labels' | 'values' | 'frames'>> = {}): PictureSet {
  return {
    kind,
    tileWidth: TILE_SIDE,
    tileHeight: TILE_SIDE,
    count: tiles.length / TILE_BYTES,
    total,
    pixels: base64(tiles),
    ...extra,
  };
}

/** Base64 of the bytes (a view's own range, not its whole buffer). */
export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
