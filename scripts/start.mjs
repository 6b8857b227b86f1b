// `npm start` (after `npm run build`): opens Airi Lab as a desktop window when Electron can run here,
// otherwise in browser mode, served by dist/node/serve.mjs, which prints the address to open.
//
// Desktop needs three things, checked cheapest first: a display (Linux), the Electron binary (the
// electron package downloads it on first use; offline that fails fast instead of hanging), and
// better-sqlite3 built for Electron's ABI (scripts/electron-native/sqlite.mjs). When one is missing it
// says so in one line and serves the browser UI instead. AIRI_LAB_BROWSER=1 always chooses the browser.
// Arguments are passed on (`npm start -- --port 8080`), signals are forwarded, and the exit code is kept.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronSqlite } from './electron-native/sqlite.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVE = path.join(ROOT, 'dist', 'node', 'serve.mjs');
const ELECTRON_MAIN = path.join(ROOT, 'dist', 'node', 'electron-main.cjs');
const ELECTRON_PACKAGE = path.join(ROOT, 'node_modules', 'electron');
const DOWNLOAD_TIMEOUT_MS = 90_000;
const PROBE_TIMEOUT_MS = 3_000;
/** An Electron that dies this soon with one of these messages could not start here at all. */
const EARLY_EXIT_MS = 20_000;
const CANNOT_START = [
  [/SUID sandbox helper binary/, () => 'its Linux sandbox helper is not set up; see README, "Desktop app on Linux"'],
  [/Running as root without --no-sandbox/, () => 'it does not run as root'],
  [/Missing X server|cannot open display|Failed to connect to (the )?Wayland/i, () => 'it cannot open the display'],
  [/error while loading shared libraries: ([^\s:]+)/, (m) => `a system library is missing: ${m[1]}`],
];

const args = process.argv.slice(2);
const relative = (p) => path.relative(ROOT, p) || '.';

function browserMode(line) {
  return { mode: 'browser', line };
}
const instead = (reason) => browserMode(`${reason}; opening Airi Lab in browser mode instead.`);

/** Can we reach `host` over HTTPS? Any HTTP answer counts; a TLS handshake rules out captive or fake routes. */
function isOnline(host) {
  return new Promise((resolve) => {
    const request = https.request({ host, method: 'HEAD', path: '/', timeout: PROBE_TIMEOUT_MS }, (response) => {
      response.resume();
      done(true);
    });
    const timer = setTimeout(() => done(false), PROBE_TIMEOUT_MS);
    function done(ok) {
      clearTimeout(timer);
      request.destroy();
      resolve(ok);
    }
    request.on('error', () => done(false));
    request.end();
  });
}

function usesProxy() {
  return ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'GLOBAL_AGENT_HTTPS_PROXY', 'npm_config_https_proxy', 'npm_config_proxy'].some(
    (key) => process.env[key],
  );
}

/** The host the electron package downloads from (ELECTRON_MIRROR, else GitHub). */
function downloadHost() {
  const mirror = process.env.ELECTRON_MIRROR || process.env.electron_config_mirror || process.env.npm_config_electron_mirror;
  try {
    return mirror ? new URL(mirror).hostname : 'github.com';
  } catch {
    return 'github.com';
  }
}

function electronVersion() {
  const fromDist = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(ELECTRON_PACKAGE, 'dist'), 'version');
  if (existsSync(fromDist)) return readFileSync(fromDist, 'utf8').trim().replace(/^v/, '');
  return JSON.parse(readFileSync(path.join(ELECTRON_PACKAGE, 'package.json'), 'utf8')).version;
}

/** Is the binary already there? (The same test the electron package makes before it downloads.) */
function electronIsDownloaded() {
  try {
    const executable = readFileSync(path.join(ELECTRON_PACKAGE, 'path.txt'), 'utf8');
    return existsSync(path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(ELECTRON_PACKAGE, 'dist'), executable));
  } catch {
    return false;
  }
}

