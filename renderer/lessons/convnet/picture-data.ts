// The pictures of lessons 5 and 6 as the lab sends them (insights:compute's PictureSet): tiles in
// base64 with captions and numbers. Helpers to cut tiles and frames out of one.
import type { PictureSet } from '../../../contract/insights';
import { decodeBase64, type Tiles } from './tiles';

export type PictureData = PictureSet;

/** Every tile of a picture. */
export function tilesOf(picture: PictureData): Tiles {
  return { width: picture.tileWidth, height: picture.tileHeight, count: picture.count, rgb: decodeBase64(picture.pixels) };
}

/** Tiles [first, first + count) of a set of tiles. */
export function sliceTiles(tiles: Tiles, first: number, count: number): Tiles {
  const size = tiles.width * tiles.height * 3;
  const n = Math.max(0, Math.min(count, tiles.count - first));
  return { width: tiles.width, height: tiles.height, count: n, rgb: tiles.rgb.subarray(first * size, (first + n) * size) };
}

/** One tile's RGB bytes. */
export function tileBytes(tiles: Tiles, index: number): Uint8Array {
  const size = tiles.width * tiles.height * 3;
  return tiles.rgb.subarray(index * size, (index + 1) * size);
}

/** A heat tile (grey RGB) as one byte per pixel. */
export function heatBytes(tiles: Tiles, index: number): Uint8Array {
  const rgb = tileBytes(tiles, index);
  const out = new Uint8Array(rgb.length / 3);
  for (let p = 0; p < out.length; p++) out[p] = rgb[p * 3];
  return out;
}

/** A number the lab sent, or `fallback` when absent. */
export function valueOf(picture: PictureData | null, key: string, at = 0, fallback = Number.NaN): number {
  return picture?.values?.[key]?.[at] ?? fallback;
}
