// Opens the SQLite file with the settings every process sharing it needs (WAL so the desktop app, the
// classroom server and the CLI can read while one writes) and brings its schema up to date.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** A better-sqlite3 binary built for this runtime's ABI (Electron); see README "Native modules". */
  nativeBinding?: string;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

export function sqliteVersion(db: Db): string {
  return (db.prepare('select sqlite_version() as v').get() as { v: string }).v;
}
