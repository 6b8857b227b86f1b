// Which better-sqlite3 native binary the desktop app loads. node_modules holds the build for plain Node
// (tests, the browser-mode server, the CLI); Electron has its own ABI, so in development it loads a second
// build that scripts/electron-native/sqlite.mjs keeps in .cache/electron-native/. Packaged apps need no
// override: electron-builder rebuilds node_modules/better-sqlite3 for Electron inside the package.
import { app } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Same layout as scripts/electron-native/sqlite.mjs: .cache/electron-native/<electron>-<platform>-<arch>/. */
export function cachedBindingPath(projectRoot: string): string {
  const key = `${process.versions.electron}-${process.platform}-${process.arch}`;
  return path.join(projectRoot, '.cache', 'electron-native', key, 'better_sqlite3.node');
}

/**
 * Returns the path for LabOptions.sqliteNativeBinding, or undefined to use node_modules' own build.
 * AIRI_SQLITE_BINDING (set by scripts/start.mjs) wins; `electron .` started by hand falls back to the cache.
 */
export function sqliteNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const fromEnv = process.env.AIRI_SQLITE_BINDING;
  if (fromEnv) return path.resolve(fromEnv);
  const cached = cachedBindingPath(app.getAppPath());
  return existsSync(cached) ? cached : undefined;
}
