// Starts and stops the real classroom server (dist/node/serve.mjs) for end-to-end tests, on a given
// data directory and a free port. Needs `npm run build` first.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVE = join(ROOT, 'dist/node/serve.mjs');

export interface LabServer {
  child: ChildProcessByStdio<null, Readable, Readable>;
  url: string;
  output: () => string;
}

/** Starts `serve.mjs --port 0` and resolves with the URL it prints; `env` adds to this process's. */
export function startLabServer(home: string, env: Record<string, string> = {}): Promise<LabServer> {
  const child = spawn(process.execPath, [SERVE, '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, ...env, AIRI_LAB_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server printed no URL within 30 s:\n${output}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, url: match[0], output: () => output });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${code}) before printing its URL:\n${output}`));
    });
  });
}

/** SIGTERM (the server closes its store cleanly), then SIGKILL if it lingers. */
export async function stopLabServer(server: LabServer | null): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise<void>((done) => server.child.once('exit', () => done()));
  server.child.kill('SIGTERM');
  const killer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}
