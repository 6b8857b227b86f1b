// Who may do what in a classroom: students join under a name, their runs record it, they see the
// class's runs but stop and delete only their own, change no setting, name no server file and never
// see the data folder; the teacher (this computer) may do everything and sees every run live.
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

interface Reply { ok: boolean; response?: unknown; error?: { message: string; info?: { code: string } } }
interface Client { socket: WebSocket; replies: Map<number, Reply>; events: { channel: string; payload: { runId?: string } }[]; next: number }

const TOKEN = 'turma-2026';

describe('classroom roles', () => {
  let home: ReturnType<typeof makeTempHome>;
  let lab: Lab;
  let server: RunningServer;
  let base: string;
  const hyperparameters = { ...defaultValues(sineHyperparameters.fields), epochs: 200, trainPoints: 100000 };

  function connect(cookie: string): Promise<Client> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`ws://127.0.0.1:${server.port}/api`, { origin: base, headers: { cookie } });
      const client: Client = { socket, replies: new Map(), events: [], next: 1 };
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as Reply & { kind: string; id: number; channel: string; payload: { runId?: string } };
        if (message.kind === 'result') client.replies.set(message.id, message);
        else client.events.push(message);
      });
      socket.once('open', () => resolve(client));
      socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      socket.once('error', reject);
    });
  }
  async function call(client: Client, channel: string, request: unknown): Promise<Reply> {
    const id = client.next++;
    client.socket.send(JSON.stringify({ kind: 'invoke', id, channel, request }));
    while (!client.replies.has(id)) await new Promise((r) => setTimeout(r, 5));
    return client.replies.get(id)!;
  }
  /** Joins through the real pages: the token link, then the join form; returns the cookies. */
  async function joinAs(name: string): Promise<string> {
    const first = await fetch(`${base}/?token=${TOKEN}`, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/join');
    const tokenCookie = first.headers.get('set-cookie')!.split(';')[0];
    const page = await fetch(`${base}/join`, { headers: { cookie: tokenCookie } });
    expect(await page.text()).toContain('Your name');
    const joined = await fetch(`${base}/join?name=${encodeURIComponent(name)}`, { headers: { cookie: tokenCookie }, redirect: 'manual' });
    expect(joined.status).toBe(303);
    const nameCookie = joined.headers.getSetCookie().find((c) => c.startsWith('airi_lab_name='))!.split(';')[0];
    return `${tokenCookie}; ${nameCookie}`;
  }

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
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.close();
    await lab.close();
    home.remove();
  });

  it('students without a name cannot open the API', async () => {
    await expect(connect(`airi_lab_token=${TOKEN}`)).rejects.toThrow(/403/);
  });

  it('records who trained a run; students act only on their own; the teacher on all', async () => {
    const ana = await connect(await joinAs('Ana Luísa'));
    const bruno = await connect(await joinAs('Bruno'));
    const teacher = await connect(`airi_lab_token=${TOKEN}; teacher=1`);

    const started = await call(ana, 'training:start', { lessonId: 'sine', hyperparameters });
    expect(started.ok).toBe(true);
    const { runId } = started.response as { runId: string };
    const listed = (await call(bruno, 'runs:list', {})).response as { id: string; trainedBy?: string }[];
    expect(listed.find((r) => r.id === runId)!.trainedBy).toBe('Ana Luísa');

    const stopOther = await call(bruno, 'training:stop', { runId });
    expect(stopOther.ok).toBe(false);
    expect(stopOther.error!.info!.code).toBe('not-your-run');
    expect(stopOther.error!.message).toContain('Ana Luísa');
    expect((await call(bruno, 'settings:update', { locale: 'en' })).error!.info!.code).toBe('teacher-only');
    const withPath = await call(bruno, 'training:start', { lessonId: 'softmax', hyperparameters: {}, data: '/etc/passwd' });
    expect(withPath.error!.message).toMatch(/classroom mode/);
    // A code, so a student's Portuguese screen words the refusal in Portuguese.
    expect(withPath.error!.info).toEqual({ code: 'classroom-no-data-path', params: {} });
    // Lesson 8's photo folders are paths on the lab's computer too: the teacher's to choose.
    expect((await call(bruno, 'transfer:scan', { folder: '/etc', seed: 1 })).error!.info!.code).toBe('dataset-paths-refused');
    expect((await call(bruno, 'transfer:train', { modelId: '0123456789abcdef', folder: '/etc', seed: 1, epochs: 5 })).error!.info!.code).toBe('dataset-paths-refused');
    expect(((await call(bruno, 'app:info', undefined)).response as { dataDirectory: string }).dataDirectory).toBe('');
    // Students classify with the teacher's models but do not change the library.
    const removal = await call(bruno, 'models:remove', { modelId: '0123456789abcdef' });
    expect(removal.error!.message).toMatch(/model library is managed on the teacher's computer/);
    expect(removal.error!.info).toEqual({ code: 'classroom-teacher-only', params: {} });
    // torchvision weights: importing (by path or upload), downloading and removing are the teacher's too.
    expect((await call(bruno, 'weights:import', { path: '/etc/passwd' })).error!.info!.code).toBe('classroom-teacher-only');
    expect((await call(bruno, 'weights:download', { file: 'vgg16-397923af.pth' })).error!.info!.code).toBe('classroom-teacher-only');
    expect(((await call(bruno, 'weights:status', undefined)).response as { downloadsFolder: string }).downloadsFolder).toBe('');

    // The teacher sees Ana's run live without asking for it.
    while (!teacher.events.some((e) => e.channel === 'training:progress' && e.payload.runId === runId)) await new Promise((r) => setTimeout(r, 20));
    expect(bruno.events.some((e) => e.channel === 'training:progress')).toBe(false);

    expect((await call(ana, 'training:stop', { runId })).ok).toBe(true);
    expect((await call(bruno, 'runs:delete', { runId })).error!.info!.code).toBe('not-your-run');
    // Continuing a stopped run (issue 8) is Ana's alone too. She may: her run continues if it kept a
    // checkpoint (it stopped after an epoch), else she hears there is none; then she stops it again.
    expect((await call(bruno, 'training:continue', { runId })).error!.info!.code).toBe('not-your-run');
    const anaContinues = await call(ana, 'training:continue', { runId });
    expect(anaContinues.ok ? 'continued' : anaContinues.error!.info!.code).toMatch(/^(continued|continue-no-checkpoint)$/);
    if (anaContinues.ok) expect((await call(ana, 'training:stop', { runId })).ok).toBe(true);
    expect((await call(teacher, 'settings:update', { locale: 'pt-BR' })).ok).toBe(true);
    expect((await call(teacher, 'runs:delete', { runId })).response).toEqual({ deleted: true });
    for (const client of [ana, bruno, teacher]) client.socket.close();
  });
});
