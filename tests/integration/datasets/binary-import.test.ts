// Importing the official binary layout, packed as a .tar.gz at test time or as its extracted folder:
// counts, labels and pixels come back byte for byte, the cache is reused while the archive is
// unchanged, and progress is reported.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgv } from '../../../lab/cli/parse-argv';
import { loadCache } from '../../../lab/datasets/cifar10-cache';
import { CIFAR10_CLASSES, IMAGE_BYTES } from '../../../lab/datasets/cifar10-format';
import { datasetsImportCommand } from '../../../lab/cli/datasets-import-command';
import { importCifar10, type ImportPhase } from '../../../lab/datasets/import-cifar10';
import { loadCifar10 } from '../../helpers/load-cifar10';
import { makeTempHome } from '../../helpers/temp-home';
import { makeImages, packTar, writeBinaryLayout, type FixtureImage } from './cifar-fixtures';

function expectSameImages(split: { count: number; images: Uint8Array; labels: Uint8Array }, expected: readonly FixtureImage[]): void {
  expect(split.count).toBe(expected.length);
  expect(Array.from(split.labels)).toEqual(expected.map((e) => e.label));
  expected.forEach((e, i) => expect(Buffer.compare(split.images.subarray(i * IMAGE_BYTES, (i + 1) * IMAGE_BYTES), e.chw)).toBe(0));
}

describe('importing the CIFAR-10 binary release', () => {
  let home: ReturnType<typeof makeTempHome>;
  let dataDir: string;
  const train = makeImages(3, 1);
  const test = makeImages(1, 2);

  beforeEach(() => {
    home = makeTempHome('airi-lab-datasets-');
    dataDir = join(home.dir, 'data');
  });
  afterEach(() => home.remove());

  it('decodes a .tar.gz into the cache and loads it back byte for byte', async () => {
    writeBinaryLayout(home.dir, train, test);
    const archive = await packTar(home.dir, ['cifar-10-batches-bin'], join(home.dir, 'cifar-10-binary.tar.gz'), true);
    const phases = new Set<ImportPhase>();
    let lastRead = 0;
    const result = await importCifar10(archive, {
      dataDir,
      onProgress: (done, total, phase) => {
        phases.add(phase);
        if (phase === 'reading') lastRead = done / total;
      },
    });
    expect(result.reused).toBe(false);
    expect(result.manifest.source.format).toBe('binary');
    expect(result.manifest.splits.train.count).toBe(30);
    expect(result.manifest.splits.train.perClass).toEqual(new Array(10).fill(3));
    expect(result.manifest.splits.test.count).toBe(10);
    expect(result.manifest.classes).toEqual(CIFAR10_CLASSES);
    expect([...phases]).toEqual(['scanning', 'reading', 'writing']);
    expect(lastRead).toBe(1);
    expect(result.cacheDir.startsWith(join(dataDir, 'datasets', 'cifar10'))).toBe(true);

    const data = loadCifar10({ dataDir, verify: true });
    expect(data.cacheDir).toBe(result.cacheDir);
    expectSameImages(data.train, train);
    expectSameImages(data.test, test);
  });

  it('reuses the cache while the archive is unchanged and re-imports when it changes', async () => {
    writeBinaryLayout(home.dir, train, test);
    const archive = await packTar(home.dir, ['cifar-10-batches-bin'], join(home.dir, 'batches.tar.gz'), true);
    const first = await importCifar10(archive, { dataDir });
    const again = await importCifar10(archive, { dataDir });
    expect(again.reused).toBe(true);
    expect(again.cacheDir).toBe(first.cacheDir);
    expect(again.manifest.contentSha256).toBe(first.manifest.contentSha256);

    const forced = await importCifar10(archive, { dataDir, force: true });
    expect(forced.reused).toBe(false);
    expect(forced.manifest.contentSha256).toBe(first.manifest.contentSha256);

    // A newer archive at the same path gets a fresh cache; the superseded one is removed.
    utimesSync(archive, new Date(), new Date(Date.now() + 5000));
    const changed = await importCifar10(archive, { dataDir });
    expect(changed.reused).toBe(false);
    expect(changed.cacheDir).not.toBe(first.cacheDir);
    expect(existsSync(first.cacheDir)).toBe(false);
    expect(JSON.parse(readFileSync(join(dataDir, 'datasets', 'cifar10', 'current.json'), 'utf8'))).toEqual({ cacheId: changed.cacheId });
  });

  it('imports the extracted folder and a plain .tar the same way', async () => {
    const folder = writeBinaryLayout(home.dir, train, test);
    const fromFolder = loadCache((await importCifar10(folder, { dataDir })).cacheDir);
    expect(fromFolder.manifest.source.kind).toBe('folder');
    expectSameImages(fromFolder.train, train);
    const tarFile = await packTar(home.dir, ['cifar-10-batches-bin'], join(home.dir, 'batches.tar'), false);
    const fromTar = await importCifar10(tarFile, { dataDir });
    expect(fromTar.manifest.contentSha256).toBe(fromFolder.manifest.contentSha256);
  });

  it('keeps the first N of each class with limitPerClass', async () => {
    writeBinaryLayout(home.dir, train, test);
    const archive = await packTar(home.dir, ['cifar-10-batches-bin'], join(home.dir, 'b.tar.gz'), true);
    const sliced = await importCifar10(archive, { dataDir, limitPerClass: 2 });
    expect(sliced.manifest.splits.train.perClass).toEqual(new Array(10).fill(2));
    expect(sliced.manifest.splits.test.perClass).toEqual(new Array(10).fill(1));
    expect(sliced.manifest.limitPerClass).toBe(2);
    const data = loadCifar10({ dataDir });
    expectSameImages(data.train, train.filter((_, i) => i % 3 !== 2));
  });
});

describe('lab datasets import (the function the CLI routes to)', () => {
  it('imports with --limit-per-class and reports JSON lines', async () => {
    const home = makeTempHome('airi-lab-datasets-');
    try {
      writeBinaryLayout(home.dir, makeImages(2, 7), makeImages(1, 8));
      const archive = await packTar(home.dir, ['cifar-10-batches-bin'], join(home.dir, 'c.tar.gz'), true);
      const lines: string[] = [];
      const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
        lines.push(String(chunk));
        return true;
      });
      let code: number;
      try {
        code = await datasetsImportCommand(parseArgv(['datasets', 'import', archive, '--limit-per-class', '1', '--json']), join(home.dir, 'data'));
      } finally {
        spy.mockRestore();
      }
      expect(code).toBe(0);
      const done = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((e) => e.event === 'done');
      expect(done).toMatchObject({ reused: false, train: 10, test: 10 });
      await expect(datasetsImportCommand(parseArgv(['datasets', 'import', archive, '--limit-per-class', 'x']), home.dir)).rejects.toThrow(/positive whole number/);
      await expect(datasetsImportCommand(parseArgv(['datasets', 'export']), home.dir)).rejects.toThrow(/usage: lab datasets import/);
    } finally {
      home.remove();
    }
  });
});
