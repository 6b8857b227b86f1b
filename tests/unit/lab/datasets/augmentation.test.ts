// Crop-with-padding and horizontal flip, pixel by pixel on a known image, against a reference built
// the way torchvision does it (pad with zeros, cut the window, mirror), and their seeded draws.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../airi';
import { CIFAR_AUGMENTATION, drawTransform, IDENTITY_TRANSFORM, type ImageTransform } from '../../../../lab/datasets/augmentation';
import { IMAGE_BYTES, IMAGE_SIDE, PLANE_BYTES } from '../../../../lab/datasets/cifar10-format';
import { pixelAffine } from '../../../../lab/datasets/preprocessing';
import { writeImage } from '../../../../lab/datasets/write-image';
import { pixelValue, tinySplit } from './tiny-split';

const raw = pixelAffine({ kind: 'raw' });
const at = (c: number, y: number, x: number) => c * PLANE_BYTES + y * IMAGE_SIDE + x;

function transformed(t: ImageTransform, n = 0): Float32Array {
  const split = tinySplit(n + 1);
  const out = new Float32Array(IMAGE_BYTES);
  writeImage(split.images, n, out, 0, raw, t, 'nchw');
  return out;
}

/** torchvision's order: zero-pad by `padding`, crop 32×32 at (top, left), then mirror if asked. */
function reference(n: number, padding: number, top: number, left: number, flip: boolean): Float32Array {
  const side = IMAGE_SIDE + 2 * padding;
  const out = new Float32Array(IMAGE_BYTES);
  for (let c = 0; c < 3; c++) {
    const padded: number[][] = Array.from({ length: side }, (_, py) =>
      Array.from({ length: side }, (_, px) => {
        const y = py - padding;
        const x = px - padding;
        return y >= 0 && y < IMAGE_SIDE && x >= 0 && x < IMAGE_SIDE ? pixelValue(n, c, y, x) : 0;
      }));
    const crop = padded.slice(top, top + IMAGE_SIDE).map((row) => row.slice(left, left + IMAGE_SIDE));
    for (let y = 0; y < IMAGE_SIDE; y++) {
      const row = flip ? [...crop[y]].reverse() : crop[y];
      for (let x = 0; x < IMAGE_SIDE; x++) out[at(c, y, x)] = row[x];
    }
  }
  return out;
}

/** Index of the first differing value, or -1 (faster than a deep equality on thousands of floats). */
function firstDifference(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

describe('augmentation', () => {
  it('leaves the image as it is under the identity', () => {
    const out = transformed(IDENTITY_TRANSFORM, 2);
    expect(out[at(0, 0, 0)]).toBe(pixelValue(2, 0, 0, 0));
    expect(out).toEqual(reference(2, 0, 0, 0, false));
  });

  it('mirrors columns on a flip', () => {
    const out = transformed({ shiftY: 0, shiftX: 0, flip: true });
    for (let c = 0; c < 3; c++) {
      for (let y = 0; y < IMAGE_SIDE; y++) {
        expect(out[at(c, y, 0)]).toBe(pixelValue(0, c, y, 31));
        expect(out[at(c, y, 31)]).toBe(pixelValue(0, c, y, 0));
        expect(out[at(c, y, 10)]).toBe(pixelValue(0, c, y, 21));
      }
    }
  });

  it('shifts the window and fills the padding with zeros', () => {
    // Window 4 rows down and 4 columns left of centre: the bottom 4 rows and left 4 columns are padding.
    const out = transformed({ shiftY: 4, shiftX: -4, flip: false });
    expect(out[at(0, 0, 4)]).toBe(pixelValue(0, 0, 4, 0));
    expect(out[at(2, 27, 31)]).toBe(pixelValue(0, 2, 31, 27));
    for (let x = 0; x < IMAGE_SIDE; x++) expect(out[at(1, 28, x)]).toBe(0);
    for (let y = 0; y < IMAGE_SIDE; y++) expect(out[at(1, y, 3)]).toBe(0);
    expect(out).toEqual(reference(0, 4, 8, 0, false));
  });

  it('matches the pad-crop-flip reference at every offset', () => {
    for (let top = 0; top <= 8; top++) {
      for (let left = 0; left <= 8; left++) {
        for (const flip of [false, true]) {
          expect(firstDifference(transformed({ shiftY: top - 4, shiftX: left - 4, flip }, 1), reference(1, 4, top, left, flip))).toBe(-1);
        }
      }
    }
  });

  it('draws the same transforms from the same seed, over the whole range', () => {
    const draws = (seed: number) => {
      const rng = new Rng(seed);
      return Array.from({ length: 2000 }, () => drawTransform(CIFAR_AUGMENTATION, rng));
    };
    const a = draws(11);
    expect(draws(11)).toEqual(a);
    expect(draws(12)).not.toEqual(a);
    const shifts = new Set(a.map((t) => t.shiftY));
    expect([...shifts].sort((p, q) => p - q)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    expect(new Set(a.map((t) => t.shiftX)).size).toBe(9);
    const flips = a.filter((t) => t.flip).length;
    expect(flips).toBeGreaterThan(900);
    expect(flips).toBeLessThan(1100);
  });

  it('draws nothing it does not need', () => {
    const rng = new Rng(3);
    expect(drawTransform({ padding: 0, flip: false }, rng)).toEqual(IDENTITY_TRANSFORM);
    expect(rng.state()).toEqual(new Rng(3).state());
    expect(() => drawTransform({ padding: -1, flip: false }, rng)).toThrow(/padding/);
  });
});
