// Main process of the desktop app: one window showing the renderer, the menu, the app lifecycle and a
// single-instance lock. Everything the lab does lives in lab/ (the same code serves browser mode); this
// file only starts it with Electron's paths and versions, hands it to IPC, and closes it on quit.
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createLab } from '../lab/app/create-lab';
import type { Lab } from '../lab/app/lab';
import { APP_ENTRY, registerAppScheme, serveAppScheme } from './app-protocol';
import { connectLabToIpc } from './ipc-adapter';
import { buildMenu } from './menu';
import { hardenSession, hardenWebContents, secureWebPreferences } from './security';
import { sqliteNativeBinding } from './sqlite-binding';

const APP_ID = 'app.airilab.desktop'; // = appId in electron-builder.yml
// This file is bundled to dist/node/electron-main.cjs, next to the preload; the renderer is dist/renderer.
const RENDERER_DIRECTORY = path.join(__dirname, '..', 'renderer');
const PRELOAD = path.join(__dirname, 'electron-preload.cjs');
// Packaged, the worker bundle is unpacked from app.asar (electron-builder.yml, asarUnpack) so that
// worker_threads loads it from a real file; in development the path is unchanged.
const WORKER_SCRIPT = path.join(__dirname.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked'), 'training-worker.mjs');
const CLOSE_TIMEOUT_MS = 10_000;

// AIRI_LAB_HOME (tests, portable installs) moves everything the app writes: lab data and Chromium's
// profile both live in userData, and so does the single-instance lock, so two homes can run side by side.
if (process.env.AIRI_LAB_HOME) app.setPath('userData', path.resolve(process.env.AIRI_LAB_HOME));
app.enableSandbox();
registerAppScheme();
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

let lab: Lab | undefined;
let disconnectIpc: (() => void) | undefined;
let mainWindow: BrowserWindow | undefined;
let closing: Promise<void> | undefined;
let closed = false;

function windowIcon(): string | undefined {
  if (process.platform === 'darwin') return undefined; // the bundle's icon
  const icon = app.isPackaged
    ? path.join(process.resourcesPath, 'icon.png')
    : path.join(app.getAppPath(), 'assets', 'icons', 'icon.png');
  return existsSync(icon) ? icon : undefined;
}

/** The native dialog for choosing CIFAR-10: an archive (.tar.gz, .tar) or an image folder. */
async function pickDatasetPath(folder: boolean): Promise<string | null> {
  // Linux and Windows cannot show a dialog that picks files and folders alike: the UI asks for one.
  const options: Electron.OpenDialogOptions = folder
    ? { title: 'CIFAR-10', properties: ['openDirectory'] }
    : { title: 'CIFAR-10', properties: ['openFile'], filters: [{ name: 'CIFAR-10 (.tar.gz, .tgz, .tar)', extensions: ['gz', 'tgz', 'tar'] }] };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
}

async function openWindow(): Promise<void> {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Airi Lab',
    icon: windowIcon(),
    webPreferences: secureWebPreferences(PRELOAD),
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  await window.loadURL(APP_ENTRY);
}

function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(message)) {
    return (
      `${message}\n\nbetter-sqlite3 was built for plain Node, not for Electron. ` +
      'Start the app with "npm start": it builds a copy for Electron in .cache/electron-native/.'
    );
  }
  return message;
}

async function boot(): Promise<void> {
  serveAppScheme(RENDERER_DIRECTORY);
  hardenSession(session.defaultSession, RENDERER_DIRECTORY);
  const dataDirectory = app.getPath('userData');
  Menu.setApplicationMenu(
    buildMenu({ dataDirectory, focusedWindow: () => BrowserWindow.getFocusedWindow() ?? mainWindow }),
  );
  lab = await createLab({
    mode: 'electron',
    dataDirectory,
    sqliteNativeBinding: sqliteNativeBinding(),
    workerScript: WORKER_SCRIPT,
    shellVersions: { electron: process.versions.electron, chrome: process.versions.chrome },
    pickDatasetPath,
  });
  disconnectIpc = connectLabToIpc(lab);
  await openWindow();
}

/** Stops trainings and closes the store, but never lets a stuck close keep the app from quitting. */
async function closeLab(): Promise<void> {
  disconnectIpc?.();
  if (!lab) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.warn(`[airi] closing the lab took over ${CLOSE_TIMEOUT_MS / 1000} s; quitting anyway`);
      resolve();
    }, CLOSE_TIMEOUT_MS);
  });
  await Promise.race([lab.close().catch((error: unknown) => console.error('[airi] closing the lab failed:', error)), timeout]);
  clearTimeout(timer);
}

if (!app.requestSingleInstanceLock()) {
  // Another Airi Lab already runs on this data directory: it gets focused (below) and this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (lab && BrowserWindow.getAllWindows().length === 0) void openWindow();
  });
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closing ??= closeLab().finally(() => {
      closed = true;
      app.quit();
    });
  });
  // Ctrl+C in the terminal of `npm start`: quit the same way the menu does, so runs are stored as stopped.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  app
    .whenReady()
    .then(boot)
    .catch(async (error: unknown) => {
      console.error('[airi] Airi Lab could not start:', error);
      dialog.showErrorBox('Airi Lab could not start', explain(error));
      await closeLab();
      closed = true;
      app.exit(1);
    });
}
