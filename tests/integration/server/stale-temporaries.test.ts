// What killed processes leave behind: a half-written weights file and an import's temporary folder
// are swept when the lab starts (only those whose writer is gone), and weights are written through a
// temporary file, so the target is whole or absent, never 0 bytes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLab } from '../../../lab/app/create-lab';
import { writeFileAtomic } from '../../../lab/run-store/atomic-file';
import { makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';

/** A pid that certainly exited: a child process that already ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('temporaries of killed processes', () => {
  let home: ReturnType<typeof makeTempHome>;
  beforeEach(() => (home = makeTempHome()));
  afterEach(() => home.remove());

  it('are removed at start; a live writer\'s are kept', async () => {
    const dead = deadPid();
    const runDir = join(home.dir, 'runs', '0abc-1234');
    mkdirSync(runDir, { recursive: true });
    writeFileSync(join(runDir, `.model.safetensors.tmp-${dead}-0a1b2c3d`), new Uint8Array(1 << 20));
    writeFileSync(join(runDir, `.model.safetensors.tmp-${process.pid}-0a1b2c3d`), 'being written');
    writeFileSync(join(runDir, 'model.safetensors'), 'whole');
    const cache = join(home.dir, 'datasets', 'cifar10');
    const abandoned = join(cache, `.tmp-00ff-${dead}-12345678`);
    mkdirSync(abandoned, { recursive: true });
    writeFileSync(join(abandoned, 'train-images.bin'), new Uint8Array(4 << 20));

    const lab = await createLab({ mode: 'browser', dataDirectory: home.dir, workerScript: WORKER_SCRIPT });
    await lab.close();
    expect(readdirSync(runDir).sort()).toEqual([`.model.safetensors.tmp-${process.pid}-0a1b2c3d`, 'model.safetensors']);
    expect(existsSync(abandoned)).toBe(false);
  });

  it('writes a file whole through a temporary, leaving nothing else', () => {
    const target = join(home.dir, 'model.safetensors');
    writeFileSync(target, 'old');
    const bytes = new Uint8Array(3 << 20).fill(7);
    writeFileAtomic(target, bytes);
    expect(readFileSync(target).equals(Buffer.from(bytes))).toBe(true);
    expect(readdirSync(home.dir)).toEqual(['model.safetensors']);
    expect(() => writeFileAtomic(join(home.dir, 'missing', 'x.bin'), bytes)).toThrow();
    expect(readdirSync(home.dir)).toEqual(['model.safetensors']);
  });
});
