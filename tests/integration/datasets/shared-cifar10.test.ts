// The real thing: ../shared/datasets/cifar10-jpg.tar.gz (60,000 JPEGs) imported once into a temp
// data directory. Checks the counts, 5,000 training images per class, that the cache loads in well
// under a second and a batch comes out normalized, and prints the times. Without ../shared it is
// skipped with a warning on a developer's machine and fails under CI=true.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Rng } from '../../../airi';
import { CIFAR_AUGMENTATION } from '../../../lab/datasets/augmentation';
import { iterateBatches } from '../../../lab/datasets/batch-iterator';
import { CIFAR10_CLASSES } from '../../../lab/datasets/cifar10-format';
import { importCifar10, type ImportResult } from '../../../lab/datasets/import-cifar10';
import { loadCifar10 } from '../../helpers/load-cifar10';
import { fitPreprocessing } from '../../../lab/datasets/preprocessing';
import { sharedFile } from '../../helpers/prerequisites';
import { makeTempHome } from '../../helpers/temp-home';

const { path: SHARED, needed } = sharedFile('datasets', 'cifar10-jpg.tar.gz');

describe.skipIf(needed.skip)('the shared CIFAR-10 JPEG archive', () => {
  let home: ReturnType<typeof makeTempHome>;
  let dataDir: string;
  let result: ImportResult;

  beforeAll(async () => {
    needed.check();
    home = makeTempHome('airi-lab-cifar10-');
    dataDir = join(home.dir, 'data');
    result = await importCifar10(SHARED, { dataDir });
    console.log(`[datasets] imported ${SHARED}: ${result.decodedImages} images decoded in ${result.seconds.toFixed(1)} s`);
  }, 300_000);
  afterAll(() => home?.remove());

  it('holds 50,000 training and 10,000 test images, 5,000 and 1,000 per class', () => {
    const { manifest } = result;
    expect(result.decodedImages).toBe(60_000);
    expect(manifest.classes).toEqual(CIFAR10_CLASSES);
    expect(manifest.splits.train.count).toBe(50_000);
    expect(manifest.splits.test.count).toBe(10_000);
    expect(manifest.splits.train.perClass).toEqual(new Array(10).fill(5_000));
    expect(manifest.splits.test.perClass).toEqual(new Array(10).fill(1_000));
  });

  it('loads from the cache in well under a few seconds, and again without decoding', async () => {
    const started = performance.now();
    const data = loadCifar10({ dataDir });
    const loadSeconds = (performance.now() - started) / 1000;
    const again = await importCifar10(SHARED, { dataDir });
    console.log(`[datasets] cache load ${loadSeconds.toFixed(3)} s; second import found the cache in ${again.seconds.toFixed(3)} s`);
    expect(loadSeconds).toBeLessThan(3);
    expect(again).toMatchObject({ reused: true, decodedImages: 0 });
    expect(data.train.count).toBe(50_000);

    // The training set's channel statistics are CIFAR-10's well-known ones (JPEG shifts them a little).
    const preprocessing = fitPreprocessing('normalize', data.train);
    if (preprocessing.kind !== 'normalize') throw new Error('expected normalize');
    expect(preprocessing.stats.mean[0]).toBeCloseTo(0.4914, 2);
    expect(preprocessing.stats.std[2]).toBeCloseTo(0.2616, 1);
    const [batch] = iterateBatches(data.train, { batchSize: 128, preprocessing, shuffle: true, augmentation: CIFAR_AUGMENTATION, rng: new Rng(1) });
    expect(batch.x.length).toBe(128 * 3072);
    const mean = batch.x.reduce((a, b) => a + b, 0) / batch.x.length;
    expect(Math.abs(mean)).toBeLessThan(0.3);
  });
});