/** Resolves the binary the way `npx electron` does, in a child process: it downloads on first use. */
function resolveElectron(timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ error: `no answer in ${timeoutMs / 1000} s` });
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ error: error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const executable = out.trim().split('\n').at(-1)?.trim();
      if (code === 0 && executable && existsSync(executable)) return resolve({ path: executable });
      const network = /(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|fetch failed)/.exec(err);
      resolve({ error: network ? `${network[1]}, offline?` : (err.trim().split('\n').at(-1) ?? `exit code ${code}`) });
    });
  });
}

/** Decides desktop or browser; returns { mode: 'electron', electronPath, binding } or { mode: 'browser', line }. */
async function chooseShell() {
  if (process.env.AIRI_LAB_BROWSER === '1') return browserMode('AIRI_LAB_BROWSER=1: opening Airi Lab in browser mode.');
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return instead('No display here (DISPLAY and WAYLAND_DISPLAY are unset)');
  }
  if (!existsSync(path.join(ELECTRON_PACKAGE, 'package.json'))) {
    return instead('Electron is not installed (node_modules/electron is missing)');
  }
  if (!existsSync(ELECTRON_MAIN)) return instead(`${relative(ELECTRON_MAIN)} is missing (run "npm run build")`);

  // Online checks are made once, and only when something must be downloaded.
  let online;
  const canDownload = async (host) => (online ??= usesProxy() || (await isOnline(host)));

  const version = electronVersion();
  if (!electronIsDownloaded()) {
    if (!(await canDownload(downloadHost()))) {
      return instead('Electron is not available here (could not download its binary: offline?)');
    }
    console.log(`Downloading Electron ${version} (about 100 MB, first run only)...`);
  }
  const electron = await resolveElectron(DOWNLOAD_TIMEOUT_MS);
  if (!electron.path) return instead(`Electron is not available here (could not download its binary: ${electron.error})`);

  const sqlite = await ensureElectronSqlite({
    electronVersion: version,
    electronPath: electron.path,
    // Building needs a download (a prebuilt binary or Electron's headers); offline, give up at once.
    canBuild: () => canDownload('github.com'),
    onProgress: (line) => console.log(line),
  });
  if (!sqlite.ok) {
    const log = sqlite.log ? `; log: ${relative(sqlite.log)}` : '';
    return instead(`Electron is available, but better-sqlite3 could not be built for it (${sqlite.reason}${log})`);
  }
  return { mode: 'electron', electronPath: electron.path, binding: sqlite.binding };
}

/**
 * Runs a command in the foreground: signals go to it, its exit code becomes ours.
 * `onEarlyExit(stderrText)` may take over when the child dies quickly (returns true if it did).
 */
function runForeground(command, commandArgs, { env = process.env, onEarlyExit } = {}) {
  const started = Date.now();
  const watchStderr = Boolean(onEarlyExit);
  const child = spawn(command, commandArgs, {
    cwd: ROOT,
    env,
    stdio: ['inherit', 'inherit', watchStderr ? 'pipe' : 'inherit'],
  });
  let stderrHead = '';
  if (watchStderr) {
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      if (stderrHead.length < 16_384) stderrHead += chunk;
    });
  }
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  const signals = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, forward);

  child.on('error', (error) => {
    console.error(`Could not run ${command}: ${error.message}`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward);
    if (onEarlyExit && code !== 0 && Date.now() - started < EARLY_EXIT_MS && onEarlyExit(stderrHead)) return;
    process.exitCode = code ?? 128 + (os.constants.signals[signal] ?? 1);
  });
}

function serve(line) {
  if (line) console.log(line);
  if (!existsSync(SERVE)) {
    console.error(`${relative(SERVE)} is missing: run "npm run build" first ("npm start" does).`);
    process.exitCode = 1;
    return;
  }
  runForeground(process.execPath, [SERVE, ...args]);
}

const shell = await chooseShell();
if (shell.mode === 'browser') {
  serve(shell.line);
} else {
  const env = { ...process.env, AIRI_SQLITE_BINDING: shell.binding };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node
  runForeground(shell.electronPath, [ROOT, ...args], {
    env,
    onEarlyExit: (stderr) => {
      for (const [pattern, explain] of CANNOT_START) {
        const match = pattern.exec(stderr);
        if (match) {
          serve(`Electron could not start here (${explain(match)}); opening Airi Lab in browser mode instead.`);
          return true;
        }
      }
      return false;
    },
  });
}
