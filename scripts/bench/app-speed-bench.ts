// `npm run bench -- --app-speed --data PATH [--lessons softmax,two-layer] [--epochs N] [--limit-per-class N]`: does a run
// started from the app train as fast as one from the command line? Both store a run whose
// imagesPerSecond counts training steps only. The CLI trains in its own process; the app's run is
// started the way the browser UI starts it: over the real server's WebSocket (dist/node/serve.mjs),
// with the server forwarding every progress event to the connected client. Printed as the ratio
// app / CLI, each lesson on the same imported CIFAR-10 in the same bench run.
import { spawn, spawnSync } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { defaultEngineThreads } from '../../lab/platform/engine-backend';
import type { BenchResult } from './bench-result';

const bundle = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

interface RunMetrics { imagesPerSecond?: number; testAccuracy?: number; seconds?: number }

function cliTrain(home: string, lesson: string, epochs: number): RunMetrics {
  const out = spawnSync(process.execPath, [bundle('cli.mjs'), 'train', lesson, '--epochs', String(epochs), '--json'], {
    env: { ...process.env, AIRI_LAB_HOME: home }, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  const last = out.stdout.trim().split('\n').at(-1) ?? '';
  const done = JSON.parse(last) as { status: string; metrics: RunMetrics };
  if (done.status !== 'completed') throw new Error(`lab train ${lesson} ended ${done.status}`);
  return done.metrics;
}

/** Starts the real server on a free port; resolves with its URL and a way to stop it. */
function serve(home: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [bundle('serve.mjs'), '--port', '0'], { env: { ...process.env, AIRI_LAB_HOME: home }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) resolve({ url: match[0], stop: () => child.kill() });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
}

/** training:start over the WebSocket, as the renderer does; resolves when training:finished arrives. */
function appTrain(url: string, lesson: string, epochs: number): Promise<RunMetrics> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}api`, { headers: { Origin: url.replace(/\/$/, '') } });
  let nextId = 1;
  const pending = new Map<number, (message: { ok: boolean; response?: unknown; error?: { message: string } }) => void>();
  const invoke = (channel: string, request: unknown) => new Promise<unknown>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, (m) => (m.ok ? resolve(m.response) : reject(new Error(m.error?.message ?? 'refused'))));
    socket.send(JSON.stringify({ kind: 'invoke', id, channel, request }));
  });
  return new Promise((resolve, reject) => {
    let runId = '';
    socket.on('error', reject);
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { kind: string; id?: number; ok: boolean; channel?: string; payload?: { runId: string; status: string; metrics: RunMetrics } };
      if (message.kind === 'result' && message.id !== undefined) pending.get(message.id)?.(message);
      if (message.kind === 'event' && message.channel === 'training:finished' && message.payload?.runId === runId) {
        socket.close();
        if (message.payload.status === 'completed') resolve(message.payload.metrics);
        else reject(new Error(`the app's ${lesson} run ended ${message.payload.status}`));
      }
    });
    socket.on('open', async () => {
      try {
        const lessons = (await invoke('lessons:list', undefined)) as { id: string; hyperparameters?: { key: string; default: number | string }[] }[];
        const fields = lessons.find((l) => l.id === lesson)?.hyperparameters;
        if (!fields) throw new Error(`lesson ${lesson} has no form in the app`);
        const hyperparameters = { ...Object.fromEntries(fields.map((f) => [f.key, f.default])), epochs };
        runId = ((await invoke('training:start', { lessonId: lesson, hyperparameters })) as { runId: string }).runId;
      } catch (error) {
        reject(error);
      }
    });
  });
}

export async function appSpeedBench(data: string, lessons: string[], epochs: number, limitPerClass?: number): Promise<BenchResult[]> {
  const home = mkdtempSync(join(tmpdir(), 'airi-lab-app-speed-'));
  const results: BenchResult[] = [];
  try {
    process.stderr.write(`importing ${data} once...\n`);
    const imported = spawnSync(process.execPath, [bundle('cli.mjs'), 'datasets', 'import', data, '--json', ...(limitPerClass ? ['--limit-per-class', String(limitPerClass)] : [])], { env: { ...process.env, AIRI_LAB_HOME: home }, stdio: ['ignore', 'ignore', 'inherit'] });
    if (imported.status !== 0) throw new Error(`importing ${data} failed`);
    const server = await serve(home);
    try {
      for (const lesson of lessons) {
        process.stderr.write(`${lesson}: ${epochs} epoch(s) from the command line, then from the app...\n`);
        const cli = cliTrain(home, lesson, epochs);
        const app = await appTrain(server.url, lesson, epochs);
        const ratio = (app.imagesPerSecond ?? 0) / Math.max(1e-9, cli.imagesPerSecond ?? 0);
        results.push({
          workload: `app vs cli ${lesson}`, threads: defaultEngineThreads(cpus().length), seconds: app.seconds ?? 0,
          imagesPerSecond: app.imagesPerSecond ?? null, ratio, reference: `lab train ${lesson} (${cli.imagesPerSecond?.toFixed(0)} images/s)`,
          detail: `app ${app.imagesPerSecond?.toFixed(0)} images/s, CLI ${cli.imagesPerSecond?.toFixed(0)} images/s: ${ratio >= 0.9 ? 'within 10%' : 'MORE THAN 10% SLOWER'}`,
        });
      }
    } finally {
      server.stop();
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  return results;
}
