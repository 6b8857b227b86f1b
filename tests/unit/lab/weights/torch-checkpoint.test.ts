// The .pth reader against files written by Debian's python3-torch (scripts/fixtures/generate-pth-fixtures.py):
// every value as torch saved it, both checkpoint layouts, weights that load by name into an airi net and
// give torch's output, a pickle that asks to run a shell command refused by name, and damaged files refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchNorm2d, Conv2d, Flatten, Linear, Rng, Sequential, Tensor, loadStateDict } from '../../../../airi';
import { CheckpointError, readTorchCheckpoint } from '../../../../lab/weights/torch-checkpoint';

const DIR = join(process.cwd(), 'tests', 'fixtures', 'pth');
const file = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, { shape: number[]; values: number[] }>;

function expectTensor(tensor: Tensor | undefined, name: string): void {
  const want = expected[name];
  expect(tensor, name).toBeDefined();
  expect(tensor?.shape, name).toEqual(want.shape.length ? want.shape : [1]);
  want.values.forEach((v, i) => expect(tensor?.data[i], `${name}[${i}]`).toBeCloseTo(Math.fround(v), 6));
}

describe('readTorchCheckpoint', () => {
  it.each(['tiny-net.pth', 'tiny-net-legacy.pth'])('reads every tensor of %s as torch saved it', (name) => {
    const tensors = readTorchCheckpoint(file(name));
    const names = ['0.weight', '0.bias', '1.weight', '1.bias', '1.running_mean', '1.running_var', '1.num_batches_tracked', '3.weight', '3.bias'];
    expect(Object.keys(tensors).sort()).toEqual([...names].sort());
    for (const n of names) expectTensor(tensors[n], n);
  });

  it('gathers strided views and converts double, half and int64 storages', () => {
    const tensors = readTorchCheckpoint(file('views.pth'));
    for (const n of ['transposed', 'slice', 'double', 'half', 'long', 'scalar']) expectTensor(tensors[n], n);
    expect(Array.from(tensors.transposed.data.slice(0, 4))).toEqual([0, 6, 12, 18]);
  });

  it("loads into an airi net by name and gives torch's eval output", () => {
    const rng = new Rng(1);
    const net = new Sequential(new Conv2d(3, 4, 3, { rng }), new BatchNorm2d(4), new Flatten(), new Linear(4, 2, { rng }));
    loadStateDict(net, readTorchCheckpoint(file('tiny-net.pth')));
    const probe = expected.__probe_output__;
    const input = Float32Array.from({ length: 54 }, (_, i) => -1 + (2 * i) / 53);
    const out = net.forward(new Tensor(input, [2, 3, 3, 3]), false);
    expect(out.shape).toEqual(probe.shape);
    probe.values.forEach((v, i) => expect(out.data[i]).toBeCloseTo(v, 5));
  });

  it('refuses a pickle that asks to run code, naming what it asked for, and runs nothing', () => {
    let caught: unknown;
    try {
      readTorchCheckpoint(file('runs-code.pth'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CheckpointError);
    expect((caught as CheckpointError).forbidden).toMatch(/^(posix|os|nt)\.system$/);
  });

  it.each([
    ['a text file', new TextEncoder().encode('these are not weights\n')],
    ['an empty file', new Uint8Array(0)],
    ['a truncated zip checkpoint', file('tiny-net.pth').subarray(0, 1500)],
    ['a truncated legacy checkpoint', file('tiny-net-legacy.pth').subarray(0, 900)],
  ])('refuses %s with a CheckpointError', (_what, bytes) => {
    expect(() => readTorchCheckpoint(bytes)).toThrow(CheckpointError);
  });
});
