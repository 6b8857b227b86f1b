// The airi side of imported torchvision weights: a state dict streamed to safetensors, committed into
// <data>/weights/<id>/, listed, found by architecture and loaded back into the airi net bit for bit;
// the file is the same bytes airi's own saveSafetensors writes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Rng, Tensor, efficientNetB0, loadSafetensors, saveSafetensors, stateDict } from '../../../../airi';
import type { ImportedWeights } from '../../../../contract/weights/imported-weights';
import { viewSafetensors, writeSafetensorsFile } from '../../../../lab/weights/safetensors-file';
import { WEIGHTS_FILE, WeightsLibrary } from '../../../../lab/weights/weights-library';

const folders: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'airi-weights-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const manifest = (id: string, importedAt: string): ImportedWeights => ({
  id, name: 'EfficientNet-B0 (3 classes)', architecture: 'efficientnet_b0', classes: 3, file: 'b0.pth', sha256: `${id}${'0'.repeat(48)}`,
  bytes: 1, params: 0, importedAt, onnxModelId: null, labelsSource: 'numbers',
});

describe('safetensors files of big state dicts', () => {
  it('streams the bytes airi\'s saveSafetensors writes, and views them back without copying', async () => {
    const tensors = { 'b.weight': new Tensor(Float32Array.of(1, 2, 3, 4, 5, 6), [2, 3]), 'a.bias': new Tensor(Float32Array.of(-1.5), [1]) };
    const path = join(tempDir(), 'w.safetensors');
    await writeSafetensorsFile(path, tensors, { architecture: 'x' });
    const bytes = new Uint8Array(readFileSync(path));
    expect(Buffer.from(bytes).equals(Buffer.from(saveSafetensors(tensors, { architecture: 'x' })))).toBe(true);
    const viewed = viewSafetensors(bytes);
    expect(viewed.metadata).toEqual({ architecture: 'x' });
    expect(Array.from(viewed.tensors['b.weight'].data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(viewed.tensors['b.weight'].data.buffer).toBe(bytes.buffer);
    expect(loadSafetensors(bytes).tensors['a.bias'].data[0]).toBe(-1.5);
  });
});

describe('WeightsLibrary', () => {
  it('commits, lists, finds and loads an imported EfficientNet-B0 into airi', async () => {
    const data = tempDir();
    const library = new WeightsLibrary(data);
    const source = efficientNetB0({ numClasses: 3, rng: new Rng(7) });
    const staging = library.staging();
    await writeSafetensorsFile(join(staging, WEIGHTS_FILE), stateDict(source));
    library.commit(staging, manifest('00000000000000aa', '2026-01-01T00:00:00Z'), ['a', 'b', 'c']);
    expect(library.list().map((w) => w.id)).toEqual(['00000000000000aa']);
    expect(library.find('efficientnet_b0')?.id).toBe('00000000000000aa');
    expect(library.find('vgg16')).toBeNull();
    expect(library.find('efficientnet_b0', 1000)).toBeNull();
    expect(library.labels('00000000000000aa')).toEqual(['a', 'b', 'c']);

    const { net } = await library.loadNet('00000000000000aa');
    const x = new Tensor(Float32Array.from({ length: 3 * 64 * 64 }, (_, i) => Math.sin(i)), [1, 3, 64, 64]);
    expect(Array.from(net.forward(x, false).data)).toEqual(Array.from(source.forward(x, false).data));
  }, 60_000);

  it('ignores unfinished imports, refuses unknown ids and removes', async () => {
    const data = tempDir();
    const library = new WeightsLibrary(data);
    library.staging();
    expect(library.list()).toEqual([]);
    library.sweep();
    await expect(library.loadNet('0123456789abcdef')).rejects.toMatchObject({ info: { code: 'weights-not-found' } });
    expect(library.get('../../etc')).toBeNull();
    const staging = library.staging();
    await writeSafetensorsFile(join(staging, WEIGHTS_FILE), {});
    library.commit(staging, manifest('00000000000000bb', '2026-01-02T00:00:00Z'), []);
    expect(library.remove('00000000000000bb')).toBe(true);
    expect(library.list()).toEqual([]);
  });
});
