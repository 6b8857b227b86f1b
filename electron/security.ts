// Locks the desktop shell down (Electron's security checklist): the window shows only our own renderer
// files, asks for no permissions, opens no windows, navigates nowhere and loads nothing from the network.
// Airi Lab runs in classrooms without internet, so there is nothing remote it should ever need.
import { app, type Session, type WebContents, type WebPreferences } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ORIGIN, isAppUrl } from './app-protocol';
// One policy for both hosts: the browser-mode server sends the same header, and renderer/index.html
// repeats it in a <meta> tag. Here it is added to every response, file:// included.
import { CONTENT_SECURITY_POLICY } from '../lab/server/security-headers';

/** webPreferences of every Airi Lab window: isolation and sandbox on, Node off, web security on. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: !app.isPackaged,
  };
}

function isInside(file: string, directory: string): boolean {
  const relative = path.relative(directory, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Requests the renderer may make: files under the renderer folder, plus data:/blob: URLs it creates
 * itself, and DevTools' own pages in development. Everything else (http, https, ws, other files) is
 * cancelled, so a bug or an injected tag can neither reach the network nor read the user's files.
 */
export function isAllowedRequest(url: string, rendererDirectory: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (isAppUrl(url)) return true;
  switch (parsed.protocol) {
    case 'file:':
      try {
        return isInside(path.resolve(fileURLToPath(parsed)), path.resolve(rendererDirectory));
      } catch {
        return false; // e.g. a file://host/share URL on Windows
      }
    case 'data:':
    case 'blob:':
      return true;
    case 'devtools:':
      return !app.isPackaged;
    default:
      return false;
  }
}

/** Session-wide rules: CSP header, request filter, and every permission denied. */
export function hardenSession(session: Session, rendererDirectory: string): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, rendererDirectory);
    if (!allowed) console.warn(`[airi] blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  // The lab needs no camera, microphone, notifications, geolocation, USB, serial, HID...
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Downloads: only files the page itself made (an exported CSV or bundle as a blob: or data: URL),
  // and always through the save dialog; anything else a page might start is cancelled.
  session.on('will-download', (event, item) => {
    if (!isOwnDownload(item.getURL())) {
      console.warn(`[airi] blocked download of ${item.getURL()}`);
      event.preventDefault();
    }
  });
}

/** A download the app's own page made: blob:airi-lab://app/… or a data: URL. */
export function isOwnDownload(url: string): boolean {
  return url.startsWith('data:') || url.startsWith(`blob:${APP_ORIGIN}/`);
}

/** Per-page rules for every WebContents the app creates (windows, and DevTools in development). */
export function hardenWebContents(contents: WebContents): void {
  // The app is one page; links never navigate it away (they would replace the lab with remote content).
  contents.on('will-navigate', (event) => event.preventDefault());
  // Frames too (an iframe a bug or an injected tag adds): nothing leaves the app's origin.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
