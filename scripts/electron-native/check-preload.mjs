// Checks the built preload (dist/node/electron-preload.cjs) without Electron: runs it the way a sandboxed
// renderer does (a function of require, process, exports, module, Buffer, global, setImmediate,
// clearImmediate, and no __filename, __dirname or Node built-ins beyond events/timers/url), with a fake
// contextBridge and ipcRenderer, then drives window.airi. It catches the two ways a preload silently
// breaks the desktop app: a bundle that cannot run sandboxed, and an API that leaks more than invoke/on.
//
// Usage: node scripts/electron-native/check-preload.mjs [path/to/electron-preload.cjs]
// Tests can import { checkPreload } and assert it resolves.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import timers from 'node:timers';
import url from 'node:url';
import events from 'node:events';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SANDBOX_MODULES = { events, timers, url };

function fail(message) {
  throw new Error(`preload check: ${message}`);
}

/** Loads the preload in a simulated sandbox; returns the exposed API and the fake IPC to drive it. */
export function loadPreload(file = path.join(ROOT, 'dist', 'node', 'electron-preload.cjs')) {
  const exposed = {};
  const ipc = new EventEmitter();
  const invocations = [];
  let nextOutcome = { ok: true, response: null };
  const electron = {
    webUtils: { getPathForFile: (file) => `/dropped/${file?.name ?? ''}` },
    contextBridge: {
      exposeInMainWorld(key, api) {
        exposed[key] = api;
      },
    },
    ipcRenderer: {
      on: (channel, listener) => ipc.on(channel, listener),
      invoke: async (...args) => {
        invocations.push(args);
        return nextOutcome;
      },
    },
  };
  const sandboxRequire = (name) => {
    if (name === 'electron') return electron;
    const builtin = SANDBOX_MODULES[name.replace(/^node:/, '')];
    if (builtin) return builtin;
    throw new Error(`module not found: ${name} (a sandboxed preload can only require electron, events, timers, url)`);
  };
  const source = readFileSync(file, 'utf8');
  const context = vm.createContext({ console });
  const wrapper = vm.runInContext(
    `(function(require, process, exports, module, Buffer, global, setImmediate, clearImmediate) {\n${source}\n})`,
    context,
    { filename: file },
  );
  const module = { exports: {} };
  const processShim = { platform: process.platform, versions: process.versions, env: {} };
  wrapper(sandboxRequire, processShim, module.exports, module, Buffer, context, setImmediate, clearImmediate);
  return {
    exposed,
    invocations,
    emit: (...args) => ipc.emit('airi:event', {}, ...args),
    setOutcome: (outcome) => (nextOutcome = outcome),
  };
}

export async function checkPreload(file) {
  const { exposed, invocations, emit, setOutcome } = loadPreload(file);
  const keys = Object.keys(exposed).sort();
  // window.airi is the API; window.airiFiles only turns a dropped File into its path (webUtils).
  if (keys.join(',') !== 'airi,airiFiles') fail(`expected exactly window.airi and window.airiFiles, got ${JSON.stringify(keys)}`);
  const files = Object.keys(exposed.airiFiles).join(',');
  if (files !== 'pathForFile') fail(`window.airiFiles must have only pathForFile, has ${files}`);
  if (exposed.airiFiles.pathForFile({ name: 'cifar.tar.gz' }) !== '/dropped/cifar.tar.gz') fail('pathForFile does not ask webUtils');
  const airi = exposed.airi;
  const members = Object.keys(airi).sort().join(',');
  if (members !== 'invoke,on') fail(`window.airi must have only invoke and on, has ${members}`);

  setOutcome({ ok: true, response: [{ id: 'sine' }] });
  const lessons = await airi.invoke('lessons:list', undefined);
  if (lessons?.[0]?.id !== 'sine') fail('invoke did not resolve with the response');
  const [channel, apiChannel] = invocations.at(-1);
  if (channel !== 'airi:invoke' || apiChannel !== 'lessons:list') fail(`invoke went to ${channel} ${apiChannel}`);

  const error = { name: 'ApiInputError', message: 'invalid hyperparameters: lr is missing', fieldErrors: [{ key: 'lr', message: 'is missing' }] };
  setOutcome({ ok: false, error });
  const rejected = await airi.invoke('training:start', {}).then(
    () => null,
    (e) => e,
  );
  if (rejected?.message !== error.message || rejected?.fieldErrors?.[0]?.key !== 'lr') fail('invoke did not reject with { name, message, fieldErrors }');

  const before = invocations.length;
  const unknown = await airi.invoke('fs:readFile', { path: '/etc/passwd' }).then(
    () => null,
    (e) => e,
  );
  if (!unknown || invocations.length !== before) fail('an unknown channel reached IPC');

  const seen = [];
  const off = airi.on('training:progress', (payload) => seen.push(payload));
  emit('training:progress', { step: 1 });
  emit('not:an-event', { step: 2 });
  off();
  emit('training:progress', { step: 3 });
  if (seen.length !== 1 || seen[0].step !== 1) fail(`events delivered wrongly: ${JSON.stringify(seen)}`);

  let threw = false;
  try {
    airi.on('ipc:anything', () => {});
  } catch {
    threw = true;
  }
  if (!threw) fail('on() accepted an unknown event channel');
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await checkPreload(process.argv[2]);
    console.log('preload ok: runs sandboxed, exposes only window.airi { invoke, on } and window.airiFiles { pathForFile }, checks channels');
  } catch (error) {
    // Errors thrown inside the vm context are from another realm: not `instanceof Error` here.
    console.error(`preload check failed: ${error?.message ?? error}`);
    process.exitCode = 1;
  }
}
