// Does the heatmap point at the object? A small CNN learns to tell "a bright square somewhere" from
// "noise only" on 16×16 images; then, for an image with the square on the left (or right), every
// method puts most of its heatmap on that side. Trained here with airi, seeded, in a few seconds.
import { describe, expect, it } from 'vitest';
import {
  Adam, type CamMethod, Conv2d, CrossEntropyLoss, GlobalAvgPool2d, Linear, MaxPool2d, ReLU, Rng, Sequential, Tensor,
  classActivationMap, traceLayers, topClasses, traceOutput,
} from '../../../../airi/index';

const SIZE = 16;
const SQUARE = 4;

/** One grey image [1, SIZE, SIZE] of noise, with a bright square at column x0 when x0 is given. */
function image(rng: Rng, x0: number | null, y0: number): Float32Array {
  const pixels = new Float32Array(SIZE * SIZE);
  for (let i = 0; i < pixels.length; i++) pixels[i] = 0.3 * rng.uniform();
  if (x0 !== null) {
    for (let y = y0; y < y0 + SQUARE; y++) for (let x = x0; x < x0 + SQUARE; x++) pixels[y * SIZE + x] = 1;
  }
  return pixels;
}

function trainDetector(): Sequential {
  const rng = new Rng(3);
  const model = new Sequential(
    new Conv2d(1, 8, 3, { rng, padding: 1 }),
    new ReLU(),
    new MaxPool2d(2),
    new Conv2d(8, 8, 3, { rng, padding: 1 }),
    new ReLU(),
    new GlobalAvgPool2d(),
    new Linear(8, 2, { rng }),
  );
  const optimizer = new Adam(model.parameters(), { lr: 0.01 });
  const loss = new CrossEntropyLoss();
  const batch = 16;
  for (let step = 0; step < 150; step++) {
    const x = new Float32Array(batch * SIZE * SIZE);
    const labels: number[] = [];
    for (let i = 0; i < batch; i++) {
      const present = i % 2;
      const at = () => Math.floor(rng.uniform() * (SIZE - SQUARE + 1));
      x.set(image(rng, present ? at() : null, at()), i * SIZE * SIZE);
      labels.push(present);
    }
    optimizer.zeroGrad();
    loss.forward(model.forward(new Tensor(x, [batch, 1, SIZE, SIZE]), true), labels);
    model.backward(loss.backward());
    optimizer.step();
  }
  return model;
}

/** Share of the heatmap's total that lies in the left half of the image. */
function leftShare(heatmap: Float32Array): number {
  let left = 0;
  let total = 0;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const v = heatmap[y * SIZE + x];
      total += v;
      if (x < SIZE / 2) left += v;
    }
  }
  return left / total;
}

describe('class activation maps find the object', () => {
  const model = trainDetector();
  const rng = new Rng(99);
  const methods: CamMethod[] = ['grad-cam', 'grad-cam++', 'eigen-cam'];

  for (const side of ['left', 'right'] as const) {
    it(`puts the heatmap on the ${side} when the square is on the ${side}`, () => {
      const x0 = side === 'left' ? 1 : SIZE - SQUARE - 1;
      const trace = traceLayers(model, new Tensor(image(rng, x0, 6), [1, 1, SIZE, SIZE]));
      expect(topClasses(traceOutput(trace).data, 1)[0].classIndex).toBe(1); // the detector sees it
      for (const method of methods) {
        const map = classActivationMap(trace, { layer: 4, classIndex: 1, method });
        const share = leftShare(map.heatmap);
        if (side === 'left') expect(share, method).toBeGreaterThan(0.75);
        else expect(share, method).toBeLessThan(0.25);
      }
    });
  }
});
