// The classroom join token: required on every request and WebSocket once the server listens beyond
// loopback, so only people who were shown the URL can use the lab (and its CPU) from the network.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { JOIN_TOKEN_PARAM } from '../../contract/transport';

export const TOKEN_COOKIE = 'airi_lab_token';

export function newJoinToken(): string {
  return randomBytes(18).toString('base64url');
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The token a request carries, from the URL (?token=) or the cookie set on the first visit. */
export function presentedToken(request: IncomingMessage): { token: string | null; fromQuery: boolean } {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const fromQuery = url.searchParams.get(JOIN_TOKEN_PARAM);
  if (fromQuery) return { token: fromQuery, fromQuery: true };
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return { token: decodeURIComponent(value.join('=')), fromQuery: false };
  }
  return { token: null, fromQuery: false };
}

export function tokenAccepted(request: IncomingMessage, expected: string | null): boolean {
  if (expected === null) return true;
  const { token } = presentedToken(request);
  return token !== null && sameToken(token, expected);
}
