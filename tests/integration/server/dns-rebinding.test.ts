// A page on any website that rebinds its name to 127.0.0.1 must not reach the lab: the Host header and
// the Origin name the attacker's site, so pages, API calls and WebSocket upgrades are refused, and the
// run it tries to delete is still there. The lab's own names (127.0.0.1, localhost) keep working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { createLab } from '../../../lab/app/create-lab';
import type { Lab } from '../../../lab/app/lab';
import { startLabServer, type RunningServer } from '../../../lab/server/http-server';
import { makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';

function get(port: number, headers: Record<string, string>, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/', method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

function connect(port: number, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/api`, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

function invoke(socket: WebSocket, channel: string, request: unknown): Promise<{ ok: boolean; response?: unknown }> {
  return new Promise((resolve) => {
    socket.once('message', (data) => resolve(JSON.parse(String(data)) as { ok: boolean; response?: unknown }));
    socket.send(JSON.stringify({ kind: 'invoke', id: 1, channel, request }));
  });
}

describe('DNS rebinding and foreign pages', () => {
  let home: ReturnType<typeof makeTempHome>;
  let lab: Lab;
  let server: RunningServer;
  let runId: string;

  beforeAll(async () => {
    home = makeTempHome();
    const renderer = join(home.dir, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Airi Lab</title>');
    lab = await createLab({ mode: 'browser', dataDirectory: join(home.dir, 'data'), workerScript: WORKER_SCRIPT });
    server = await startLabServer({ lab, rendererDirectory: renderer, host: '127.0.0.1', port: 0, joinToken: null });
    const started = await lab.handlers['training:start']({ lessonId: 'sine', hyperparameters: { epochs: 1, seed: 1 } });
    runId = started.runId;
    while ((await lab.handlers['runs:list']({})).some((r) => r.status === 'running')) await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(async () => {
    await server.close();
    await lab.close();
    home.remove();
  });

  it('refuses pages whose Host is another site (a rebound name)', async () => {
    expect(await get(server.port, { host: `rebind.evil.example:${server.port}` })).toBe(403);
    expect(await get(server.port, { host: `127.0.0.1.evil.example:${server.port}` })).toBe(403);
    expect(await get(server.port, { host: `127.0.0.1:${server.port + 1}` })).toBe(403);
  });

  it('refuses requests a foreign page sends with its Origin, even with our Host', async () => {
    expect(await get(server.port, { host: `127.0.0.1:${server.port}`, origin: 'http://evil.example' }, 'POST')).toBe(403);
  });

  it('refuses WebSocket upgrades from a rebound name, and the run it tried to delete survives', async () => {
    const evil = `rebind.evil.example:${server.port}`;
    await expect(connect(server.port, { host: evil, origin: `http://${evil}` })).rejects.toThrow(/403/);
    await expect(connect(server.port, { host: `127.0.0.1:${server.port}` })).rejects.toThrow(/403/);
    expect(await lab.handlers['runs:get']({ runId })).toMatchObject({ id: runId });
  });

  it('lets pages open WebSockets to this server only', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/`);
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).toContain(`connect-src 'self' ws://127.0.0.1:${server.port} wss://127.0.0.1:${server.port};`);
    expect(policy).not.toMatch(/ws: |wss: /);
  });

  it('keeps working under its own names', async () => {
    for (const name of ['127.0.0.1', 'localhost']) {
      const host = `${name}:${server.port}`;
      expect(await get(server.port, { host })).toBe(200);
      const socket = await connect(server.port, { host, origin: `http://${host}` });
      const runs = await invoke(socket, 'runs:list', {});
      expect(runs.ok).toBe(true);
      socket.close();
    }
  });
});
