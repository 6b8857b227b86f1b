// Preprocessing arithmetic (layout, channel order, mean and std), top-k with softmax, and labels files.
import { describe, expect, it } from 'vitest';
import type { Preprocessing } from '../../../contract/models/models';
import { softmax, topK } from '../../../native-models/classify/top-k';
import { labelsForModel, parseLabels } from '../../../native-models/labels/read-labels';
import { pixelsToTensor } from '../../../native-models/preprocess/to-tensor';

const base: Preprocessing = {
  resize: 'squash', resizeTo: 2, size: 2, scale: 1 / 255, mean: [0.5, 0.25, 0], std: [0.5, 0.25, 1], channelOrder: 'RGB', layout: 'NCHW', kernel: 'linear',
};
// Four pixels: red, green, blue, white.
const rgb = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255]);

describe('pixelsToTensor', () => {
  it('writes NCHW planes with (pixel × scale − mean) / std', () => {
    const t = Array.from(pixelsToTensor(rgb, base));
    expect(t.slice(0, 4)).toEqual([1, -1, -1, 1]); // R: (1 − .5)/.5, (0 − .5)/.5
    expect(t.slice(4, 8)).toEqual([-1, 3, -1, 3]); // G: (0 − .25)/.25 = −1, (1 − .25)/.25 = 3
    expect(t.slice(8, 12)).toEqual([0, 0, 1, 1]);
  });

  it('interleaves channels for NHWC and swaps them for BGR', () => {
    const nhwc = Array.from(pixelsToTensor(rgb, { ...base, layout: 'NHWC' }));
    expect(nhwc.slice(0, 3)).toEqual([1, -1, 0]);
    const bgr = Array.from(pixelsToTensor(rgb, { ...base, channelOrder: 'BGR', mean: [0, 0, 0], std: [1, 1, 1] }));
    expect(bgr.slice(0, 4)).toEqual([0, 0, 1, 1]); // the first plane is blue
  });

  it('refuses pixels of the wrong size', () => {
    expect(() => pixelsToTensor(rgb.subarray(3), base)).toThrow(/2×2/);
  });
});

describe('topK', () => {
  it('applies softmax to logits and sorts', () => {
    const top = topK(Float32Array.from([1, 3, 2]), ['a', 'b', 'c'], 2);
    expect(top.map((c) => c.label)).toEqual(['b', 'c']);
    const p = softmax(Float32Array.from([1, 3, 2]));
    expect(top[0].probability).toBeCloseTo(p[1], 12);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('keeps scores that are already probabilities, and refuses NaN', () => {
    expect(topK(Float32Array.from([0.2, 0.7, 0.1]), ['a', 'b', 'c'], 1)[0]).toMatchObject({ label: 'b', probability: expect.closeTo(0.7, 6) });
    expect(() => topK(Float32Array.from([NaN, 1]), ['a', 'b'], 1)).toThrow(/NaN/);
  });
});

describe('labels', () => {
  it('reads a JSON array or one label per line (BOM, blank lines, CRLF)', () => {
    expect(parseLabels('["cat", "dog"]', 'l.json')).toEqual(['cat', 'dog']);
    expect(parseLabels('\uFEFFcat\r\n\r\ndog\n', 'l.txt')).toEqual(['cat', 'dog']);
  });

  it('names the file when it is broken or does not match the classes', () => {
    expect(() => parseLabels('["cat", ', 'broken.json')).toThrow(/broken\.json/);
    expect(() => labelsForModel(3, { text: 'a\nb', name: 'two.txt' })).toThrow(/two\.txt has 2 labels but the model has 3/);
  });

  it('gives ImageNet names to 1000 classes and numbers otherwise', () => {
    const imagenet = labelsForModel(1000);
    expect(imagenet.source).toBe('imagenet');
    expect(imagenet.labels.slice(281, 286)).toEqual(['tabby', 'tiger cat', 'Persian cat', 'Siamese cat', 'Egyptian cat']);
    expect(labelsForModel(3)).toEqual({ labels: ['class 0', 'class 1', 'class 2'], source: 'numbers' });
  });
});
