// The CIFAR-10 importers (binary .tar.gz and .tar, image-folder .tar, plain folders) against hostile
// and careless input: the defects the classroom issue found, one test each, then a seeded fuzz of a
// few hundred mutated inputs per importer. Every input is accepted as a real dataset or refused with
// a DatasetImportError naming the file; never another error, a hang, runaway memory, or a changed cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { DatasetImportError } from '../../lab/datasets/dataset-import-error';
import { cacheRoot } from '../../lab/datasets/cifar10-cache';
import { importCifar10 } from '../../lab/datasets/import-cifar10';
import { encodeImage, makeImages, packTar, writeBinaryLayout, writeImageFolders } from '../integration/datasets/cifar-fixtures';
import { makeTempHome } from '../helpers/temp-home';
import { mutatedInputs, runFuzz, type FuzzTally, type Mutated } from './mutations-and-runner';

const MB = 1 << 20;

let home: ReturnType<typeof makeTempHome>;
let dataDir: string;
/** The smallest whole sources: 1 image per class per split, in every layout. */
const valid: Record<'binaryGz' | 'binaryTar' | 'pngTar', Uint8Array> = { binaryGz: new Uint8Array(), binaryTar: new Uint8Array(), pngTar: new Uint8Array() };
let binaryFolder: string;
const tallies: Record<string, FuzzTally> = {};

/** Imports `path`, noting the furthest byte the reader reached. */
async function importWatching(path: string): Promise<{ result?: Awaited<ReturnType<typeof importCifar10>>; error?: unknown; bytesRead: number }> {
  let bytesRead = 0;
  const onProgress = (done: number, _total: number, phase: string) => {
    if (phase === 'reading') bytesRead = Math.max(bytesRead, done);
  };
  try {
    return { result: await importCifar10(path, { dataDir, force: true, makeCurrent: false, onProgress }), bytesRead };
  } catch (error) {
    return { error, bytesRead };
  }
}

