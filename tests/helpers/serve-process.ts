// The classroom server as the e2e tests run it: dist/node/serve.mjs on port 0 with its own data
// directory, its URL read from what it prints, stopped with SIGTERM (then SIGKILL if it lingers).
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { SERVE_SCRIPT } from './temp-home';

export interface ServeProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  url: string;
  output: () => string;
}

export function startServe(home: string): Promise<ServeProcess> {
  const child = spawn(process.execPath, [SERVE_SCRIPT, '--port', '0'], { env: { ...process.env, AIRI_LAB_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server printed no URL within 30 s:\n${output}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[0], output: () => output });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${code}) before printing its URL:\n${output}`));
    });
  });
}

export async function stopServe(server: ServeProcess | null): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise<void>((done) => server.child.once('exit', () => done()));
  server.child.kill('SIGTERM');
  const killer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}
