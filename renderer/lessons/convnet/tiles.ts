// Pixels for the pictures of lessons 5 and 6: a set of small RGB tiles as the lab sends them (base64
// of tile after tile, row by row), painted into a grid, and a heatmap blended over an image.
import { colourTable, type ColourMap } from './colour-maps';

export interface Tiles {
  width: number;
  height: number;
  count: number;
  /** count × height × width × 3 bytes. */
  rgb: Uint8Array;
}

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Tile `index` as RGBA ImageData. */
export function tileImage(tiles: Tiles, index: number): ImageData {
  const pixels = tiles.width * tiles.height;
  const image = new ImageData(tiles.width, tiles.height);
  for (let p = 0; p < pixels; p++) {
    const from = (index * pixels + p) * 3;
    image.data.set([tiles.rgb[from], tiles.rgb[from + 1], tiles.rgb[from + 2], 255], p * 4);
  }
  return image;
}

export interface GridLayout {
  columns: number;
  rows: number;
  /** Screen pixels per tile pixel. */
  scale: number;
  gap: number;
}

/** Where tile `index` starts on a grid canvas. */
export function tileOrigin(layout: GridLayout, tiles: Tiles, index: number): { x: number; y: number } {
  const column = index % layout.columns;
  const row = Math.floor(index / layout.columns);
  return { x: column * (tiles.width * layout.scale + layout.gap), y: row * (tiles.height * layout.scale + layout.gap) };
}

/** Paints every tile, enlarged without smoothing (each weight or activation stays a crisp square). */
export function paintGrid(canvas: HTMLCanvasElement, tiles: Tiles, layout: GridLayout): void {
  canvas.width = layout.columns * tiles.width * layout.scale + (layout.columns - 1) * layout.gap;
  canvas.height = layout.rows * tiles.height * layout.scale + (layout.rows - 1) * layout.gap;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.imageSmoothingEnabled = false;
  const scratch = document.createElement('canvas');
  scratch.width = tiles.width;
  scratch.height = tiles.height;
  const scratchContext = scratch.getContext('2d');
  if (!scratchContext) return;
  for (let i = 0; i < tiles.count; i++) {
    scratchContext.putImageData(tileImage(tiles, i), 0, 0);
    const { x, y } = tileOrigin(layout, tiles, i);
    context.drawImage(scratch, x, y, tiles.width * layout.scale, tiles.height * layout.scale);
  }
}

/**
 * An image with a heatmap over it: each pixel is (1 − alpha) · image + alpha · colour(heat), the
 * heat byte (0..255, 255 = most evidence) looked up in the colour map. alpha 0 shows the image alone.
 */
export function blendHeatmap(imageRgb: Uint8Array, heat: Uint8Array, width: number, height: number, map: ColourMap, alpha: number): ImageData {
  const table = colourTable(map);
  const out = new ImageData(width, height);
  for (let p = 0; p < width * height; p++) {
    const v = heat[p];
    for (let k = 0; k < 3; k++) out.data[p * 4 + k] = Math.round((1 - alpha) * imageRgb[p * 3 + k] + alpha * table[v * 3 + k]);
    out.data[p * 4 + 3] = 255;
  }
  return out;
}
