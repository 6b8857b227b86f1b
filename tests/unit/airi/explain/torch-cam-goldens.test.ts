// Grad-CAM, Grad-CAM++ and Eigen-CAM computed by airi's own backward pass against PyTorch: the class
// score, channel weights, the map at the layer's resolution and the heatmap over the image, for a
// small lesson-6-shaped CNN at three layers, two classes and both targets (logit, probability).
// The fixture comes from scripts/fixtures/generate-cam-goldens.py (Debian's python3-torch, autograd).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BatchNorm2d, Conv2d, Flatten, Linear, MaxPool2d, ReLU, Rng, Sequential, Tensor,
  type CamMethod, type CamTarget, classActivationMap, classActivationMaps, loadStateDict, traceLayers, traceOutput,
} from '../../../../airi/index';

interface JsonTensor {
  shape: number[];
  data: number[];
}

interface CamCase {
  layer: number;
  classIndex: number;
  method: CamMethod;
  target: CamTarget;
  score: number;
  weights: JsonTensor;
  cam: JsonTensor;
  heatmap: JsonTensor;
}

interface Golden {
  torch: string;
  input: JsonTensor;
  logits: JsonTensor;
  state: Record<string, JsonTensor>;
  cases: CamCase[];
}

const golden = JSON.parse(readFileSync(new URL('../../../fixtures/explain/cam-goldens.json', import.meta.url), 'utf8')) as Golden;

function buildModel(): Sequential {
  const rng = new Rng(0);
  const model = new Sequential(
    new Conv2d(3, 4, 3, { rng, padding: 1 }),
    new BatchNorm2d(4),
    new MaxPool2d(2),
    new ReLU(),
    new Conv2d(4, 6, 3, { rng, padding: 1 }),
    new ReLU(),
    new Flatten(),
    new Linear(6 * 4 * 4, 5, { rng }),
  );
  const tensors = Object.fromEntries(Object.entries(golden.state).map(([k, t]) => [k, Tensor.fromArray(t.data, t.shape)]));
  loadStateDict(model, tensors);
  return model;
}

/** Worst error relative to the tensor's largest magnitude (maps are judged on their own scale). */
function scaledError(actual: ArrayLike<number>, expected: JsonTensor): number {
  expect(actual.length).toBe(expected.data.length);
  const scale = Math.max(...expected.data.map(Math.abs), 1e-12);
  let worst = 0;
  expected.data.forEach((e, i) => {
    worst = Math.max(worst, Math.abs(actual[i] - e) / scale);
  });
  return worst;
}

const model = buildModel();
/** The worst error of each quantity over all cases, printed at the end (the README quotes it). */
const worst = { weights: 0, cam: 0, heatmap: 0, score: 0 };
afterAll(() => {
  const format = (v: number) => v.toExponential(1);
  console.log(`Grad-CAM vs PyTorch ${golden.torch}, ${golden.cases.length} cases: weights ${format(worst.weights)}, map ${format(worst.cam)}, heatmap ${format(worst.heatmap)} (relative to each tensor's largest value), score ${format(worst.score)}`);
});
const input = Tensor.fromArray(golden.input.data, golden.input.shape);

describe(`class activation maps against PyTorch ${golden.torch}`, () => {
  it('reproduces the logits of the fixture model', () => {
    const trace = traceLayers(model, input);
    expect(scaledError(traceOutput(trace).data, golden.logits)).toBeLessThan(1e-5);
  });

  for (const c of golden.cases) {
    it(`${c.method} at layer ${c.layer}, class ${c.classIndex}, ${c.target}`, () => {
      const trace = traceLayers(model, input);
      const map = classActivationMap(trace, { layer: c.layer, classIndex: c.classIndex, method: c.method, target: c.target });
      expect(map.score).toBeCloseTo(c.score, 5);
      expect([map.camHeight, map.camWidth]).toEqual(c.cam.shape);
      const errors = { weights: scaledError(map.weights, c.weights), cam: scaledError(map.cam, c.cam), heatmap: scaledError(map.heatmap, c.heatmap), score: Math.abs(map.score - c.score) };
      for (const key of ['weights', 'cam', 'heatmap', 'score'] as const) worst[key] = Math.max(worst[key], errors[key]);
      expect(errors.weights).toBeLessThan(1e-4);
      expect(errors.cam).toBeLessThan(1e-4);
      expect(errors.heatmap).toBeLessThan(1e-4);
    });
  }

  it('gives the same maps for several layers and methods from one backward pass', () => {
    const logitCases = golden.cases.filter((c) => c.target === 'logit');
    for (const classIndex of new Set(logitCases.map((c) => c.classIndex))) {
      const maps = classActivationMaps(traceLayers(model, input), { layers: [5, 3, 0], classIndex, methods: ['grad-cam', 'grad-cam++', 'eigen-cam'] });
      expect(maps).toHaveLength(9);
      for (const map of maps) {
        const c = logitCases.find((g) => g.classIndex === classIndex && g.layer === map.layer && g.method === map.method);
        expect(c).toBeDefined();
        expect(scaledError(map.heatmap, c!.heatmap)).toBeLessThan(1e-4);
        expect(scaledError(map.weights, c!.weights)).toBeLessThan(1e-4);
      }
    }
  });

  it('leaves the parameter gradients as they were, and several classes can follow one forward', () => {
    const params = model.parameters();
    params.forEach((p, i) => p.grad.data.fill(i + 0.5));
    const trace = traceLayers(model, input);
    const first = classActivationMap(trace, { layer: 3, classIndex: 0 });
    classActivationMap(trace, { layer: 3, classIndex: 1 });
    const again = classActivationMap(trace, { layer: 3, classIndex: 0 });
    expect(Array.from(again.heatmap)).toEqual(Array.from(first.heatmap));
    params.forEach((p, i) => expect(p.grad.data.every((g) => g === i + 0.5)).toBe(true));
  });

  it('refuses a layer without planes and a class the model does not have', () => {
    const trace = traceLayers(model, input);
    expect(() => classActivationMap(trace, { layer: 6, classIndex: 0 })).toThrow(/expected \[1, C, H, W\]/);
    expect(() => classActivationMap(trace, { layer: 3, classIndex: 5 })).toThrow(/not one of the model's 5 classes/);
    expect(() => classActivationMap(trace, { layer: 9, classIndex: 0 })).toThrow(/not one of the model's 8 layers/);
  });
});
