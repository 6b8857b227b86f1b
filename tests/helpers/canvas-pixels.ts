// What an e2e test asks of a canvas on the page: is something drawn on it, and how different is it
// from another canvas (a picture that changed). Runs in the page through Playwright.
import type { Locator } from 'playwright-core';

export interface CanvasStats {
  width: number;
  height: number;
  /** Pixels whose colour differs from the first pixel's (0 for a blank or uniform canvas). */
  varied: number;
  /** Distinct colours, up to 1000. */
  colours: number;
}

export function canvasStats(canvas: Locator): Promise<CanvasStats> {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray(0);
    let varied = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2] || data[i + 3] !== data[3]) varied++;
      if (colours.size < 1000) colours.add((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]);
    }
    return { width: c.width, height: c.height, varied, colours: colours.size };
  });
}

/** Fraction of pixels that differ between two canvases of the same size. */
export async function canvasDifference(a: Locator, b: Locator): Promise<number> {
  const read = (l: Locator) => l.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    return Array.from(c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? []);
  });
  const [x, y] = [await read(a), await read(b)];
  if (x.length !== y.length || x.length === 0) return 1;
  let differ = 0;
  for (let i = 0; i < x.length; i += 4) if (x[i] !== y[i] || x[i + 1] !== y[i + 1] || x[i + 2] !== y[i + 2]) differ++;
  return differ / (x.length / 4);
}
