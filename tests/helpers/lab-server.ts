// The real classroom server (dist/node/serve.mjs) for end-to-end tests: started on a free port and a
// given data directory, stopped with SIGTERM (so it closes its store) and SIGKILL if it lingers.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export interface LabServer {
  child: ChildProcessByStdio<null, Readable, Readable>;
  url: string;
  output: () => string;
}

/** Starts `serve.mjs --port 0` from `root` and resolves with the URL it prints. */
export function startLabServer(root: string, home: string): Promise<LabServer> {
  const child = spawn(process.execPath, [join(root, 'dist/node/serve.mjs'), '--port', '0'], {
    cwd: root,
    env: { ...process.env, AIRI_LAB_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server printed no URL within 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, url: match[0], output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${code}) before printing its URL:\n${output}`));
    });
  });
}

export async function stopLabServer(server: LabServer | null): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise<void>((done) => server.child.once('exit', () => done()));
  server.child.kill('SIGTERM');
  const killer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}
