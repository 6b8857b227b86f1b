// The classroom server for real: static UI, the API over a WebSocket, the Origin check, and the
// join token that guards everything once the server listens beyond loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { createLab } from '../../../lab/app/create-lab';
import type { Lab } from '../../../lab/app/lab';
import { startLabServer, type RunningServer } from '../../../lab/server/http-server';
import { makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';

function connect(url: string, origin: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { origin });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

function invoke(socket: WebSocket, id: number, channel: string, request: unknown): Promise<{ ok: boolean; response?: unknown; error?: { message: string; info?: unknown } }> {
  return new Promise((resolve) => {
    const onMessage = (data: unknown) => {
      const message = JSON.parse(String(data)) as { kind: string; id: number };
      if (message.kind === 'result' && message.id === id) {
        socket.off('message', onMessage);
        resolve(message as never);
      }
    };
    socket.on('message', onMessage);
    socket.send(JSON.stringify({ kind: 'invoke', id, channel, request }));
  });
}

describe('lab server', () => {
  let home: ReturnType<typeof makeTempHome>;
  let lab: Lab;
  let open: RunningServer;
  let guarded: RunningServer;
  const token = 'classroom-token-123';

  beforeAll(async () => {
    home = makeTempHome();
    const renderer = join(home.dir, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Airi Lab</title>');
    lab = await createLab({ mode: 'browser', dataDirectory: join(home.dir, 'data'), workerScript: WORKER_SCRIPT });
    open = await startLabServer({ lab, rendererDirectory: renderer, host: '127.0.0.1', port: 0, joinToken: null });
    guarded = await startLabServer({ lab, rendererDirectory: renderer, host: '127.0.0.1', port: 0, joinToken: token });
  });
  afterAll(async () => {
    await open.close();
    await guarded.close();
    await lab.close();
    home.remove();
  });

  it('serves the UI with a Content-Security-Policy', async () => {
    const response = await fetch(`http://127.0.0.1:${open.port}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Airi Lab');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers API calls and input errors over the WebSocket', async () => {
    const base = `http://127.0.0.1:${open.port}`;
    const socket = await connect(`ws://127.0.0.1:${open.port}/api`, base);
    const lessons = await invoke(socket, 1, 'lessons:list', undefined);
    expect(lessons.ok).toBe(true);
    expect((lessons.response as unknown[]).length).toBe(8);
    const info = await invoke(socket, 2, 'app:info', undefined);
    expect(info.response).toMatchObject({ mode: 'browser', executionProviders: expect.arrayContaining(['cpu']) });
    const bad = await invoke(socket, 3, 'settings:update', { locale: 'fr' });
    expect(bad.ok).toBe(false);
    expect(bad.error!.message).toMatch(/locale/);
    socket.close();
  });

  it('refuses WebSocket connections from other origins', async () => {
    await expect(connect(`ws://127.0.0.1:${open.port}/api`, 'http://evil.example')).rejects.toThrow(/403/);
  });

  it('requires the join token for pages and sockets when one is set', async () => {
    const base = `http://127.0.0.1:${guarded.port}`;
    expect((await fetch(`${base}/`)).status).toBe(403);
    expect((await fetch(`${base}/?token=wrong`)).status).toBe(403);
    const ok = await fetch(`${base}/?token=${token}`);
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toContain('HttpOnly');
    expect((await fetch(`${base}/`, { headers: { cookie: cookie.split(';')[0] } })).status).toBe(200);
    await expect(connect(`ws://127.0.0.1:${guarded.port}/api`, base)).rejects.toThrow(/403/);
    const socket = await connect(`ws://127.0.0.1:${guarded.port}/api?token=${token}`, base);
    expect((await invoke(socket, 1, 'settings:get', undefined)).response).toEqual({ locale: 'pt-BR', localeChosen: false });
    const withPath = await invoke(socket, 2, 'training:start', { lessonId: 'softmax', hyperparameters: {}, data: '/etc/passwd' });
    // From this computer this is the teacher, who may name a path: the call reaches the guard, which
    // refuses the empty hyperparameters by code. What students may not do: roles.test.ts.
    expect(withPath.ok).toBe(false);
    expect(withPath.error!.info).toEqual({ code: 'hyperparameter-missing', params: { key: 'optimizer' } });
    socket.close();
  });
});
