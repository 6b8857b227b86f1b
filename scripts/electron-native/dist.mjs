// `npm run dist`: runs electron-builder without losing the plain-Node build of better-sqlite3.
//
// electron-builder (npmRebuild) rebuilds native modules for Electron in place, in the project's own
// node_modules, before it copies them into the package. Left alone, that would leave
// node_modules/better-sqlite3 built for Electron, and the tests, the browser-mode server and the CLI
// would fail with NODE_MODULE_VERSION errors until the next `npm rebuild`. So this wrapper saves the
// plain-Node binary first and puts it back afterwards, whether packaging worked or not.
// It also drops npm settings aimed at plain Node (a global `nodedir`) that would make that rebuild
// compile against Node's headers instead of Electron's, and clears @electron/rebuild's marker so the
// package is always rebuilt for the Electron it ships.
//
// Usage: node scripts/electron-native/dist.mjs [electron-builder arguments, e.g. --linux AppImage]
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const MODULE = path.join(ROOT, 'node_modules', 'better-sqlite3');
const RELEASE = path.join(MODULE, 'build', 'Release');
const BINARY = path.join(RELEASE, 'better_sqlite3.node');
const MARKER = path.join(RELEASE, '.forge-meta');
const PREBUILT_COPIES = path.join(MODULE, 'bin'); // @electron/rebuild also copies its build here
const BACKUP = path.join(ROOT, '.cache', 'electron-native', 'node-build');

/** The addon and its test extension: the .node files of the plain-Node build. */
const nodeFiles = (directory) => readdirSync(directory).filter((f) => f.endsWith('.node'));

function restore(hadPrebuiltCopies) {
  mkdirSync(RELEASE, { recursive: true });
  for (const file of nodeFiles(BACKUP)) copyFileSync(path.join(BACKUP, file), path.join(RELEASE, file));
  rmSync(MARKER, { force: true });
  if (!hadPrebuiltCopies) rmSync(PREBUILT_COPIES, { recursive: true, force: true });
  console.log('Restored the plain-Node build of better-sqlite3 in node_modules.');
}

if (!existsSync(BINARY)) {
  console.error(`${path.relative(ROOT, BINARY)} is missing: run "npm install" first.`);
  process.exit(1);
}
rmSync(BACKUP, { recursive: true, force: true });
mkdirSync(BACKUP, { recursive: true });
for (const file of nodeFiles(RELEASE)) copyFileSync(path.join(RELEASE, file), path.join(BACKUP, file));
rmSync(MARKER, { force: true });
const hadPrebuiltCopies = existsSync(PREBUILT_COPIES);

const env = { ...process.env };
for (const key of Object.keys(env)) {
  if (/^npm_config_(nodedir|target|target_arch|runtime|disturl|dist_url|build_from_source)$/i.test(key)) delete env[key];
}

const cli = require.resolve('electron-builder/cli.js');
const args = process.argv.slice(2);
// Building installers never uploads them unless asked to (a GH_TOKEN in the environment would).
if (!args.some((a) => a === '-p' || a.startsWith('--publish'))) args.push('--publish', 'never');
const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT, env, stdio: 'inherit' });
const forward = (signal) => child.kill(signal);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);
child.on('exit', (code, signal) => {
  restore(hadPrebuiltCopies);
  process.exitCode = code ?? (signal ? 1 : 0);
});
