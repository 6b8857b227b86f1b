import { describe, expect, it } from 'vitest';
import {
  BatchNorm2d,
  Conv2d,
  Flatten,
  GlobalAvgPool2d,
  Linear,
  MaxPool2d,
  type Module,
  type Parameter,
  ReLU,
  Rng,
  Sequential,
  Tanh,
  Tensor,
  createParameter,
  formatSummary,
  layerFlops,
  summarize,
} from '../../../../airi/index';

/** Lesson 1's MLP (notebook 1's ShallowLinear): 1 → 16 → 16 → 16 → 1 with tanh. */
function sineMlp(): Sequential {
  const rng = new Rng(1);
  return new Sequential(
    new Linear(1, 16, { rng }), new Tanh(),
    new Linear(16, 16, { rng }), new Tanh(),
    new Linear(16, 16, { rng }), new Tanh(),
    new Linear(16, 1, { rng }),
  );
}

/**
 * A layer with Conv2d's public fields (PyTorch's names) and output shape but no arithmetic: the
 * summary must count it from its fields alone.
 */
class FakeConv implements Module {
  readonly weight: Parameter;
  readonly kernelSize: [number, number];
  readonly stride: [number, number] = [1, 1];
  constructor(
    readonly inChannels: number,
    readonly outChannels: number,
    k: number,
    readonly padding: [number, number],
  ) {
    this.kernelSize = [k, k];
    this.weight = createParameter('weight', Tensor.zeros([outChannels, inChannels, k, k]));
  }
  forward(x: Tensor): Tensor {
    const [n, , h, w] = x.shape;
    const [kh, kw] = this.kernelSize;
    return Tensor.zeros([n, this.outChannels, h + 2 * this.padding[0] - kh + 1, w + 2 * this.padding[1] - kw + 1]);
  }
  backward(dout: Tensor): Tensor {
    return dout;
  }
  parameters(): Parameter[] {
    return [this.weight];
  }
  describe(): string {
    return `FakeConv(${this.inChannels} → ${this.outChannels})`;
  }
}

