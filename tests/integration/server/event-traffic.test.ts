// Event traffic for a class: 200 browsers connected while one student trains. Only the student who
// started the run (and a teacher watching 'all') get its step-by-step events, delivered at most ten
// times a second; everyone hears that it finished. Prints the bytes sent, for the before/after figure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { defaultValues } from '../../../contract/hyperparameters';
import { sineHyperparameters } from '../../../contract/lessons/sine';
import { createLab } from '../../../lab/app/create-lab';
import type { Lab } from '../../../lab/app/lab';
import { startLabServer, type RunningServer } from '../../../lab/server/http-server';
import { makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';

const CLIENTS = 200;

interface Client {
  socket: WebSocket;
  bytes: number;
  events: { channel: string; payload: { runId?: string; step?: number; totalSteps?: number; metrics?: Record<string, number> } }[];
  results: Map<number, { ok: boolean; response?: unknown }>;
}

const TOKEN = 'turma';

/** A classroom member: a student under `name`, or the teacher. */
function connect(port: number, name: string | 'teacher'): Promise<Client> {
  return new Promise((resolve, reject) => {
    const origin = `http://127.0.0.1:${port}`;
    const cookie = `airi_lab_token=${TOKEN}; ${name === 'teacher' ? 'teacher=1' : `airi_lab_name=${name}`}`;
    const socket = new WebSocket(`ws://127.0.0.1:${port}/api`, { origin, headers: { cookie } });
    const client: Client = { socket, bytes: 0, events: [], results: new Map() };
    socket.on('message', (data: Buffer) => {
      client.bytes += data.length;
      const message = JSON.parse(String(data)) as { kind: string; id: number; channel: string; payload: never; ok: boolean; response: unknown };
      if (message.kind === 'event') client.events.push({ channel: message.channel, payload: message.payload });
      else client.results.set(message.id, message);
    });
    socket.once('open', () => resolve(client));
    socket.once('error', reject);
  });
}

async function call(client: Client, id: number, channel: string, request: unknown): Promise<{ ok: boolean; response?: unknown }> {
  client.socket.send(JSON.stringify({ kind: 'invoke', id, channel, request }));
  while (!client.results.has(id)) await new Promise((r) => setTimeout(r, 5));
  return client.results.get(id)!;
}

describe('event traffic for 200 clients', () => {
  let home: ReturnType<typeof makeTempHome>;
  let lab: Lab;
  let server: RunningServer;
  let clients: Client[];

  beforeAll(async () => {
    home = makeTempHome();
    const renderer = join(home.dir, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Airi Lab</title>');
    lab = await createLab({ mode: 'browser', dataDirectory: join(home.dir, 'data'), workerScript: WORKER_SCRIPT });
    // Every test connection comes from this computer: the teacher is the one carrying teacher=1.
    server = await startLabServer({
      lab, rendererDirectory: renderer, host: '127.0.0.1', port: 0, joinToken: TOKEN,
      isTeacher: (request) => (request.headers.cookie ?? '').includes('teacher=1'),
    });
    clients = [];
    for (let i = 0; i < CLIENTS; i++) clients.push(await connect(server.port, i === 1 ? 'teacher' : `aluno${i}`));
  });
  afterAll(async () => {
    for (const client of clients) client.socket.close();
    await server.close();
    await lab.close();
    home.remove();
  });

  it('sends step events only to watchers, throttled, and the end to everyone', async () => {
    const [student, teacher, ...others] = clients;
    // The teacher watches every run without asking; a watch message can ask for more (tested below).
    const startedAt = performance.now();
    const started = await call(student, 1, 'training:start', {
      lessonId: 'sine', hyperparameters: { ...defaultValues(sineHyperparameters.fields), epochs: 3, trainPoints: 6000 },
    });
    expect(started.ok).toBe(true);
    const { runId } = started.response as { runId: string };

    // The API stays responsive for a classmate while the run streams.
    const listStarted = performance.now();
    expect((await call(others[0], 2, 'runs:list', {})).ok).toBe(true);
    const listMs = performance.now() - listStarted;

    const finishedEverywhere = () => clients.every((c) => c.events.some((e) => e.channel === 'training:finished' && e.payload.runId === runId));
    while (!finishedEverywhere()) await new Promise((r) => setTimeout(r, 20));
    const seconds = (performance.now() - startedAt) / 1000;

    const total = clients.reduce((sum, c) => sum + c.bytes, 0);
    const progressOf = (c: Client) => c.events.filter((e) => e.channel === 'training:progress');
    console.log(`event traffic, ${CLIENTS} clients, one ${seconds.toFixed(1)} s run: ${(total / 2 ** 20).toFixed(2)} MB in all; `
      + `student ${(student.bytes / 1024).toFixed(0)} KB (${progressOf(student).length} progress events), `
      + `a classmate ${(others[1].bytes / 1024).toFixed(1)} KB; runs:list answered in ${listMs.toFixed(0)} ms`);

    for (const watcher of [student, teacher]) {
      const progress = progressOf(watcher);
      expect(progress.length).toBeGreaterThan(3);
      // Heartbeats (no metrics) at most about ten a second; curve points and test results all arrive.
      const heartbeats = progress.filter((e) => Object.keys(e.payload.metrics ?? {}).length === 0);
      expect(heartbeats.length).toBeLessThanOrEqual(Math.ceil(seconds * 10) + 2);
      const last = progress.filter((e) => e.payload.metrics?.loss !== undefined).at(-1)!;
      expect(last.payload.step).toBe(last.payload.totalSteps); // the last step is never dropped
      expect(progress.filter((e) => e.payload.metrics?.testMse !== undefined)).toHaveLength(3); // nor an epoch's test
    }
    for (const classmate of others) {
      expect(progressOf(classmate)).toHaveLength(0);
      expect(classmate.events.some((e) => e.channel === 'training:snapshot')).toBe(false);
      expect(classmate.bytes).toBeLessThan(4096);
    }
    // Opening the run's page (runs:get) watches it from then on.
    expect((await call(others[1], 3, 'runs:get', { runId })).ok).toBe(true);
  });
});
