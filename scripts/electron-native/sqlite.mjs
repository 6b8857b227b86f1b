// Builds the second copy of better-sqlite3 that the desktop app loads in development.
//
// node_modules/better-sqlite3 stays built for plain Node (npm install compiles it): tests, the browser-mode
// server and the CLI load it. Electron embeds its own Node with a different ABI (NODE_MODULE_VERSION), so
// `npm start` needs a build for Electron too. Rebuilding node_modules in place would break the other side,
// so this copies the package to a staging folder, builds it there for Electron, and keeps only the binary:
//
//   .cache/electron-native/<electron version>-<platform>-<arch>/better_sqlite3.node  (+ build-info.json)
//
// Electron's main process gets that path (AIRI_SQLITE_BINDING → LabOptions.sqliteNativeBinding) and opens
// better-sqlite3 with { nativeBinding }. The JavaScript half of better-sqlite3 stays shared, so the cache is
// keyed by its version too. First a prebuilt binary (prebuild-install, a download); else a compile with
// node-gyp against Electron's headers (a download and a C++ toolchain). Packaged apps do not use this:
// electron-builder rebuilds native modules for Electron inside the package.
//
// Usage: node scripts/electron-native/sqlite.mjs [--force]   (scripts/start.mjs calls ensureElectronSqlite)
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(ROOT, 'package.json'));
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/** The cache folder for one Electron version, platform and architecture. */
export function electronNativeDirectory(electronVersion, platform = process.platform, arch = process.arch, root = ROOT) {
  return path.join(root, '.cache', 'electron-native', `${electronVersion}-${platform}-${arch}`);
}

function packageVersion(name) {
  return JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** Environment for the build tools, without npm settings aimed at plain Node (e.g. nodedir=/usr in a global npmrc). */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|devdir|build_from_source|platform)$/i.test(key)) {
      delete env[key];
    }
  }
  return env;
}

function run(command, args, { cwd, timeoutMs, log }) {
  return new Promise((resolve) => {
    log(`$ ${[command, ...args].join(' ')}  (in ${cwd})`);
    const child = spawn(command, args, { cwd, env: buildEnv(), stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let tail = '';
    const collect = (chunk) => {
      const text = chunk.toString();
      log(text.trimEnd());
      tail = (tail + text).slice(-2000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      log(`timed out after ${timeoutMs / 1000} s`);
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, tail: error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, tail });
    });
  });
}

/** The most telling line of a tool's output, for a one-line explanation: a network error if any, else the last. */
function lastLine(text) {
  const network = text.match(/(getaddrinfo \S+ \S+|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|timed out after \d+ s)/);
  if (network) return `${network[1]} (offline?)`;
  if (/network connectivity/.test(text)) return 'could not download the headers (offline?)';
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^(gyp|prebuild-install) (ERR!|warn|WARN|info) ?/, '').trim())
    .filter((l) => l && !/^(stack|cwd|node -v|node-gyp -v|not ok|System|command)\b/.test(l));
  return lines.at(-1) ?? 'unknown error';
}

/**
 * Makes sure the Electron build of better-sqlite3 exists; builds it when missing or stale.
 * Returns { ok: true, binding, built } or { ok: false, reason, log }.
 * `electronPath`, when given, is used to check that the binary really loads in that Electron.
 * `canBuild()` is asked before building (start.mjs answers whether the network is reachable).
 */
