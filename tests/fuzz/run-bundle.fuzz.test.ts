// Run bundles come from other people's computers (issue 11): truncated, bit-flipped, hostile (paths
// out of the run, links, a gzip bomb) or simply not bundles. Each must be refused with a BundleError
// (worded for the user by run-import.ts), never a crash, and never leave anything half-imported.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { create as createTar } from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiInputError } from '../../contract/guards';
import type { RunDetail } from '../../contract/runs';
import { openDatabase } from '../../lab/run-store/open-database';
import { BundleError, readBundle, writeBundle } from '../../lab/runs/run-bundle';
import { importBundle } from '../../lab/runs/run-import';

const work = mkdtempSync(join(tmpdir(), 'airi-bundle-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const RUN: RunDetail = {
  id: 'mxyz0001-abcdef0123', lessonId: 'sine', status: 'completed', hyperparameters: { epochs: 1, seed: 4 }, seed: 4,
  appVersion: '0.1.0', createdAt: '2026-12-01T10:00:00.000Z', finishedAt: '2026-12-01T10:00:05.000Z', metrics: { testMse: 0.003 },
  error: null, errorInfo: null, name: 'ana', tags: ['week 2'], note: '', rerunOf: null,
  series: [{ name: 'loss', steps: [1, 2, 3], values: [0.5, 0.25, 0.125] }], artifacts: { fit: { kind: 'sine-fit' } },
};

/** A seeded generator, so a failing case can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

async function validBundle(): Promise<Uint8Array> {
  const folder = join(work, 'run-folder');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'model.safetensors'), Buffer.alloc(64, 7));
  return writeBundle(RUN, folder, '0.1.0');
}

/** A .tar.gz of the given entries, written by the tar library exactly as named (even ../x). */
async function hostileTar(build: (dir: string) => string[]): Promise<Uint8Array> {
  const dir = mkdtempSync(join(work, 'tar-'));
  const names = build(dir);
  const out = join(dir, 'out.tar');
  await createTar({ cwd: dir, file: out, portable: true, preservePaths: true }, names);
  const { readFileSync } = await import('node:fs');
  return gzipSync(readFileSync(out));
}

async function refusalOf(bytes: Uint8Array, limits?: Parameters<typeof readBundle>[1]): Promise<BundleError['kind'] | 'accepted'> {
  try {
    await readBundle(bytes, limits);
    return 'accepted';
  } catch (error) {
    if (error instanceof BundleError) return error.kind;
    throw error;
  }
}

describe('run bundle reader under hostile input', () => {
  it('reads a bundle it wrote', async () => {
    const bundle = await readBundle(await validBundle());
    expect(bundle.manifest.run.id).toBe(RUN.id);
    expect(bundle.series).toEqual(RUN.series);
    expect([...bundle.files.keys()]).toEqual(['files/model.safetensors']);
  });

  it('refuses every truncation as unreadable', async () => {
    const bytes = await validBundle();
    const next = rng(1);
    for (let i = 0; i < 60; i++) {
      const cut = Math.floor(next() * bytes.length);
      expect(await refusalOf(bytes.subarray(0, cut))).toBe('unreadable');
    }
  });

  it('refuses flipped bytes without crashing', async () => {
    const bytes = await validBundle();
    const next = rng(2);
    for (let i = 0; i < 120; i++) {
      const copy = Uint8Array.from(bytes);
      for (let k = 0; k < 1 + Math.floor(next() * 4); k++) copy[Math.floor(next() * copy.length)] ^= 1 + Math.floor(next() * 255);
      expect(['unreadable', 'unsafe-entry', 'accepted']).toContain(await refusalOf(copy));
    }
  });

  it('refuses random bytes and other archives', async () => {
    const next = rng(3);
    for (let i = 0; i < 30; i++) {
      const noise = Uint8Array.from({ length: 1 + Math.floor(next() * 4000) }, () => Math.floor(next() * 256));
      expect(await refusalOf(noise)).toBe('unreadable');
      expect(await refusalOf(gzipSync(noise))).toBe('unreadable');
    }
    expect(await refusalOf(await hostileTar((dir) => (writeFileSync(join(dir, 'notes.txt'), 'hi'), ['notes.txt'])))).toBe('unsafe-entry');
  });

  it('refuses entries that point outside the run, links and directories', async () => {
    const escape = await hostileTar((dir) => {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'evil'), 'x');
      return ['a/../evil'];
    });
    expect(await refusalOf(escape)).toBe('unsafe-entry');
    const files = await hostileTar((dir) => {
      mkdirSync(join(dir, 'files', 'deep'), { recursive: true });
      writeFileSync(join(dir, 'files', 'deep', 'x'), 'x');
      return ['files/deep/x'];
    });
    expect(await refusalOf(files)).toBe('unsafe-entry');
    const { symlinkSync } = await import('node:fs');
    const link = await hostileTar((dir) => {
      mkdirSync(join(dir, 'files'));
      symlinkSync('/etc/passwd', join(dir, 'files', 'model.safetensors'));
      return ['files/model.safetensors'];
    });
    expect(await refusalOf(link)).toBe('unsafe-entry');
  });

  it('stops a gzip bomb at the expanded-size limit', async () => {
    const bomb = gzipSync(Buffer.alloc(4 << 20));
    expect(await refusalOf(bomb, { compressedBytes: 1 << 20, expandedBytes: 1 << 20, entries: 10 })).toBe('too-large');
    expect(await refusalOf(await validBundle(), { compressedBytes: 100, expandedBytes: 1 << 20, entries: 10 })).toBe('too-large');
  });

  it('imports nothing at all from a damaged bundle, and all of a good one', async () => {
    const home = mkdtempSync(join(work, 'home-'));
    const db = openDatabase(join(home, 'airi-lab.sqlite'));
    const bytes = await validBundle();
    const next = rng(4);
    for (let i = 0; i < 20; i++) {
      const cut = bytes.subarray(0, Math.floor(next() * bytes.length));
      await expect(importBundle(db, home, cut, 'ana.airi-run.tar.gz')).rejects.toBeInstanceOf(ApiInputError);
    }
    expect(db.prepare('select count(*) as n from runs').get()).toEqual({ n: 0 });
    expect(db.prepare('select count(*) as n from run_metrics').get()).toEqual({ n: 0 });
    expect(existsSync(join(home, 'runs')) ? readdirSync(join(home, 'runs')) : []).toEqual([]);
    const imported = await importBundle(db, home, bytes, 'ana.airi-run.tar.gz');
    expect(imported).toEqual({ fileName: 'ana.airi-run.tar.gz', runId: RUN.id, alreadyThere: false });
    expect(readdirSync(join(home, 'runs'))).toEqual([RUN.id]);
    expect(db.prepare('select count(*) as n from run_metrics').get()).toEqual({ n: 3 });
    db.close();
  });
});
