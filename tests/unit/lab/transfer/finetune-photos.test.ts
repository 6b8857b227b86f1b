// The full fine-tuning's crops: the centre crop is torchvision's CenterCrop on the decoded square, a
// flipped crop mirrors each row, the values are ImageNet-normalized channels first, and a random crop
// stays inside the square.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../airi';
import { augmented, centred, cropToTensor, sideFor, type SquarePhoto } from '../../../../lab/transfer/finetune-photos';

const side = 6;
const photo: SquarePhoto = { label: 0, name: 'x', rgb: Uint8Array.from({ length: side * side * 3 }, (_, i) => i % 251) };
const red = (x: number, y: number) => (photo.rgb[(y * side + x) * 3] / 255 - 0.485) / 0.229;

describe('fine-tuning crops', () => {
  it('keeps torchvision\'s 256-for-224 ratio', () => {
    expect(sideFor(224)).toBe(256);
    expect(sideFor(64)).toBe(73);
  });

  it('centre-crops, normalizes and lays channels first', () => {
    const out = new Float32Array(2 * 3 * 16);
    centred(photo, side, 4, out, 1);
    expect(out.subarray(0, 48).every((v) => v === 0)).toBe(true);
    expect(out[48]).toBeCloseTo(red(1, 1), 5);
    expect(out[48 + 3 * 4 + 2]).toBeCloseTo(red(3, 4), 5);
  });

  it('mirrors a flipped crop and keeps random crops inside the photo', () => {
    const plain = new Float32Array(3 * 16);
    const flipped = new Float32Array(3 * 16);
    cropToTensor(photo, side, 4, 2, 1, false, plain, 0);
    cropToTensor(photo, side, 4, 2, 1, true, flipped, 0);
    for (let y = 0; y < 4; y++) for (let x = 0; x < 4; x++) expect(flipped[y * 4 + x]).toBe(plain[y * 4 + 3 - x]);
    const rng = new Rng(1);
    for (let i = 0; i < 50; i++) {
      const out = new Float32Array(3 * 16);
      augmented(photo, side, 4, rng, out, 0);
      expect(out.every(Number.isFinite)).toBe(true);
    }
  });
});
