// Where the server listens, decided from the address a host name resolves to: `--host 127.evil.example`
// looks like loopback but may resolve anywhere, so loopback mode (no join token) is granted only when
// the resolved address itself is a loopback address.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export interface ListenAddress {
  /** What the person typed (a name or an address). */
  host: string;
  /** The address the server binds to. */
  address: string;
  loopback: boolean;
}

export type Resolver = (host: string) => Promise<{ address: string }>;

/** 127.0.0.0/8, ::1 and IPv4-mapped loopback (::ffff:127.x.y.z). Never a name: names are resolved first. */
export function isLoopbackAddress(address: string): boolean {
  const plain = address.toLowerCase().replace(/^\[|\]$/g, '');
  if (isIP(plain) === 4) return plain.split('.')[0] === '127';
  if (isIP(plain) === 6) {
    if (plain === '::1' || plain === '0:0:0:0:0:0:0:1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
    return mapped !== null && mapped[1].split('.')[0] === '127';
  }
  return false;
}

const systemResolver: Resolver = (host) => lookup(host, { verbatim: true });

export async function resolveListenAddress(host: string, resolve: Resolver = systemResolver): Promise<ListenAddress> {
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return { host, address: bare, loopback: isLoopbackAddress(bare) };
  let address: string;
  try {
    ({ address } = await resolve(bare));
  } catch {
    throw new Error(`--host ${host} is not an address of this computer and its name could not be resolved`);
  }
  return { host, address, loopback: isLoopbackAddress(address) };
}
