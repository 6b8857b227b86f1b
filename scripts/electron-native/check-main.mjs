// Checks the built Electron main process (dist/node/electron-main.cjs) without Electron: loads it in
// plain Node with a fake `electron` module, boots it on a temporary data folder, and drives it like
// Electron would: the window it opens, the session rules (requests, CSP, permissions), calls over IPC
// from a trusted and an untrusted page, lab events reaching the window, navigation and pop-ups refused,
// and a clean quit that closes the lab. The real lab runs underneath (SQLite, the training worker).
//
// Usage: node scripts/electron-native/check-main.mjs      (after `npm run build`)
// Tests can import { checkMain } and assert it resolves.
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = path.join(ROOT, 'dist', 'node', 'electron-main.cjs');
const RENDERER = path.join(ROOT, 'dist', 'renderer');

function check(condition, message) {
  if (!condition) throw new Error(`main check: ${message}`);
}

const until = async (predicate, what, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`main check: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** A small stand-in for the parts of Electron that main.ts uses. */
function fakeElectron(userData) {
  const app = new EventEmitter();
  let ready;
  const whenReady = new Promise((r) => (ready = r));
  const paths = { userData };
  Object.assign(app, {
    isPackaged: false,
    quitCalls: 0,
    exitCode: null,
    setPath: (name, value) => (paths[name] = value),
    getPath: (name) => paths[name],
    getAppPath: () => ROOT,
    getLocale: () => 'pt-BR',
    getVersion: () => '0.0.0-check',
    enableSandbox() {},
    setAppUserModelId() {},
    requestSingleInstanceLock: () => true,
    whenReady: () => whenReady,
    quit() {
      app.quitCalls += 1;
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      app.emit('before-quit', event);
      if (!event.defaultPrevented) app.emit('quit');
    },
    exit(code) {
      app.exitCode = code;
    },
  });

  const windows = [];
  class WebContents extends EventEmitter {
    sent = [];
    send(...args) {
      this.sent.push(args);
    }
    isDestroyed() {
      return false;
    }
    setWindowOpenHandler(handler) {
      this.windowOpenHandler = handler;
    }
  }
  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => windows;
    static getFocusedWindow = () => windows[0] ?? null;
    constructor(options) {
      super();
      this.options = options;
      this.webContents = new WebContents();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    async loadFile(file) {
      this.loaded = file;
      this.emit('ready-to-show');
    }
    async loadURL(url) {
      this.loaded = url;
      this.emit('ready-to-show');
    }
    show() {
      this.shown = true;
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
  }

  const session = {
    handlers: {},
    on: (event, listener) => (session.handlers[event] = listener),
    webRequest: {
      onBeforeRequest: (listener) => (session.handlers.beforeRequest = listener),
      onHeadersReceived: (listener) => (session.handlers.headersReceived = listener),
    },
    setPermissionRequestHandler: (h) => (session.handlers.permissionRequest = h),
    setPermissionCheckHandler: (h) => (session.handlers.permissionCheck = h),
    setDevicePermissionHandler: (h) => (session.handlers.devicePermission = h),
  };
  const ipcHandlers = new Map();
  const protocol = {
    privileged: [],
    handlers: new Map(),
    registerSchemesAsPrivileged: (schemes) => protocol.privileged.push(...schemes),
    handle: (scheme, handler) => protocol.handlers.set(scheme, handler),
  };
  const electron = {
    app,
    protocol,
    // net.fetch of a file:// URL, as Electron's does it.
    net: { fetch: async (url) => new Response(readFileSync(fileURLToPath(url))) },
    BrowserWindow,
    session: { defaultSession: session },
    ipcMain: { handle: (c, h) => ipcHandlers.set(c, h), removeHandler: (c) => ipcHandlers.delete(c) },
    Menu: { buildFromTemplate: (template) => ({ template }), setApplicationMenu: (menu) => (electron.menu = menu) },
    dialog: {
      errors: [],
      showErrorBox: (title, text) => electron.dialog.errors.push(`${title}: ${text}`),
      showMessageBox: async () => ({ response: 0 }),
    },
  };
  return { electron, ready, windows, session, ipcHandlers, protocol };
}

export async function checkMain() {
  check(existsSync(MAIN), `${MAIN} is missing: run "npm run build"`);
  check(existsSync(path.join(RENDERER, 'index.html')), 'dist/renderer/index.html is missing: run "npm run build"');
  const home = mkdtempSync(path.join(os.tmpdir(), 'airi-main-check-'));
  const saved = { home: process.env.AIRI_LAB_HOME, binding: process.env.AIRI_SQLITE_BINDING, electron: process.versions.electron };
  process.env.AIRI_LAB_HOME = home;
  delete process.env.AIRI_SQLITE_BINDING;
  Object.defineProperty(process.versions, 'electron', { value: '45.0.0-check', configurable: true });
  Object.defineProperty(process.versions, 'chrome', { value: '140.0.0-check', configurable: true });
  const listenersBefore = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };

  const fake = fakeElectron(path.join(os.tmpdir(), 'not-used'));
  const require = createRequire(MAIN);
  const Module = require('node:module');
  const originalLoad = Module._load;
  Module._load = function load(request, ...rest) {
    return request === 'electron' ? fake.electron : originalLoad.call(this, request, ...rest);
  };
  try {
    delete require.cache[MAIN];
    require(MAIN);
    const { app } = fake.electron;
    check(app.getPath('userData') === home, 'AIRI_LAB_HOME did not become userData');
    fake.ready();
    await until(() => fake.windows[0]?.shown, 'the window to show');
    check(fake.electron.dialog.errors.length === 0, `boot failed: ${fake.electron.dialog.errors.join('; ')}`);

    // The window.
    const window = fake.windows[0];
    const prefs = window.options.webPreferences;
    check(prefs.contextIsolation === true && prefs.sandbox === true && prefs.nodeIntegration === false && prefs.webSecurity === true, 'insecure webPreferences');
    check(existsSync(prefs.preload), `preload ${prefs.preload} does not exist`);
    // The app's own scheme, not file://: privileged before ready, serving the renderer folder only.
    check(window.loaded === 'airi-lab://app/index.html', `loaded ${window.loaded}`);
    check(fake.protocol.privileged.some((p) => p.scheme === 'airi-lab' && p.privileges.standard && p.privileges.secure), 'airi-lab is not a privileged scheme');
    const serve = fake.protocol.handlers.get('airi-lab');
    check(serve, 'no airi-lab protocol handler');
    const page = await serve(new Request('airi-lab://app/index.html'));
    check(page.status === 200 && /<html/i.test(await page.text()), 'the app page is not served');
    check(/default-src 'self'/.test(page.headers.get('content-security-policy') ?? ''), 'the app page has no CSP');
    check(!/ws:/.test(page.headers.get('content-security-policy') ?? ''), 'the desktop CSP allows WebSockets');
    for (const escape of ['airi-lab://app/..%2F..%2Fpackage.json', 'airi-lab://app/%2e%2e/%2e%2e/package.json', 'airi-lab://other/index.html']) {
      check((await serve(new Request(escape))).status === 404, `${escape} was served`);
    }
    check(fake.electron.menu?.template?.some((m) => m.label === 'Ajuda'), 'the menu is missing or not localised');

    // Session rules.
    const { handlers } = fake.session;
    const decide = (url) => new Promise((resolve) => handlers.beforeRequest({ url }, (r) => resolve(!r.cancel)));
    check(await decide('airi-lab://app/index.html'), 'the renderer page was blocked');
    check(!(await decide('airi-lab://evil/index.html')), 'another airi-lab host was allowed');
    check(!(await decide('https://example.com/tracker.js')), 'a remote request was allowed');
    check(!(await decide(pathToFileURL('/etc/passwd').href)), 'a file outside the renderer was allowed');
    const headers = await new Promise((resolve) => handlers.headersReceived({ responseHeaders: {} }, (r) => resolve(r.responseHeaders)));
    check(/default-src/.test(String(headers['Content-Security-Policy'])), 'no Content-Security-Policy header');
    const granted = await new Promise((resolve) => handlers.permissionRequest(window.webContents, 'media', resolve, {}));
    check(granted === false && handlers.permissionCheck() === false, 'a permission was granted');

    // Navigation and pop-ups.
    const navigation = { prevented: false, preventDefault: () => (navigation.prevented = true) };
    window.webContents.emit('will-navigate', navigation);
    check(navigation.prevented, 'will-navigate was not prevented');
    const frameAway = { url: 'https://example.com/', prevented: false, preventDefault: () => (frameAway.prevented = true) };
    window.webContents.emit('will-frame-navigate', frameAway);
    check(frameAway.prevented, 'will-frame-navigate to another origin was not prevented');
    const frameHome = { url: 'airi-lab://app/index.html#/runs', prevented: false, preventDefault: () => (frameHome.prevented = true) };
    window.webContents.emit('will-frame-navigate', frameHome);
    check(!frameHome.prevented, 'a frame of the app itself was blocked');
    const download = (url) => {
      const event = { prevented: false, preventDefault: () => (event.prevented = true) };
      handlers['will-download'](event, { getURL: () => url });
      return !event.prevented;
    };
    check(!download('https://example.com/payload.exe'), 'a remote download was allowed');
    check(download('blob:airi-lab://app/0b6c-4d1e'), 'an export made by the app was blocked');
    check(window.webContents.windowOpenHandler({ url: 'https://example.com' }).action === 'deny', 'window.open was not denied');

    // IPC.
    const invoke = fake.ipcHandlers.get('airi:invoke');
    check(invoke, 'no airi:invoke handler');
    const trusted = { senderFrame: { url: 'airi-lab://app/index.html', parent: null } };
    const lessons = await invoke(trusted, 'lessons:list', undefined);
    check(lessons.ok && lessons.response.length === 8, `lessons:list gave ${JSON.stringify(lessons).slice(0, 200)}`);
    const bad = await invoke(trusted, 'training:start', { lessonId: 'sine', hyperparameters: {} });
    check(!bad.ok && bad.error.name === 'ApiInputError' && bad.error.fieldErrors?.length > 0, `bad input gave ${JSON.stringify(bad).slice(0, 200)}`);
    const unknown = await invoke(trusted, 'fs:read', {});
    check(!unknown.ok && /unknown channel/.test(unknown.error.message), 'an unknown channel was not refused');
    const evil = await invoke({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'lessons:list', undefined);
    check(!evil.ok && evil.error.name === 'SecurityError', 'a remote page could call the lab');
    const oldFile = await invoke({ senderFrame: { url: pathToFileURL(path.join(RENDERER, 'index.html')).href, parent: null } }, 'lessons:list', undefined);
    check(!oldFile.ok, 'a file:// page could call the lab');

    // A short real training run: its events reach the window.
    const lesson = lessons.response.find((l) => l.id === 'sine');
    const hyperparameters = Object.fromEntries(lesson.hyperparameters.map((f) => [f.key, f.default]));
    Object.assign(hyperparameters, { epochs: 1, trainPoints: 256 });
    const started = await invoke(trusted, 'training:start', { lessonId: 'sine', hyperparameters });
    check(started.ok, `training:start failed: ${JSON.stringify(started.error)}`);
    await until(() => window.webContents.sent.some(([c, e]) => c === 'airi:event' && e === 'training:finished'), 'training:finished');
    check(window.webContents.sent.some(([, e]) => e === 'training:progress'), 'no training:progress event reached the window');

    // Quit: before-quit is held until the lab has closed, then the app quits for real.
    let quit = false;
    app.once('quit', () => (quit = true));
    app.quit();
    await until(() => quit, 'the app to quit after closing the lab');
    check(!fake.ipcHandlers.has('airi:invoke'), 'IPC stayed connected after quit');
    return true;
  } finally {
    Module._load = originalLoad;
    for (const signal of ['SIGINT', 'SIGTERM']) {
      for (const l of process.listeners(signal)) if (!listenersBefore[signal].includes(l)) process.off(signal, l);
    }
    if (saved.home === undefined) delete process.env.AIRI_LAB_HOME;
    else process.env.AIRI_LAB_HOME = saved.home;
    if (saved.binding !== undefined) process.env.AIRI_SQLITE_BINDING = saved.binding;
    if (saved.electron === undefined) {
      delete process.versions.electron;
      delete process.versions.chrome;
    }
    rmSync(home, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await checkMain();
    console.log('main ok: secure window, session rules, IPC (trusted, untrusted, errors), events, clean quit');
  } catch (error) {
    console.error(error?.stack ?? error);
    process.exitCode = 1;
  }
}
