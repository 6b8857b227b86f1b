// DNS-rebinding defence: a page on any website can rebind its own name to 127.0.0.1 and then talk to
// the lab as "same origin". What it cannot change is the name in the Host header, nor the Origin its
// requests carry, so both must name this server: one of its own addresses or names, on its port.
import type { IncomingMessage } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import type { ListenAddress } from './listen-address';

export interface AllowedHosts {
  /** Lower-case host names and addresses (IPv6 in brackets, as URLs write them). */
  names: ReadonlySet<string>;
  port: number;
}

function urlHostForm(address: string): string {
  return address.includes(':') ? `[${address.toLowerCase()}]` : address.toLowerCase();
}

function allInterfaceAddresses(): string[] {
  return Object.values(networkInterfaces()).flat().flatMap((a) => (a ? [a.address.replace(/%.*$/, '')] : []));
}

/** Loopback names always; a server open to the network also answers to this computer's addresses and names. */
export function allowedHosts(listen: ListenAddress, port: number): AllowedHosts {
  const names = new Set(['localhost', '127.0.0.1', '[::1]', urlHostForm(listen.address), urlHostForm(listen.host)]);
  if (!listen.loopback) {
    for (const address of allInterfaceAddresses()) names.add(urlHostForm(address));
    const machine = hostname().toLowerCase();
    names.add(machine);
    names.add(`${machine}.local`);
  }
  return { names, port };
}

/** `name:port` as a Host header or URL host writes it, checked against the allowed names and port. */
function hostAllowed(host: string, allowed: AllowedHosts): boolean {
  if (!/^[a-z0-9.\-[\]:]+$/i.test(host)) return false;
  let url: URL;
  try {
    url = new URL(`http://${host}`);
  } catch {
    return false;
  }
  const port = url.port === '' ? 80 : Number(url.port);
  return port === allowed.port && allowed.names.has(url.hostname);
}

export function hostHeaderAllowed(request: IncomingMessage, allowed: AllowedHosts): boolean {
  const host = request.headers.host;
  return typeof host === 'string' && hostAllowed(host, allowed);
}

/** An Origin is the app's own when it is http(s) on an allowed host and port. Absent: see the callers. */
export function originAllowed(origin: string, allowed: AllowedHosts): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin.toLowerCase() && hostAllowed(url.host, allowed);
}

/**
 * Page requests: the Host must be ours; an Origin, when the browser sends one (any cross-site fetch
 * or form post), must be ours too. WebSocket upgrades: browsers always send an Origin, so it is required.
 */
export function requestAllowed(request: IncomingMessage, allowed: AllowedHosts, kind: 'page' | 'socket'): boolean {
  if (!hostHeaderAllowed(request, allowed)) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return kind === 'page';
  return originAllowed(origin, allowed);
}
