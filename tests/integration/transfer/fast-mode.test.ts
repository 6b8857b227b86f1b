// Lesson 8's fast mode on real photos: the shared 84 cats (12 breeds, 7 each) split 5/1/1 per breed
// with seed 1337, features from the frozen shared MobileNetV2, a new head trained in airi, chosen on
// validation and tested once. Chance is 1/12; the head must do far better, and a damaged photo in the
// folder is listed by name and skipped.
import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanPhotoFolder } from '../../../lab/photo-folders/scan-photo-folder';
import { splitPhotos } from '../../../lab/photo-folders/split-photo-folder';
import { photoFeatures } from '../../../lab/transfer/photo-features';
import { trainHead } from '../../../lab/transfer/train-head';
import { IMAGENET_224, inProcessBackbone } from '../../helpers/onnx-backbone';
import { SHARED_MODEL } from '../../helpers/onnx-fixtures';
import { makeTempHome } from '../../helpers/temp-home';

const CATS = resolve(process.cwd(), '..', 'shared', 'datasets', 'oxford-pets-cats');

describe('fast-mode transfer learning on the shared cats', () => {
  const home = makeTempHome();
  afterAll(() => home.remove());

  it('beats chance by far, choosing on validation and testing once', { timeout: 240_000 }, async () => {
    const folder = join(home.dir, 'cats');
    cpSync(CATS, folder, { recursive: true });
    const firstBreed = scanPhotoFolder(folder).classes[0];
    const damaged = join(folder, firstBreed, 'damaged.jpg');
    const good = scanPhotoFolder(folder).photos[0];
    writeFileSync(damaged, readFileSync(good.path).subarray(0, 600));
    copyFileSync(good.path, join(folder, firstBreed, 'notes.txt'));

    const scanned = scanPhotoFolder(folder);
    expect(scanned.skipped).toEqual([`${firstBreed}/notes.txt`]);
    const split = splitPhotos(scanned.photos, scanned.classes.length, 1337);
    const backbone = await inProcessBackbone(new Uint8Array(readFileSync(SHARED_MODEL)), IMAGENET_224, 'input');
    const started = performance.now();
    const [train, validation, test] = await Promise.all([split.train, split.validation, split.test].map((photos) => photoFeatures(photos, backbone)));
    const featureSeconds = (performance.now() - started) / 1000;
    const bad = [...train.bad, ...validation.bad, ...test.bad];
    expect(bad.map((b) => b.name)).toEqual([`${firstBreed}/damaged.jpg`]);
    expect(bad[0].error?.code).toMatch(/^photo-/);
    expect(train.dim).toBe(1280);

    const head = trainHead(train, validation, test, { classes: 12, epochs: 60, learningRate: 1e-3, weightDecay: 1e-4, batchSize: 16, seed: 1337 });
    const seconds = (performance.now() - started) / 1000;
    console.log(`fast mode on 84 cats: validation ${head.validationAccuracy.toFixed(3)} (epoch ${head.bestEpoch}), test ${head.testAccuracy.toFixed(3)}, features ${featureSeconds.toFixed(1)} s, total ${seconds.toFixed(1)} s`);
    expect(head.validationAccuracy).toBeGreaterThanOrEqual(0.4);
    expect(head.testAccuracy).toBeGreaterThanOrEqual(0.3);
    expect(head.testPredictions).toHaveLength(test.labels.length);
  });
});
