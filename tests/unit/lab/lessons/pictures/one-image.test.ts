// Notebook 2's one-image experiment: one gradient step on one image's loss. Ascent must make the
// image's class less likely (the loss grows), descent more likely, and each step must follow the
// analytic gradient dW = xᵀ(p − onehot(y)): checked against a numeric derivative of the loss.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../../airi';
import { IMAGE_BYTES, type ImageSplit } from '../../../../../lab/datasets/cifar10-format';
import { oneImageExperiment } from '../../../../../lab/lessons/pictures/one-image';

const CLASSES = ['airplane', 'automobile', 'bird', 'cat', 'deer', 'dog', 'frog', 'horse', 'ship', 'truck'];

function randomSplit(count: number, seed: number): ImageSplit {
  const rng = new Rng(seed);
  const images = new Uint8Array(count * IMAGE_BYTES);
  for (let i = 0; i < images.length; i++) images[i] = rng.int(256);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) labels[i] = i % 10;
  return { count, images, labels };
}

describe('oneImageExperiment', () => {
  const train = randomSplit(20, 3);

  it('ascent makes the image’s class less likely and descent more likely', () => {
    const picture = oneImageExperiment(train, CLASSES, { imageIndex: 13, seed: 1 });
    const values = picture.values!;
    const label = values.label[0];
    expect(label).toBe(3);
    expect(picture.labels![0]).toBe('cat');
    expect(values.ascent[label]).toBeLessThan(values.start[label]);
    expect(values.descent[label]).toBeGreaterThan(values.start[label]);
    expect(values.loss[1]).toBeGreaterThan(values.loss[0]);
    expect(values.loss[2]).toBeLessThan(values.loss[0]);
    // The image, then ten templates for each of the three states.
    expect(picture.count).toBe(31);
    expect(picture.frames!.map((f) => f.count)).toEqual([1, 10, 10, 10]);
    for (const key of ['start', 'ascent', 'descent']) expect(values[key].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('a tiny step changes the loss as the gradient predicts (first order)', () => {
    const step = 1e-9;
    const picture = oneImageExperiment(train, CLASSES, { imageIndex: 5, stepSize: step, seed: 2 });
    const [start, ascent, descent] = picture.values!.loss;
    // L(W ± εg) ≈ L(W) ± ε‖g‖²: the two changes are equal and opposite to first order, and not zero.
    const up = ascent - start;
    const down = start - descent;
    expect(up).toBeGreaterThan(0);
    expect(Math.abs(up - down) / up).toBeLessThan(0.01);
  });

  it('clamps an image number past the end to the last image', () => {
    const picture = oneImageExperiment(train, CLASSES, { imageIndex: 1e9 });
    expect(picture.values!.imageIndex[0]).toBe(19);
  });
});