describe('summarize', () => {
  it('lists lesson 1’s MLP: 593 parameters, 1,088 FLOPs per sample', () => {
    const summary = summarize(sineMlp(), [8, 1]);
    expect(summary.layers.map((l) => [l.name, l.layer, l.outputShape, l.parameters, l.flops])).toEqual([
      ['0', 'Linear(1 → 16)', [8, 16], 32, 32], // 2 * 1 * 16
      ['1', 'Tanh()', [8, 16], 0, 0],
      ['2', 'Linear(16 → 16)', [8, 16], 272, 512], // 2 * 16 * 16
      ['3', 'Tanh()', [8, 16], 0, 0],
      ['4', 'Linear(16 → 16)', [8, 16], 272, 512],
      ['5', 'Tanh()', [8, 16], 0, 0],
      ['6', 'Linear(16 → 1)', [8, 1], 17, 32],
    ]);
    expect(summary.totalParameters).toBe(593);
    expect(summary.totalFlops).toBe(1088);
  });

  it('lists notebook 5’s DemoConvNet: 1,124,686 parameters, 98% of them in the first Linear', () => {
    const rng = new Rng(3);
    const model = new Sequential(
      new Conv2d(3, 16, 5, { rng }), new ReLU(),
      new Conv2d(16, 16, 5, { rng }), new ReLU(),
      new Flatten(),
      new Linear(9216, 120, { rng }), new ReLU(),
      new Linear(120, 84, { rng }), new ReLU(),
      new Linear(84, 10, { rng }),
    );
    const summary = summarize(model, [1, 3, 32, 32]);
    const row = (name: string) => summary.layers.find((l) => l.name === name)!;
    // conv1: 2 * 16 * 28 * 28 * 3 * 25; conv2: 2 * 16 * 24 * 24 * 16 * 25; fc1: 2 * 9216 * 120
    expect([row('0').outputShape, row('0').parameters, row('0').flops]).toEqual([[1, 16, 28, 28], 1216, 1_881_600]);
    expect([row('2').outputShape, row('2').parameters, row('2').flops]).toEqual([[1, 16, 24, 24], 6416, 7_372_800]);
    expect([row('4').outputShape, row('4').flops]).toEqual([[1, 9216], 0]);
    expect([row('5').parameters, row('5').flops]).toEqual([1_106_040, 2_211_840]);
    expect(summary.totalParameters).toBe(1_124_686);
    // + fc2 2 * 120 * 84 = 20,160 and fc3 2 * 84 * 10 = 1,680
    expect(summary.totalFlops).toBe(11_488_080);
  });

  it('counts BatchNorm2d, MaxPool2d and GlobalAvgPool2d', () => {
    const rng = new Rng(4);
    const model = new Sequential(
      new Conv2d(3, 8, 3, { rng, padding: 1 }), new BatchNorm2d(8), new ReLU(),
      new MaxPool2d(2), new GlobalAvgPool2d(), new Linear(8, 10, { rng }),
    );
    const summary = summarize(model, [2, 3, 8, 8]);
    expect(summary.layers.map((l) => [l.outputShape, l.parameters, l.flops])).toEqual([
      [[2, 8, 8, 8], 224, 27_648], // 2 * 8 * 8 * 8 * 3 * 9
      [[2, 8, 8, 8], 16, 1024], // a scale and a shift per value
      [[2, 8, 8, 8], 0, 0],
      [[2, 8, 4, 4], 0, 512], // 4 comparisons per output value
      [[2, 8], 0, 128], // one addition per input value
      [[2, 10], 90, 160],
    ]);
  });

  it('names layers inside nested Sequentials by their index path', () => {
    const rng = new Rng(2);
    const model = new Sequential(new Linear(4, 3, { rng }), new Sequential(new ReLU(), new Linear(3, 2, { rng, bias: false })));
    expect(summarize(model, [1, 4]).layers.map((l) => l.name)).toEqual(['0', '1.0', '1.1']);
  });

  it('counts a convolution as 2 Cout Hout Wout Cin kH kW per image from its fields', () => {
    // 3 → 8 channels, 3x3 kernel, padding 1 on 32x32: output [2, 8, 32, 32]; 2 * 8 * 32 * 32 * 3 * 9 = 442,368
    const summary = summarize(new Sequential(new FakeConv(3, 8, 3, [1, 1])), [2, 3, 32, 32]);
    expect(summary.layers[0].outputShape).toEqual([2, 8, 32, 32]);
    expect(summary.layers[0].flops).toBe(442_368);
    expect(summary.layers[0].parameters).toBe(8 * 3 * 9);
  });

  it('counts BatchNorm, pooling and layers that report their own FLOPs by their fields', () => {
    const base = { forward: (x: Tensor) => x, backward: (d: Tensor) => d, parameters: () => [] };
    // BatchNorm in evaluation: a scale and a shift per element.
    expect(layerFlops({ ...base, numFeatures: 4, runningMean: Tensor.zeros([4]) } as Module, [2, 4, 5, 5], [2, 4, 5, 5])).toBe(200);
    // Pooling: kH * kW comparisons or additions per output value (2x2 windows over [4, 16, 16] -> [4, 8, 8]).
    expect(layerFlops({ ...base, kernelSize: [2, 2], stride: [2, 2] } as Module, [1, 4, 16, 16], [1, 4, 8, 8])).toBe(1024);
    expect(layerFlops({ ...base, flops: () => 77 } as Module, [1, 3], [1, 3])).toBe(77);
    expect(layerFlops(new ReLU(), [1, 3], [1, 3])).toBe(0);
  });

  it('rejects an input shape without a batch size', () => {
    expect(() => summarize(sineMlp(), [])).toThrow('summarize: inputShape must start with a batch size N >= 1, got []');
  });
});

describe('formatSummary', () => {
  it('prints an aligned table with totals', () => {
    const text = formatSummary(summarize(sineMlp(), [1, 1]));
    expect(text).toBe(
      [
        'Input shape: [1, 1]',
        '--------------------------------------------------',
        'Layer                Output shape   Params   FLOPs',
        '--------------------------------------------------',
        '0: Linear(1 → 16)    [1, 16]            32      32',
        '1: Tanh()            [1, 16]             0       0',
        '2: Linear(16 → 16)   [1, 16]           272     512',
        '3: Tanh()            [1, 16]             0       0',
        '4: Linear(16 → 16)   [1, 16]           272     512',
        '5: Tanh()            [1, 16]             0       0',
        '6: Linear(16 → 1)    [1, 1]             17      32',
        '--------------------------------------------------',
        'Total parameters: 593',
        'FLOPs per sample: 1,088',
      ].join('\n'),
    );
  });

  it('groups digits the same way on every host', () => {
    const text = formatSummary(summarize(new Sequential(new FakeConv(64, 64, 3, [1, 1])), [1, 64, 16, 16]));
    expect(text).toContain('FLOPs per sample: 18,874,368');
    expect(text).toContain('Total parameters: 36,864');
  });
});
