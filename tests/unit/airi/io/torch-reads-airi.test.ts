// The other direction: a file airi writes opens in PyTorch, with the same weights and outputs.
// Needs Debian's python3-torch at /usr/bin/python3 (skipped without it). Debian has no
// python3-safetensors, so the Python side parses the file with json + struct + torch.frombuffer,
// exactly as the format defines it, and then loads it with load_state_dict(strict=True).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linear, Rng, Sequential, Tanh, Tensor, saveSafetensors, stateDict } from '../../../../airi/index';

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
model = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1))
model.load_state_dict(state, strict=True)
x = torch.tensor(json.loads(sys.argv[2]))
with torch.no_grad():
    print(json.dumps({'metadata': meta, 'output': model(x).flatten().tolist()}))
`;

describe.skipIf(!hasTorch())('PyTorch reads airi files', () => {
  it('loads an airi state dict into torch.nn.Sequential and computes the same outputs', () => {
    const rng = new Rng(5);
    const model = new Sequential(new Linear(2, 3, { rng }), new Tanh(), new Linear(3, 1, { rng }));
    const input = [[0.5, -1], [2, 0.25]];
    const expected = model.forward(Tensor.fromArray(input.flat(), [2, 2]));
    const dir = mkdtempSync(join(tmpdir(), 'airi-safetensors-'));
    try {
      const file = join(dir, 'mlp.safetensors');
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
