// Importing train/<class>/ and test/<class>/ image folders, as a folder, a .tar and a .tar.gz made at
// test time: PNG pixels round-trip exactly, JPEG within compression error, labels follow the sorted
// class folders, grey images become RGB, and every form of the same images gives the same cache.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { CIFAR10_CLASSES, IMAGE_BYTES, PLANE_BYTES } from '../../../lab/datasets/cifar10-format';
import { importCifar10 } from '../../../lab/datasets/import-cifar10';
import { loadCifar10 } from '../../helpers/load-cifar10';
import { makeTempHome } from '../../helpers/temp-home';
import { makeImages, packTar, writeImageFolders } from './cifar-fixtures';

describe('importing image folders', () => {
  let home: ReturnType<typeof makeTempHome>;
  let dataDir: string;
  const train = makeImages(2, 3);
  const test = makeImages(1, 4);

  beforeEach(() => {
    home = makeTempHome('airi-lab-datasets-');
    dataDir = join(home.dir, 'data');
  });
  afterEach(() => home.remove());

  it('round-trips PNG pixels exactly from a .tar.gz, a .tar and the folder', async () => {
    const root = join(home.dir, 'cifar10-png');
    await writeImageFolders(root, { train, test }, 'png');
    const gz = await importCifar10(await packTar(root, ['train', 'test'], join(home.dir, 'png.tar.gz'), true), { dataDir });
    expect(gz.manifest.source.format).toBe('image-folder');
    expect(gz.decodedImages).toBe(30);
    expect(gz.manifest.classes).toEqual(CIFAR10_CLASSES);
    expect(gz.manifest.splits.train.perClass).toEqual(new Array(10).fill(2));

    const data = loadCifar10({ dataDir, verify: true });
    // Folder order is class folder, then file name: the fixture's order.
    expect(Array.from(data.train.labels)).toEqual(train.map((t) => t.label));
    train.forEach((t, i) => expect(Buffer.compare(data.train.images.subarray(i * IMAGE_BYTES, (i + 1) * IMAGE_BYTES), t.chw)).toBe(0));
    test.forEach((t, i) => expect(Buffer.compare(data.test.images.subarray(i * IMAGE_BYTES, (i + 1) * IMAGE_BYTES), t.chw)).toBe(0));

    const tarResult = await importCifar10(await packTar(root, ['train', 'test'], join(home.dir, 'png.tar'), false), { dataDir });
    const folderResult = await importCifar10(root, { dataDir });
    expect(tarResult.manifest.contentSha256).toBe(gz.manifest.contentSha256);
    expect(folderResult.manifest.contentSha256).toBe(gz.manifest.contentSha256);
    expect(folderResult.manifest.source.kind).toBe('folder');
  });

  it('does not decode again while the source is unchanged', async () => {
    const root = join(home.dir, 'imgs');
    await writeImageFolders(root, { train, test }, 'png');
    const archive = await packTar(home.dir, ['imgs'], join(home.dir, 'imgs.tar.gz'), true);
    const first = await importCifar10(archive, { dataDir });
    expect(first.decodedImages).toBe(30);
    const second = await importCifar10(archive, { dataDir });
    expect(second).toMatchObject({ reused: true, decodedImages: 0, cacheDir: first.cacheDir });
    expect(second.seconds).toBeLessThan(first.seconds);
  });

  it('decodes JPEGs within compression error, under a top-level folder', async () => {
    const root = join(home.dir, 'cifar10-jpg');
    await writeImageFolders(root, { train, test }, 'jpeg');
    const result = await importCifar10(await packTar(home.dir, ['cifar10-jpg'], join(home.dir, 'jpg.tar.gz'), true), { dataDir });
    expect(result.manifest.splits.train.count).toBe(20);
    expect(result.manifest.splits.test.count).toBe(10);
    const data = loadCifar10({ dataDir });
    expect(Array.from(data.test.labels)).toEqual(test.map((t) => t.label));
    // The fixture's pixels are high-frequency patterns, hard for JPEG: only the average error is small.
    let error = 0;
    for (let i = 0; i < IMAGE_BYTES; i++) error += Math.abs(data.train.images[i] - train[0].chw[i]);
    expect(error / IMAGE_BYTES).toBeLessThan(40);
  });

  it('makes grey images RGB and imports any class names, sorted', async () => {
    const root = join(home.dir, 'grey');
    const grey = Buffer.alloc(32 * 32, 0).map((_, p) => p & 255);
    const png = await sharp(grey, { raw: { width: 32, height: 32, channels: 1 } }).png().toBuffer();
    for (const [split, cls] of [['train', 'zebra'], ['train', 'ant'], ['test', 'zebra'], ['test', 'ant']]) {
      mkdirSync(join(root, split, cls), { recursive: true });
      writeFileSync(join(root, split, cls, 'a.png'), png);
    }
    const result = await importCifar10(root, { dataDir });
    expect(result.manifest.classes).toEqual(['ant', 'zebra']);
    const data = loadCifar10({ dataDir });
    expect(Array.from(data.train.labels)).toEqual([0, 1]);
    for (let c = 0; c < 3; c++) expect(data.train.images[c * PLANE_BYTES + 77]).toBe(77);
  });

  it('keeps the first N images of each class with limitPerClass', async () => {
    const root = join(home.dir, 'lim');
    await writeImageFolders(root, { train, test }, 'png');
    const result = await importCifar10(await packTar(root, ['train', 'test'], join(home.dir, 'lim.tar.gz'), true), { dataDir, limitPerClass: 1 });
    expect(result.decodedImages).toBe(20);
    expect(result.manifest.splits.train.perClass).toEqual(new Array(10).fill(1));
    const data = loadCifar10({ dataDir });
    expect(Buffer.compare(data.train.images.subarray(IMAGE_BYTES, 2 * IMAGE_BYTES), train[2].chw)).toBe(0);
  });
});
