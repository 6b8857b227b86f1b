// Every layer and loss against PyTorch: forward output, input gradient and every parameter gradient
// for a fixed upstream gradient, and BatchNorm's running statistics, on the cases in
// tests/fixtures/layers/*.json (written by scripts/fixtures/generate-layer-goldens.py with Debian's
// python3-torch; the fixtures are committed, so this test needs no Python). Dropout has no golden:
// its masks come from airi's own Rng, which torch cannot replay (dropout.test.ts checks its rate).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AdaptiveAvgPool2d,
  AvgPool2d,
  BatchNorm1d,
  BatchNorm2d,
  Conv2d,
  CrossEntropyLoss,
  Flatten,
  GlobalAvgPool2d,
  LeakyReLU,
  Linear,
  LogSoftmax,
  MSELoss,
  MaxPool2d,
  type Module,
  NLLLoss,
  ReLU,
  Rng,
  SiLU,
  Sigmoid,
  Softmax,
  SqueezeExcitation,
  Tanh,
  Tensor,
  mbConvBlock,
  namedBuffers,
} from '../../../../airi/index';

/** Relative to max(|expected|, 1e-2 * the largest |expected| of the tensor): near-zero entries of a
 * tensor are judged on the tensor's scale, not on their own (float32 noise there is not an error). */
const TOLERANCE = 1e-4;

interface JsonTensor {
  shape: number[];
  data: number[];
}

interface ModuleCase {
  name: string;
  args: Record<string, unknown>;
  training?: boolean;
  params: Record<string, JsonTensor>;
  buffersBefore: Record<string, JsonTensor>;
  warmup?: JsonTensor[];
  input: JsonTensor;
  output: JsonTensor;
  dout: JsonTensor;
  grads: Record<string, JsonTensor>;
  buffersAfter?: Record<string, JsonTensor>;
}

interface LossCase {
  name: string;
  args: { labelSmoothing?: number };
  input: JsonTensor;
  target?: number[];
  targetTensor?: JsonTensor;
  loss: number;
  grads: { input: JsonTensor };
}

