// Lessons 5 and 6's pictures in the shape every picture of a run travels in (small RGB tiles,
// base64, with captions and numbers): the insights mechanism's PictureSet, for tiles of any size.
import type { PictureKind, PictureSet } from '../../../../contract/insights';

export type ConvPictureSet = PictureSet;

export function tileSet(
  kind: PictureKind, width: number, height: number, tiles: Uint8Array, total: number,
  extra: Partial<Pick<ConvPictureSet, 'labels' | 'values' | 'frames'>> = {},
): ConvPictureSet {
  const count = width * height > 0 ? tiles.length / (width * height * 3) : 0;
  return {
    kind, tileWidth: width, tileHeight: height, count, total,
    pixels: Buffer.from(tiles.buffer, tiles.byteOffset, tiles.byteLength).toString('base64'), ...extra,
  };
}

/** Numbers for JSON: float32 noise cut to 6 significant digits (the UI shows 3 or 4). */
export function rounded(values: ArrayLike<number>): number[] {
  return Array.from(values, (v) => Number(v.toPrecision(6)));
}
