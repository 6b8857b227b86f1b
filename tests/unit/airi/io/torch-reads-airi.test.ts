// The other direction: a file airi writes opens in PyTorch, with the same weights and outputs.
// Needs Debian's python3-torch at /usr/bin/python3: skipped without it on a developer's machine, with a
// warning, but under CI=true it runs and fails, so a missing prerequisite is never silent there. Debian has no
// python3-safetensors, so the Python side parses the file with json + struct + torch.frombuffer,
// exactly as the format defines it, then loads it into the same torch.nn.Sequential, strictly.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prerequisite } from '../../../helpers/prerequisites';
import { BatchNorm2d, Conv2d, Flatten, Linear, MaxPool2d, ReLU, Rng, Sequential, Tensor, saveSafetensors, stateDict } from '../../../../airi/index';

const PYTHON = '/usr/bin/python3';

function hasTorch(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const READ_IN_TORCH = `
import json, struct, sys, torch
raw = open(sys.argv[1], 'rb').read()
n = struct.unpack('<Q', raw[:8])[0]
assert (8 + n) % 8 == 0 and raw[8:9] == b'{'
header = json.loads(raw[8:8 + n].decode('utf-8'))
meta = header.pop('__metadata__', {})
data = bytearray(raw[8 + n:])
state = {}
for name, info in header.items():
    assert info['dtype'] == 'F32'
    b, e = info['data_offsets']
    state[name] = torch.frombuffer(data[b:e], dtype=torch.float32).reshape(info['shape']).clone()
model = torch.nn.Sequential(
    torch.nn.Conv2d(2, 3, 3, padding=1), torch.nn.BatchNorm2d(3), torch.nn.ReLU(),
    torch.nn.MaxPool2d(2), torch.nn.Flatten(), torch.nn.Linear(12, 2))
# strict: every name and shape must match. airi keeps no num_batches_tracked, which BatchNorm's
# loader tolerates (it fills the counter in for older checkpoints).
model.load_state_dict(state, strict=True)
model.eval()
x = torch.tensor(json.loads(sys.argv[2])).reshape(2, 2, 4, 4)
with torch.no_grad():
    print(json.dumps({'metadata': meta, 'output': model(x).flatten().tolist()}))
`;

const torch = prerequisite('PyTorch for /usr/bin/python3', hasTorch(), 'apt install python3-torch (.ci/run installs it)');

describe.skipIf(torch.skip)('PyTorch reads airi files', () => {
  beforeAll(() => torch.check());

  it('loads an airi conv net (BatchNorm statistics included) into torch.nn.Sequential with the same outputs', () => {
    const rng = new Rng(5);
    const model = new Sequential(
      new Conv2d(2, 3, 3, { rng, padding: 1 }), new BatchNorm2d(3), new ReLU(),
      new MaxPool2d(2), new Flatten(), new Linear(12, 2, { rng }),
    );
    // Two training passes move the running statistics away from their initial 0 and 1.
    for (let i = 0; i < 2; i++) model.forward(Tensor.fromArray(Array.from({ length: 64 }, () => rng.normal(0.5, 2)), [2, 2, 4, 4]), true);
    const input = Array.from({ length: 64 }, () => rng.normal());
    const expected = model.forward(Tensor.fromArray(input, [2, 2, 4, 4]), false);
    const dir = mkdtempSync(join(tmpdir(), 'airi-safetensors-'));
    try {
      const file = join(dir, 'convnet.safetensors');
      writeFileSync(file, saveSafetensors(stateDict(model), { lesson: 'sine' }));
      const stdout = execFileSync(PYTHON, ['-c', READ_IN_TORCH, file, JSON.stringify(input)], { encoding: 'utf8' });
      const result = JSON.parse(stdout) as { metadata: Record<string, string>; output: number[] };
      expect(result.metadata).toEqual({ lesson: 'sine' });
      result.output.forEach((v, i) => expect(Math.abs(v - expected.data[i])).toBeLessThan(1e-6));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
