// A CIFAR-10 import on the dataset import worker (what a training run with --data does, so the
// desktop app's main process never decodes or hashes 180 MB itself): the same cache as an import in
// this thread, progress relayed here, and errors that still name the file at fault.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCache } from '../../../lab/datasets/cifar10-cache';
import { importCifar10, type ImportPhase } from '../../../lab/datasets/import-cifar10';
import { importCifar10OffThread } from '../../../lab/datasets/import-off-thread';
import { IMPORT_WORKER_SCRIPT, makeTempHome } from '../../helpers/temp-home';
import { makeImages, packTar, writeBinaryLayout } from './cifar-fixtures';

describe('importing CIFAR-10 on a worker thread', () => {
  let home: ReturnType<typeof makeTempHome>;

  beforeEach(() => {
    home = makeTempHome('airi-lab-import-thread-');
  });
  afterEach(() => home.remove());

  it('builds the same cache as an import on this thread, relaying progress', async () => {
    writeBinaryLayout(home.dir, makeImages(3, 1), makeImages(1, 2));
    const archive = await packTar(home.dir, ['cifar-10-batches-bin'], join(home.dir, 'cifar-10-binary.tar.gz'), true);
    const phases = new Set<ImportPhase>();
    const offThread = await importCifar10OffThread(IMPORT_WORKER_SCRIPT, archive, {
      dataDir: join(home.dir, 'a'),
      onProgress: (_done, _total, phase) => phases.add(phase),
    });
    const here = await importCifar10(archive, { dataDir: join(home.dir, 'b') });
    expect(offThread.reused).toBe(false);
    expect(offThread.manifest.contentSha256).toBe(here.manifest.contentSha256);
    expect(offThread.manifest.splits).toEqual(here.manifest.splits);
    expect(phases.has('reading')).toBe(true);
    expect(loadCache(offThread.cacheDir, { verify: true }).train.count).toBe(30);
  });

  it('rejects with the import error, naming the missing source', async () => {
    const missing = join(home.dir, 'no-such.tar.gz');
    await expect(importCifar10OffThread(IMPORT_WORKER_SCRIPT, missing, { dataDir: home.dir }))
      .rejects.toMatchObject({ name: 'DatasetImportError', message: expect.stringContaining('no-such.tar.gz') });
  });

  it('fails clearly when the worker bundle is missing (npm run build not run)', async () => {
    await expect(importCifar10OffThread(join(home.dir, 'missing-worker.mjs'), join(home.dir, 'x'), { dataDir: home.dir }))
      .rejects.toThrow(/missing-worker\.mjs|Cannot find module/);
  });
});
