// Tests that need something outside the repository (../shared's real data, Debian's PyTorch): on a
// developer's machine without it they are skipped with a warning; under CI=true they run and fail
// with the reason, so a missing prerequisite is never silent where it matters.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

export interface Prerequisite {
  /** Pass to describe.skipIf / it.skipIf: true only outside CI, when the prerequisite is missing. */
  skip: boolean;
  /** Call first in the tests (or beforeAll): throws, naming what is missing, when it is. */
  check(): void;
}

export function prerequisite(what: string, present: boolean, howToGet: string): Prerequisite {
  if (!present && !IN_CI) console.warn(`skipped: ${what} is missing (${howToGet})`);
  return {
    skip: !present && !IN_CI,
    check: () => {
      if (!present) throw new Error(`${what} is missing: ${howToGet}`);
    },
  };
}

/** A file under ../shared (the shared real data beside the repository). */
export function sharedFile(...parts: string[]): { path: string; needed: Prerequisite } {
  const path = resolve(process.cwd(), '..', 'shared', ...parts);
  return { path, needed: prerequisite(path, existsSync(path), 'tests reach the shared data as ../shared beside the repository; see /work/shared/README.md') };
}