export async function ensureElectronSqlite({
  electronVersion,
  electronPath,
  platform = process.platform,
  arch = process.arch,
  force = false,
  canBuild = async () => true,
  onProgress = () => {},
}) {
  const dir = electronNativeDirectory(electronVersion, platform, arch);
  const binding = path.join(dir, 'better_sqlite3.node');
  const infoFile = path.join(dir, 'build-info.json');
  const logFile = path.join(dir, 'build.log');
  const staging = path.join(dir, 'staging');
  const sqliteVersion = packageVersion('better-sqlite3');

  if (!force && existsSync(binding) && existsSync(infoFile)) {
    const info = JSON.parse(readFileSync(infoFile, 'utf8'));
    if (info.betterSqlite3 === sqliteVersion && info.electron === electronVersion) return { ok: true, binding, built: false };
  }

  if (!(await canBuild())) {
    return { ok: false, reason: 'offline: the first build downloads a prebuilt binary or Electron\'s headers', log: null };
  }

  mkdirSync(dir, { recursive: true });
  writeFileSync(logFile, `better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${platform}-${arch}), ${new Date().toISOString()}\n`);
  const log = (line) => appendFileSync(logFile, `${line}\n`);
  const fail = (reason) => {
    log(`failed: ${reason}`);
    rmSync(staging, { recursive: true, force: true });
    return { ok: false, reason, log: logFile };
  };

  // A private copy of the package, so node_modules keeps its plain-Node build.
  rmSync(staging, { recursive: true, force: true });
  const packageDir = path.join(ROOT, 'node_modules', 'better-sqlite3');
  cpSync(packageDir, staging, {
    recursive: true,
    // Everything but its plain-Node build output (build/ holds objects and the binary).
    filter: (source) => path.relative(packageDir, source).split(path.sep)[0] !== 'build',
  });
  const built = path.join(staging, 'build', 'Release', 'better_sqlite3.node');

  onProgress(`Getting better-sqlite3 for Electron ${electronVersion} (first run only)...`);
  let method = 'prebuild-install';
  let result = await run(
    process.execPath,
    [require.resolve('prebuild-install/bin.js'), '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--platform=${platform}`, '--verbose'],
    { cwd: staging, timeoutMs: 120_000, log },
  );
  if (!result.ok || !existsSync(built)) {
    const prebuildProblem = lastLine(result.tail);
    method = 'node-gyp';
    let nodeGyp;
    try {
      nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
    } catch {
      nodeGyp = process.env.npm_config_node_gyp; // the copy bundled with npm
    }
    if (!nodeGyp) return fail(`no prebuilt binary (${prebuildProblem}) and node-gyp is not installed`);
    onProgress('No prebuilt binary could be downloaded; compiling better-sqlite3 for Electron (a few minutes)...');
    result = await run(
      process.execPath,
      [
        nodeGyp,
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--arch=${arch}`,
        `--dist-url=${ELECTRON_HEADERS_URL}`,
        `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
        `--jobs=${Math.max(1, os.availableParallelism?.() ?? os.cpus().length)}`,
      ],
      { cwd: staging, timeoutMs: 20 * 60_000, log },
    );
    if (!result.ok || !existsSync(built)) {
      return fail(`no prebuilt binary (${prebuildProblem}), and compiling failed: ${lastLine(result.tail)}`);
    }
  }

  // Load it once in Electron itself (as plain Node, no window): a wrong ABI fails here, not in the app.
  if (electronPath) {
    const probe = `const D=require(${JSON.stringify(path.join(ROOT, 'node_modules', 'better-sqlite3'))});` +
      `const db=new D(':memory:',{nativeBinding:${JSON.stringify(built)}});` +
      `process.stdout.write(db.prepare('select sqlite_version() v').get().v);db.close();`;
    const check = await new Promise((resolve) => {
      const child = spawn(electronPath, ['-e', probe], {
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.on('error', (error) => resolve({ ok: false, out: error.message }));
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ ok: code === 0, out });
      });
    });
    log(`load check in Electron: ${check.ok ? 'ok, SQLite ' : 'FAILED '}${check.out.trim()}`);
    if (!check.ok) return fail(`the ${method} build does not load in Electron: ${lastLine(check.out)}`);
  }

  copyFileSync(built, binding);
  writeFileSync(
    infoFile,
    `${JSON.stringify({ betterSqlite3: sqliteVersion, electron: electronVersion, platform, arch, method, builtAt: new Date().toISOString() }, null, 2)}\n`,
  );
  rmSync(staging, { recursive: true, force: true });
  log(`done: ${binding}`);
  return { ok: true, binding, built: true };
}

// CLI: build (or check) the binary for the installed electron package.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const electronVersion = packageVersion('electron');
  const result = await ensureElectronSqlite({
    electronVersion,
    force: process.argv.includes('--force'),
    onProgress: (line) => console.log(line),
  });
  if (result.ok) console.log(`${result.built ? 'built' : 'up to date'}: ${path.relative(ROOT, result.binding)}`);
  else {
    console.error(`could not build better-sqlite3 for Electron ${electronVersion}: ${result.reason}\n(full log: ${path.relative(ROOT, result.log)})`);
    process.exitCode = 1;
  }
}
