// `npm run serve [-- --port N] [--host H]`: Airi Lab in the browser (classroom mode).
// Loopback only by default; --host 0.0.0.0 opens it to the local network behind a join token.
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { createLab } from '../app/create-lab';
import { startLabServer } from '../server/http-server';
import { resolveListenAddress } from '../server/listen-address';
import { newJoinToken } from '../server/join-token';
import { parseArgv } from './parse-argv';

export const DEFAULT_PORT = 4780;

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

async function main(): Promise<void> {
  const args = parseArgv(process.argv.slice(2));
  const unknown = [...Object.keys(args.options).filter((k) => k !== 'port' && k !== 'host'), ...args.positionals, ...args.switches];
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown[0]}; usage: npm run serve [-- --port N] [--host H]`);
  const portText = args.options.port ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not ${portText}`);
  const host = args.options.host ?? '127.0.0.1';
  const rendererDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
  if (!existsSync(join(rendererDirectory, 'index.html'))) throw new Error('the UI is not built: run "npm run build" first');

  // Loopback is decided by the address the name resolves to, never by how the name looks.
  const listen = await resolveListenAddress(host);
  const lab = await createLab({ mode: 'browser' });
  const joinToken = listen.loopback ? null : newJoinToken();
  let running;
  try {
    running = await startLabServer({ lab, rendererDirectory, host, port, joinToken });
  } catch (error) {
    await lab.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${port} is already in use; choose another with --port N`);
    throw error;
  }

  if (joinToken) {
    const hosts = host === '0.0.0.0' || host === '::' ? lanAddresses() : [host];
    console.log(`Airi Lab (classroom mode) is open to the local network. Join token: ${joinToken}`);
    for (const h of hosts) console.log(`  Students open: http://${h}:${running.port}/?token=${joinToken}`);
    console.log(`  On this computer: http://127.0.0.1:${running.port}/?token=${joinToken}`);
  } else {
    console.log(`Airi Lab (browser mode) is running at http://${host}:${running.port}/`);
  }
  console.log(`Data: ${lab.dataDirectory}. Press Ctrl+C to stop.`);

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await running.close();
    await lab.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: Error) => {
  console.error(`Airi Lab could not start: ${error.message}`);
  process.exit(1);
});
