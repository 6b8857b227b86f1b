// Broken sources: each import fails with a DatasetImportError that names the archive or folder and
// the member at fault, and leaves the data directory (an earlier cache, current.json and the SQLite
// store) exactly as it was, with no temporary folders left behind.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { openDatabase } from '../../../lab/run-store/open-database';
import { DatasetImportError } from '../../../lab/datasets/dataset-import-error';
import { importCifar10 } from '../../../lab/datasets/import-cifar10';
import { loadCifar10 } from '../../helpers/load-cifar10';
import { makeTempHome } from '../../helpers/temp-home';
import { binaryRecords, makeImages, packTar, snapshotTree, writeBinaryLayout, writeImageFolders } from './cifar-fixtures';

describe('import errors', () => {
  let home: ReturnType<typeof makeTempHome>;
  let dataDir: string;
  let before: Record<string, string>;
  const train = makeImages(2, 5);
  const test = makeImages(1, 6);

  beforeEach(async () => {
    home = makeTempHome('airi-lab-datasets-');
    dataDir = join(home.dir, 'data');
    // A data directory in use: a store with a run's worth of tables and a good cache, made current.
    openDatabase(join(dataDir, 'airi-lab.sqlite')).close();
    const good = join(home.dir, 'good');
    await writeImageFolders(good, { train, test }, 'png');
    await importCifar10(good, { dataDir });
    before = snapshotTree(dataDir);
  });
  afterEach(() => home.remove());

  async function expectFailure(source: string, ...mentions: (string | RegExp)[]): Promise<DatasetImportError> {
    const error = await importCifar10(source, { dataDir }).then(
      () => {
        throw new Error(`importing ${source} should have failed`);
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatasetImportError);
    const message = (error as Error).message;
    expect(message).toContain(source);
    for (const m of mentions) {
      if (typeof m === 'string') expect(message).toContain(m);
      else expect(message).toMatch(m);
    }
    expect(snapshotTree(dataDir)).toEqual(before);
    return error as DatasetImportError;
  }

  async function pngArchive(name: string, splits: Parameters<typeof writeImageFolders>[1]): Promise<{ root: string; archive: string }> {
    const root = join(home.dir, name);
    await writeImageFolders(root, splits, 'png');
    return { root, archive: join(home.dir, `${name}.tar.gz`) };
  }

  it('a truncated .tar.gz', async () => {
    const { root, archive } = await pngArchive('cut', { train, test });
    await packTar(root, ['train', 'test'], archive, true);
    const bytes = readFileSync(archive);
    writeFileSync(archive, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expectFailure(archive, /truncated or corrupt/);
  });

  it('a truncated .tar names the member it broke off in', async () => {
    const { root } = await pngArchive('cut-tar', { train, test });
    const archive = await packTar(root, ['train', 'test'], join(home.dir, 'cut.tar'), false);
    const bytes = readFileSync(archive);
    // 100 bytes into the first image's data: its 512-byte header starts with its name.
    const header = bytes.indexOf('train/airplane/0000.png');
    writeFileSync(archive, bytes.subarray(0, header + 512 + 100));
    const error = await expectFailure(archive, 'train/airplane/0000.png', /truncated or corrupt/);
    expect(error.member).toBe('train/airplane/0000.png');
    // Cut inside a header, which the tar parser alone would take for a clean end.
    writeFileSync(archive, bytes.subarray(0, header + 300));
    await expectFailure(archive, /end-of-archive/);
  });

  it('a JPEG that does not decode', async () => {
    const { root, archive } = await pngArchive('badjpeg', { train, test });
    const jpeg = await sharp(Buffer.alloc(32 * 32 * 3, 90), { raw: { width: 32, height: 32, channels: 3 } }).jpeg().toBuffer();
    writeFileSync(join(root, 'train', 'cat', '0001.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    await packTar(root, ['train', 'test'], archive, true);
    const error = await expectFailure(archive, 'train/cat/0001.jpg', /does not decode/);
    expect(error.member).toBe('train/cat/0001.jpg');
  });

  it('a file that is not an image at all, in a folder source', async () => {
    const { root } = await pngArchive('notimage', { train, test });
    writeFileSync(join(root, 'test', 'dog', 'notes.txt'), 'not a picture');
    await expectFailure(root, 'test/dog/notes.txt', /does not decode/);
  });

  it('an image that is not 32×32', async () => {
    const { root, archive } = await pngArchive('big', { train, test });
    writeFileSync(join(root, 'train', 'ship', '0000.png'), await sharp(Buffer.alloc(64 * 48 * 3, 1), { raw: { width: 64, height: 48, channels: 3 } }).png().toBuffer());
    await packTar(root, ['train', 'test'], archive, true);
    await expectFailure(archive, 'train/ship/0000.png', /64×48/);
  });

  it('a binary batch with a cut-off record', async () => {
    const records = binaryRecords(train.slice(0, 4));
    writeBinaryLayout(home.dir, train, test, { override: { 'data_batch_3.bin': records.subarray(0, records.length - 100) } });
    const archive = await packTar(home.dir, ['cifar-10-batches-bin'], join(home.dir, 'wrong-size.tar.gz'), true);
    await expectFailure(archive, 'cifar-10-batches-bin/data_batch_3.bin', /not a whole number of 3073-byte records/);
  });

  it('a binary release without its test batch', async () => {
    writeBinaryLayout(home.dir, train, test, { omit: ['test_batch.bin'] });
    const archive = await packTar(home.dir, ['cifar-10-batches-bin'], join(home.dir, 'no-test.tar.gz'), true);
    await expectFailure(archive, /test_batch\.bin is missing/);
  });

  it('a missing test/ split', async () => {
    const { root, archive } = await pngArchive('no-test', { train });
    await packTar(root, ['train'], archive, true);
    const error = await expectFailure(archive, /test\/ split is missing/);
    expect(error.member).toBe('test');
  });

  it('a class folder missing from one split', async () => {
    const { root } = await pngArchive('no-frog', { train, test });
    rmSync(join(root, 'test', 'frog'), { recursive: true });
    const error = await expectFailure(root, 'test/frog', /class folder is missing/);
    expect(error.member).toBe('test/frog');
  });

  it('something that is not an archive, and a path that does not exist', async () => {
    const junk = join(home.dir, 'junk.tar.gz');
    writeFileSync(junk, 'this is not a tar archive, gzipped or not, at all. '.repeat(20));
    await expectFailure(junk, /truncated or corrupt/);
    await expectFailure(join(home.dir, 'nowhere.tar.gz'), /no such file or folder/);
    const empty = join(home.dir, 'empty');
    mkdirSync(empty);
    await expectFailure(empty, /neither the CIFAR-10 binary batches/);
  });

  it('a forced re-import of a source that broke in place keeps the old cache of that source', async () => {
    const { root, archive } = await pngArchive('in-place', { train, test });
    await packTar(root, ['train', 'test'], archive, true);
    const good = await importCifar10(archive, { dataDir });
    const snapshot = snapshotTree(dataDir);
    // Same path, size and time (so the same cache id), but damaged content.
    const { size, atime, mtime } = statSync(archive);
    writeFileSync(archive, Buffer.concat([readFileSync(archive).subarray(0, size - 64), Buffer.alloc(64, 0xff)]));
    utimesSync(archive, atime, mtime);
    await expect(importCifar10(archive, { dataDir, force: true })).rejects.toThrow(archive);
    expect(snapshotTree(dataDir)).toEqual(snapshot);
    expect(loadCifar10({ dataDir, verify: true }).manifest.contentSha256).toBe(good.manifest.contentSha256);
  });
});
