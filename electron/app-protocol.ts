// The window loads the renderer from airi-lab://app/ instead of file://. A file:// page shares its
// origin with every file on the disk (a bug or an injected tag could read them) and cannot carry real
// response headers; a custom, standard and secure scheme gives the app one origin of its own, whose
// handler serves only the renderer folder's files and refuses everything else.
import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../lab/server/security-headers';

export const APP_SCHEME = 'airi-lab';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready: the scheme behaves like https (origin, storage, fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * True for a URL of the app's own origin. Compared by scheme and host: in Node's URL a custom scheme's
 * origin is always "null" (only Chromium knows it was registered as standard).
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'app';
  } catch {
    return false;
  }
}

/** The renderer file an app URL names, or null when it is not the app's or would leave the folder. */
export function appFileFor(url: string, rendererDirectory: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!isAppUrl(url)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const root = path.resolve(rendererDirectory);
  const file = path.resolve(root, `.${relative === '/' ? '/index.html' : relative}`);
  const inside = path.relative(root, file);
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside) ? file : null;
}

/** Serves airi-lab://app/<file> from the renderer folder, with the app's CSP on every answer. */
export function serveAppScheme(rendererDirectory: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(request.url, rendererDirectory);
    if (!file) return new Response('not found', { status: 404 });
    let answer: Response;
    try {
      answer = await net.fetch(pathToFileURL(file).toString());
    } catch {
      return new Response('not found', { status: 404 }); // no such file in the renderer folder
    }
    if (!answer.ok) return new Response('not found', { status: 404 });
    const headers = new Headers(answer.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(answer.body, { status: answer.status, headers });
  });
}
