// Decoding a PictureSet (base64 RGB tiles) and drawing its tiles on a canvas, scaled up with crisp
// pixels: a 32×32 template is only readable when every weight stays a visible square.
import type { PictureSet } from '../../../contract/insights';

export function decodePixels(picture: PictureSet): Uint8Array {
  const text = atob(picture.pixels);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Tile `index` of `pixels` as an RGBA ImageData at its own size. */
export function tileImage(picture: PictureSet, pixels: Uint8Array, index: number): ImageData {
  const { tileWidth: w, tileHeight: h } = picture;
  const image = new ImageData(w, h);
  const from = index * w * h * 3;
  for (let p = 0; p < w * h; p++) {
    image.data[p * 4] = pixels[from + p * 3];
    image.data[p * 4 + 1] = pixels[from + p * 3 + 1];
    image.data[p * 4 + 2] = pixels[from + p * 3 + 2];
    image.data[p * 4 + 3] = 255;
  }
  return image;
}

export interface GridLayout {
  columns: number;
  /** Screen pixels per weight. */
  scale: number;
  /** Pixels between tiles. */
  gap: number;
}

/** Draws tiles [from, from + count) of the picture row by row onto the canvas, resizing it to fit. */
export function drawTileGrid(canvas: HTMLCanvasElement, picture: PictureSet, pixels: Uint8Array, from: number, count: number, layout: GridLayout): void {
  const { tileWidth: w, tileHeight: h } = picture;
  const columns = Math.max(1, Math.min(layout.columns, count));
  const rows = Math.ceil(count / columns);
  const cellW = w * layout.scale + layout.gap;
  const cellH = h * layout.scale + layout.gap;
  canvas.width = Math.max(1, columns * cellW - layout.gap);
  canvas.height = Math.max(1, rows * cellH - layout.gap);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.imageSmoothingEnabled = false;
  context.clearRect(0, 0, canvas.width, canvas.height);
  const scratch = document.createElement('canvas');
  scratch.width = w;
  scratch.height = h;
  const scratchContext = scratch.getContext('2d');
  if (!scratchContext) return;
  for (let i = 0; i < count; i++) {
    scratchContext.putImageData(tileImage(picture, pixels, from + i), 0, 0);
    const x = (i % columns) * cellW;
    const y = Math.floor(i / columns) * cellH;
    context.drawImage(scratch, x, y, w * layout.scale, h * layout.scale);
  }
}
