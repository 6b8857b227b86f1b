// A photo folder as lesson 8 reads it: the shared 84 cats (12 breeds) scanned into classes, a Latin-1
// file name found and opened, non-photos listed, and a seeded stratified split that is the same for a
// seed, different for another, and keeps every breed in train, validation and test.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanPhotoFolder } from '../../../lab/photo-folders/scan-photo-folder';
import { splitPhotos } from '../../../lab/photo-folders/split-photo-folder';
import { makeTempHome } from '../../helpers/temp-home';

const CATS = resolve(process.cwd(), '..', 'shared', 'datasets', 'oxford-pets-cats');

describe('photo folders', () => {
  const home = makeTempHome();
  afterAll(() => home.remove());

  it('reads the shared cats as 12 classes of 7, in alphabetical order', () => {
    const folder = scanPhotoFolder(CATS);
    expect(folder.classes).toHaveLength(12);
    expect([...folder.classes].sort()).toEqual(folder.classes);
    expect(folder.photos).toHaveLength(84);
    for (let c = 0; c < 12; c++) expect(folder.photos.filter((p) => p.label === c)).toHaveLength(7);
    expect(readFileSync(folder.photos[0].path).length).toBeGreaterThan(1000);
  });

  it('finds a Latin-1 name and lists what is not a photo', () => {
    const root = join(home.dir, 'fotos');
    mkdirSync(join(root, 'Siamês'), { recursive: true });
    mkdirSync(join(root, 'Persa'), { recursive: true });
    const [first] = scanPhotoFolder(CATS).photos;
    // "gato_siamês.jpg" as an old Windows archive would write it: ê is the single byte 0xEA.
    const latin1 = Buffer.concat([Buffer.from(join(root, 'Siamês') + '/gato_siam'), Buffer.from([0xea]), Buffer.from('s.jpg')]);
    copyFileSync(first.path, latin1);
    copyFileSync(first.path, join(root, 'Persa', 'persa.png'));
    writeFileSync(join(root, 'Persa', 'notas.txt'), 'not a photo');
    const folder = scanPhotoFolder(root);
    expect(folder.classes).toEqual(['Persa', 'Siamês']);
    expect(folder.photos.map((p) => p.name).sort()).toEqual(['Persa/persa.png', 'Siamês/gato_siam\ufffds.jpg']);
    expect(folder.skipped).toEqual(['Persa/notas.txt']);
    const opened = folder.photos.find((p) => p.label === 1);
    expect(opened && readFileSync(opened.path).equals(readFileSync(first.path))).toBe(true);
  });

  it('splits by class with a seed: every breed in each part, the same for a seed', () => {
    const { photos, classes } = scanPhotoFolder(CATS);
    const a = splitPhotos(photos, classes.length, 1337);
    expect(a.counts.every(([train, validation, test]) => train === 5 && validation === 1 && test === 1)).toBe(true);
    expect(a.train.length + a.validation.length + a.test.length).toBe(84);
    const names = (list: typeof photos) => list.map((p) => p.name).sort();
    expect(new Set([...names(a.train), ...names(a.validation), ...names(a.test)]).size).toBe(84);
    expect(names(splitPhotos(photos, classes.length, 1337).test)).toEqual(names(a.test));
    expect(names(splitPhotos(photos, classes.length, 7).test)).not.toEqual(names(a.test));
  });
});