function load<T>(layer: string): { torch: string; cases: T[] } {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/layers/${layer}.json`, import.meta.url), 'utf8')) as { torch: string; cases: T[] };
}

const tensor = (t: JsonTensor): Tensor => Tensor.fromArray(t.data, t.shape);

/** The worst relative error of `actual` against the golden tensor, after checking the shape. */
function maxRelativeError(what: string, actual: Tensor, expected: JsonTensor): number {
  expect(actual.shape, `${what}: shape`).toEqual(expected.shape);
  const scale = Math.max(...expected.data.map(Math.abs), 0);
  let worst = 0;
  expected.data.forEach((e, i) => {
    const error = Math.abs(actual.data[i] - e) / Math.max(Math.abs(e), 1e-2 * scale, 1e-12);
    worst = Math.max(worst, Number.isNaN(error) ? Infinity : error);
  });
  return worst;
}

/** Builds the airi module for a golden case; the parameters are then overwritten with torch's. */
const builders: Record<string, (args: Record<string, unknown>) => Module> = {
  conv2d: (a) =>
    new Conv2d(a.inChannels as number, a.outChannels as number, a.kernelSize as number, {
      rng: new Rng(0),
      stride: a.stride as number,
      padding: a.padding as number,
      bias: a.bias as boolean,
    }),
  'conv2d-groups': (a) =>
    new Conv2d(a.inChannels as number, a.outChannels as number, a.kernelSize as number, {
      rng: new Rng(0),
      stride: a.stride as number,
      padding: a.padding as number,
      bias: a.bias as boolean,
      groups: a.groups as number,
    }),
  'adaptive-avg-pool2d': (a) => new AdaptiveAvgPool2d(a.outputSize as number),
  'squeeze-excitation': (a) => new SqueezeExcitation(a.inputChannels as number, a.squeezeChannels as number, { rng: new Rng(0) }),
  // torchvision's MBConv block: depthwise convolution, batch norm, SiLU, squeeze-excitation and the residual together.
  mbconv: (a) => mbConvBlock(a.inChannels as number, a.outChannels as number, a.expand as number, a.kernel as number, a.stride as number, 0, new Rng(0)),
  'max-pool2d': (a) => new MaxPool2d(a.kernelSize as number, a.stride as number | undefined, (a.padding as number | undefined) ?? 0),
  'avg-pool2d': (a) => new AvgPool2d(a.kernelSize as number, a.stride as number | undefined, (a.padding as number | undefined) ?? 0),
  'global-avg-pool2d': () => new GlobalAvgPool2d(),
  'batch-norm1d': (a) => new BatchNorm1d(a.numFeatures as number),
  'batch-norm2d': (a) => new BatchNorm2d(a.numFeatures as number),
  flatten: () => new Flatten(),
  'leaky-relu': (a) => new LeakyReLU(a.negativeSlope as number | undefined),
  silu: () => new SiLU(),
  softmax: (a) => new Softmax(a.dim as number),
  'log-softmax': (a) => new LogSoftmax(a.dim as number),
  linear: (a) => new Linear(a.inFeatures as number, a.outFeatures as number, { rng: new Rng(0), bias: a.bias as boolean }),
  relu: () => new ReLU(),
  tanh: () => new Tanh(),
  sigmoid: () => new Sigmoid(),
};

const report: string[] = [];

describe('layers against PyTorch goldens', () => {
  for (const [layer, build] of Object.entries(builders)) {
    const { torch, cases } = load<ModuleCase>(layer);
    for (const golden of cases) {
      it(`${layer} ${golden.name} (torch ${torch})`, () => {
        const module = build(golden.args);
        const params = new Map(module.parameters().map((p) => [p.name, p]));
        expect([...params.keys()].sort()).toEqual(Object.keys(golden.params).sort());
        for (const [name, value] of Object.entries(golden.params)) {
          expect(params.get(name)!.value.shape, `${name} layout`).toEqual(value.shape);
          params.get(name)!.value.data.set(value.data);
        }
        const buffers = new Map(namedBuffers(module).map((b) => [b.name, b.value]));
        for (const [name, value] of Object.entries(golden.buffersBefore)) buffers.get(name)!.data.set(value.data);
        for (const w of golden.warmup ?? []) module.forward(tensor(w), true);

        const errors: [string, number][] = [];
        const output = module.forward(tensor(golden.input), golden.training ?? false);
        errors.push(['output', maxRelativeError('output', output, golden.output)]);
        const dx = module.backward(tensor(golden.dout));
        errors.push(['d input', maxRelativeError('d input', dx, golden.grads.input)]);
        for (const [name, p] of params) errors.push([`d ${name}`, maxRelativeError(`d ${name}`, p.grad, golden.grads[name])]);
        for (const [name, value] of Object.entries(golden.buffersAfter ?? {})) {
          errors.push([name, maxRelativeError(name, buffers.get(name)!, value)]);
        }
        report.push(`${layer} ${golden.name}: ${errors.map(([n, e]) => `${n} ${e.toExponential(1)}`).join(', ')}`);
        for (const [name, error] of errors) expect(error, `${layer} ${golden.name}: ${name}`).toBeLessThan(TOLERANCE);
      });
    }
  }

  for (const layer of ['cross-entropy-loss', 'nll-loss', 'mse-loss']) {
    const { torch, cases } = load<LossCase>(layer);
    for (const golden of cases) {
      it(`${layer} ${golden.name} (torch ${torch})`, () => {
        const input = tensor(golden.input);
        let value: number;
        let grad: Tensor;
        if (layer === 'mse-loss') {
          const loss = new MSELoss();
          value = loss.forward(input, tensor(golden.targetTensor!));
          grad = loss.backward();
        } else {
          const loss = layer === 'nll-loss' ? new NLLLoss() : new CrossEntropyLoss(golden.args);
          value = loss.forward(input, golden.target!);
          grad = loss.backward();
        }
        const lossError = Math.abs(value - golden.loss) / Math.abs(golden.loss);
        const gradError = maxRelativeError('d input', grad, golden.grads.input);
        report.push(`${layer} ${golden.name}: loss ${lossError.toExponential(1)}, d input ${gradError.toExponential(1)}`);
        expect(lossError).toBeLessThan(TOLERANCE);
        expect(gradError).toBeLessThan(TOLERANCE);
      });
    }
  }

  it('reports the worst relative error of every case', () => {
    console.info(`PyTorch goldens (max relative error per tensor):\n${report.join('\n')}`);
    expect(report.length).toBeGreaterThan(30);
  });
});
