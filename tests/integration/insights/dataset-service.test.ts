// The datasets:* channels as the app uses them: an import from a path with progress events and a
// final event, one import at a time, a failure that names the file and keeps the dataset imported
// before, and, through the classroom server, students refused and shown no folders.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { DatasetImportFinished } from '../../../contract/datasets';
import type { EventChannel, Events } from '../../../contract/events';
import { ApiInputError } from '../../../contract/guards';
import { createLab } from '../../../lab/app/create-lab';
import type { Lab } from '../../../lab/app/lab';
import { startLabServer, type RunningServer } from '../../../lab/server/http-server';
import { makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';
import { makeImages, writeBinaryLayout } from '../datasets/cifar-fixtures';

describe('datasets channels', () => {
  let home: ReturnType<typeof makeTempHome>;
  let lab: Lab;
  let source: string;
  const events: { channel: EventChannel; payload: unknown }[] = [];

  const finished = async (): Promise<DatasetImportFinished> => {
    for (let i = 0; i < 400; i++) {
      const event = events.find((e) => e.channel === 'datasets:finished');
      if (event) {
        events.splice(events.indexOf(event), 1);
        return event.payload as Events['datasets:finished'];
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('no datasets:finished event');
  };

  beforeAll(async () => {
    home = makeTempHome();
    source = writeBinaryLayout(join(home.dir, 'source'), makeImages(3, 1), makeImages(2, 2));
    lab = await createLab({ mode: 'browser', dataDirectory: join(home.dir, 'data'), workerScript: WORKER_SCRIPT });
    lab.onEvent((channel, payload) => events.push({ channel, payload }));
  });
  afterAll(async () => {
    await lab.close();
    home.remove();
  });

  it('has nothing imported at first and offers no file dialog in browser mode', async () => {
    const status = await lab.dispatch('datasets:status', undefined);
    expect(status).toMatchObject({ current: null, importing: null, canPickFile: false, canImport: true });
    await expect(lab.dispatch('datasets:pick', { folder: false })).rejects.toMatchObject({ info: { code: 'file-dialog-unavailable' } });
  });

  it('imports from a path with progress, then reports the dataset', async () => {
    const started = await lab.dispatch('datasets:import', { path: source });
    expect(started).toMatchObject({ importing: { sourcePath: source } });
    // One import at a time.
    await expect(lab.dispatch('datasets:import', { path: source })).rejects.toBeInstanceOf(ApiInputError);
    const done = await finished();
    expect(done.ok).toBe(true);
    expect(done.status.current).toMatchObject({ trainImages: 30, testImages: 20, sourceFormat: 'binary' });
    expect(events.some((e) => e.channel === 'datasets:progress')).toBe(true);
  });

  it('a failed import names the file and keeps the dataset imported before', async () => {
    const broken = join(home.dir, 'broken.tar.gz');
    writeFileSync(broken, 'this is not an archive');
    await lab.dispatch('datasets:import', { path: broken });
    const done = await finished();
    expect(done.ok).toBe(false);
    expect(done.errorInfo).toMatchObject({ code: 'dataset-import-failed', params: { source: broken } });
    expect(done.status.current?.trainImages).toBe(30);
  });

  it('refuses imports from students and hides the teacher’s folders from them', async () => {
    const renderer = join(home.dir, 'renderer');
    mkdirSync(renderer, { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Airi Lab</title>');
    const token = 'class-token';
    // The test connects from this computer, like the teacher: say it is a student.
    const classroom: RunningServer = await startLabServer({
      lab, rendererDirectory: renderer, host: '127.0.0.1', port: 0, joinToken: token, isTeacher: () => false,
    });
    try {
      const base = `http://127.0.0.1:${classroom.port}`;
      const socket = new WebSocket(`ws://127.0.0.1:${classroom.port}/api?token=${token}`, { origin: base, headers: { cookie: 'airi_lab_name=Ana' } });
      const replies = new Map<number, { ok: boolean; response?: unknown; error?: { info?: { code: string } } }>();
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { kind: string; id: number };
        if (message.kind === 'result') replies.set(message.id, message as never);
      });
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      const ask = async (id: number, channel: string, request: unknown) => {
        socket.send(JSON.stringify({ kind: 'invoke', id, channel, request }));
        for (let i = 0; i < 200 && !replies.has(id); i++) await new Promise((r) => setTimeout(r, 25));
        return replies.get(id);
      };
      const refused = await ask(1, 'datasets:import', { path: source });
      expect(refused).toMatchObject({ ok: false, error: { info: { code: 'dataset-paths-refused' } } });
      const status = await ask(2, 'datasets:status', undefined);
      expect(status?.ok).toBe(true);
      expect(status?.response).toMatchObject({ canImport: false, current: { trainImages: 30 } });
      expect(JSON.stringify(status?.response)).not.toContain(home.dir);
      socket.close();
    } finally {
      await classroom.close();
    }
  });
});
