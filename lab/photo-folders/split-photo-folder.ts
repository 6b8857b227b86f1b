// Train / validation / test split of a photo folder, stratified by class and shuffled by a seed, as
// the notebook's split-folders did (80/10/10, seed 1337), so a model is chosen on validation and
// tested once on test. Unlike split-folders' floors, every class with three or more photos keeps at
// least one photo for validation and one for test, so a small class (7 cats of a breed) still counts.
import { Rng } from '../../airi';
import type { FolderPhoto } from './scan-photo-folder';

export interface SplitRatios {
  train: number;
  validation: number;
  test: number;
}
export const DEFAULT_SPLIT: SplitRatios = { train: 0.8, validation: 0.1, test: 0.1 };

export interface PhotoSplit {
  train: FolderPhoto[];
  validation: FolderPhoto[];
  test: FolderPhoto[];
  /** Per class: [train, validation, test] counts, for the table the lesson shows. */
  counts: [number, number, number][];
}

/** How many of `n` photos go to validation and test (train takes the rest). */
function sizes(n: number, ratios: SplitRatios): [number, number] {
  const total = ratios.train + ratios.validation + ratios.test;
  let validation = Math.floor((n * ratios.validation) / total);
  let test = Math.floor((n * ratios.test) / total);
  if (n >= 3 && ratios.validation > 0) validation = Math.max(1, validation);
  if (n >= 3 && ratios.test > 0) test = Math.max(1, test);
  return [validation, test];
}

export function splitPhotos(photos: FolderPhoto[], classCount: number, seed: number, ratios: SplitRatios = DEFAULT_SPLIT): PhotoSplit {
  const rng = new Rng(seed);
  const split: PhotoSplit = { train: [], validation: [], test: [], counts: [] };
  for (let label = 0; label < classCount; label++) {
    const members = photos.filter((p) => p.label === label);
    // Fisher-Yates with the run's Rng: the same seed gives the same split on every machine.
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(rng.uniform() * (i + 1));
      [members[i], members[j]] = [members[j], members[i]];
    }
    const [validation, test] = sizes(members.length, ratios);
    split.validation.push(...members.slice(0, validation));
    split.test.push(...members.slice(validation, validation + test));
    split.train.push(...members.slice(validation + test));
    split.counts.push([members.length - validation - test, validation, test]);
  }
  return split;
}