function expectRefusal(error: unknown, source: string, reason: RegExp): void {
  expect(error).toBeInstanceOf(DatasetImportError);
  const message = (error as Error).message;
  expect(message).toContain(basename(source));
  expect(message).toMatch(reason);
  expect([...message].filter((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)).toEqual([]);
}

beforeAll(async () => {
  home = makeTempHome('airi-lab-fuzz-');
  dataDir = join(home.dir, 'data');
  const train = makeImages(1, 1);
  const test = makeImages(1, 2);
  const binaryRoot = join(home.dir, 'binary');
  binaryFolder = writeBinaryLayout(binaryRoot, train, test);
  valid.binaryGz = readFileSync(await packTar(binaryRoot, ['cifar-10-batches-bin'], join(home.dir, 'binary.tar.gz'), true));
  valid.binaryTar = readFileSync(await packTar(binaryRoot, ['cifar-10-batches-bin'], join(home.dir, 'binary.tar'), false));
  const pngRoot = join(home.dir, 'png');
  await writeImageFolders(pngRoot, { train, test }, 'png');
  valid.pngTar = readFileSync(await packTar(pngRoot, ['train', 'test'], join(home.dir, 'png.tar'), false));
});

afterAll(() => {
  home.remove();
  console.log(`fuzz tallies: ${JSON.stringify(tallies)}`);
});

describe('importer defects found in the classroom', () => {
  it('an all-zero 64 MB file is refused after reading its first chunk, in flat memory', async () => {
    const zeros = join(home.dir, 'cifar-10-binary.tar');
    writeFileSync(zeros, new Uint8Array(64 * MB));
    const rssBefore = process.memoryUsage().rss;
    const { error, bytesRead } = await importWatching(zeros);
    expectRefusal(error, zeros, /truncated or corrupt|holds no files/);
    expect(bytesRead).toBeLessThanOrEqual(1 * MB);
    expect((process.memoryUsage().rss - rssBefore) / MB).toBeLessThan(48);
  });

  it('a valid archive followed by 64 MB of zeros is read only up to its end blocks', async () => {
    const padded = join(home.dir, 'padded.tar');
    const bytes = new Uint8Array(valid.binaryTar.length + 64 * MB);
    bytes.set(valid.binaryTar);
    writeFileSync(padded, bytes);
    const { result, error, bytesRead } = await importWatching(padded);
    expect(error).toBeUndefined();
    expect(result!.manifest.splits.train.count).toBe(10);
    expect(bytesRead).toBeLessThanOrEqual(valid.binaryTar.length + 1 * MB);
  });

  it('a folder with Latin-1 file names (old Windows archives) imports', async () => {
    const root = join(home.dir, 'latin1');
    await writeImageFolders(root, { train: makeImages(1, 3), test: makeImages(1, 4) }, 'png');
    // "avião.png" in Latin-1: not valid UTF-8, so a UTF-8 round trip of the name loses the file.
    const folder = Buffer.from(join(root, 'train', 'airplane'));
    const latin1 = Buffer.concat([folder, Buffer.from('/avi'), Buffer.from([0xe3]), Buffer.from('o.png')]);
    writeFileSync(latin1, readFileSync(join(root, 'train', 'airplane', '0000.png')));
    rmSync(join(root, 'train', 'airplane', '0000.png'));
    const { result, error } = await importWatching(root);
    expect(error).toBeUndefined();
    expect(result!.manifest.splits.train.count).toBe(10);
  });

  it('empty binary batches are refused, naming the batch', async () => {
    const root = join(home.dir, 'empty-batches');
    const folder = writeBinaryLayout(root, [], [], {});
    const { error } = await importWatching(folder);
    expectRefusal(error, folder, /data_batch_1\.bin: is empty/);
  });

  it('an image claiming 16,000 × 16,000 pixels is refused from its header, naming it', async () => {
    const root = join(home.dir, 'huge-png');
    await writeImageFolders(root, { train: makeImages(1, 5), test: makeImages(1, 6) }, 'png');
    const png = Buffer.from(await encodeImage(makeImages(1, 7)[0].chw, 'png'));
    png.writeUInt32BE(16000, 16);
    png.writeUInt32BE(16000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29); // IHDR's CRC covers its type and data
    writeFileSync(join(root, 'train', 'cat', '0000.png'), png);
    const rssBefore = process.memoryUsage().rss;
    const { error } = await importWatching(root);
    expectRefusal(error, root, /train\/cat\/0000\.png: is 16000×16000/);
    expect((process.memoryUsage().rss - rssBefore) / MB).toBeLessThan(64);
  });

  it('a gzip checksum error blames the archive, not its last member', async () => {
    const bytes = valid.binaryGz.slice();
    bytes[bytes.length - 8] ^= 0xff; // the CRC-32 in gzip's trailer
    const archive = join(home.dir, 'bad-crc.tar.gz');
    writeFileSync(archive, bytes);
    const { error } = await importWatching(archive);
    expectRefusal(error, archive, /gzip: incorrect data check/);
    expect((error as DatasetImportError).member).toBeNull();
  });

  it('names with escape sequences and newlines are printed escaped', async () => {
    const root = join(home.dir, 'escapes');
    const evil = 'bad\u001b[2J\nname.png';
    mkdirSync(join(root, 'train', 'dog'), { recursive: true });
    writeFileSync(join(root, 'train', 'dog', evil), 'not a png');
    const archive = await packTar(root, ['train'], join(home.dir, 'escapes.tar'), false);
    const { error } = await importWatching(archive);
    expectRefusal(error, archive, /bad\\u001b\[2J\\nname\.png/);
  });
});

describe('seeded fuzz of the CIFAR-10 importers', () => {
  async function fuzzArchive(name: string, kind: keyof typeof valid, count: number, seed: number): Promise<FuzzTally> {
    const path = join(home.dir, name);
    const root = cacheRoot(dataDir);
    const attempt = async (input: Mutated): Promise<'accepted' | 'refused'> => {
      writeFileSync(path, input.bytes);
      const before = readdirSync(root).sort().join();
      const { result, error } = await importWatching(path);
      if (result) {
        expect(result.manifest.classes).toHaveLength(10);
        expect(result.manifest.splits.train.count + result.manifest.splits.test.count).toBeGreaterThan(0);
        return 'accepted';
      }
      expectRefusal(error, path, /./);
      expect(readdirSync(root).sort().join()).toBe(before); // a refused import leaves the caches as they were
      return 'refused';
    };
    const tally = await runFuzz(mutatedInputs([valid[kind]], count, seed), attempt);
    tallies[name] = tally;
    expect(tally.peakGrowthMb).toBeLessThan(256);
    return tally;
  }

  it('binary .tar.gz: 200 inputs', async () => {
    const tally = await fuzzArchive('fuzz-binary.tar.gz', 'binaryGz', 200, 11);
    expect(tally.refused).toBeGreaterThan(100);
  });

  it('binary .tar: 200 inputs', async () => {
    const tally = await fuzzArchive('fuzz-binary.tar', 'binaryTar', 200, 12);
    expect(tally.refused).toBeGreaterThan(50);
  });

  it('image-folder .tar: 150 inputs', async () => {
    const tally = await fuzzArchive('fuzz-png.tar', 'pngTar', 150, 13);
    expect(tally.refused).toBeGreaterThan(50);
  });

  it('plain folder: 150 mutated batch files', async () => {
    const target = join(binaryFolder, 'data_batch_3.bin');
    const original = readFileSync(target);
    const attempt = async (input: Mutated): Promise<'accepted' | 'refused'> => {
      writeFileSync(target, input.bytes);
      const { result, error } = await importWatching(binaryFolder);
      if (result) return 'accepted';
      expectRefusal(error, binaryFolder, /data_batch_3\.bin/);
      return 'refused';
    };
    const tally = await runFuzz(mutatedInputs([original], 150, 14), attempt);
    writeFileSync(target, original);
    tallies['folder'] = tally;
    expect(tally.refused).toBeGreaterThan(50);
    expect(tally.peakGrowthMb).toBeLessThan(256);
  });
});
