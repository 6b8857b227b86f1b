// A real run store for a test file: a fresh data directory with a real SQLite file, opened before the
// tests (each test, or once for the file) and closed and removed after them.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openDatabase, type Db } from '../../lab/run-store/open-database';
import { RunStore } from '../../lab/run-store/run-store';
import { makeTempHome } from './temp-home';

export interface TempStore {
  /** The data directory (AIRI_LAB_HOME). */
  readonly dir: string;
  readonly db: Db;
  readonly store: RunStore;
}

export function useTempStore(scope: 'each' | 'all' = 'each'): TempStore {
  let current: (TempStore & { remove(): void }) | null = null;
  const open = () => {
    const home = makeTempHome();
    const db = openDatabase(join(home.dir, 'airi-lab.sqlite'));
    current = { dir: home.dir, db, store: new RunStore(db), remove: home.remove };
  };
  const close = () => {
    current?.db.close();
    current?.remove();
    current = null;
  };
  if (scope === 'each') {
    beforeEach(open);
    afterEach(close);
  } else {
    beforeAll(open);
    afterAll(close);
  }
  const ready = (): TempStore => {
    if (!current) throw new Error('the temporary store is open only inside tests and hooks');
    return current;
  };
  return {
    get dir() {
      return ready().dir;
    },
    get db() {
      return ready().db;
    },
    get store() {
      return ready().store;
    },
  };
}
