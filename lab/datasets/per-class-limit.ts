// Keeps at most N images of each class in each split (the `limitPerClass` import option, for quick
// tests and small classroom machines). The first N met in source order are kept, so a given archive
// always yields the same slice.
import type { SplitName } from './cifar10-format';

export class PerClassLimit {
  private readonly counts = new Map<string, number>();

  constructor(private readonly limit: number | null) {
    if (limit !== null && (!Number.isInteger(limit) || limit < 1)) throw new Error(`limitPerClass must be a positive integer, got ${limit}`);
  }

  /** Counts the image in and says whether to keep it. */
  take(split: SplitName, classKey: string | number): boolean {
    if (this.limit === null) return true;
    const key = `${split}/${classKey}`;
    const seen = this.counts.get(key) ?? 0;
    if (seen >= this.limit) return false;
    this.counts.set(key, seen + 1);
    return true;
  }
}
