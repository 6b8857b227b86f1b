// Error texts that reach a browser never show the server's folders: a run started with a wrong data
// path fails with a message naming the file, not the teacher's home directory; students do not see
// the data folder in the About screen either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { defaultValues } from '../../../contract/hyperparameters';
import { softmaxHyperparameters } from '../../../contract/lessons/softmax';
import { createLab } from '../../../lab/app/create-lab';
import type { Lab } from '../../../lab/app/lab';
import { startLabServer, type RunningServer } from '../../../lab/server/http-server';
import { makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';

interface Message { kind: string; id?: number; channel?: string; ok?: boolean; response?: unknown; payload?: unknown; error?: unknown }

function connect(url: string, origin: string, cookie?: string): Promise<{ socket: WebSocket; messages: Message[] }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { origin, ...(cookie ? { headers: { cookie } } : {}) });
    const messages: Message[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data)) as Message));
    socket.once('open', () => resolve({ socket, messages }));
    socket.once('error', reject);
  });
}

async function waitFor(messages: Message[], test: (m: Message) => boolean): Promise<Message> {
  for (let i = 0; i < 400; i++) {
    const found = messages.find(test);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no such message in ${JSON.stringify(messages).slice(0, 600)}`);
}

describe('error texts sent to clients', () => {
  let home: ReturnType<typeof makeTempHome>;
  let lab: Lab;
  let open: RunningServer;
  let classroom: RunningServer;
  const token = 'class-token-xyz';

  beforeAll(async () => {
    home = makeTempHome();
    const renderer = join(home.dir, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Airi Lab</title>');
    lab = await createLab({ mode: 'browser', dataDirectory: join(home.dir, 'data'), workerScript: WORKER_SCRIPT });
    open = await startLabServer({ lab, rendererDirectory: renderer, host: '127.0.0.1', port: 0, joinToken: null });
    // Every test connection comes from this computer: here none of them is the teacher.
    classroom = await startLabServer({ lab, rendererDirectory: renderer, host: '127.0.0.1', port: 0, joinToken: token, isTeacher: () => false });
  });
  afterAll(async () => {
    await open.close();
    await classroom.close();
    await lab.close();
    home.remove();
  });

  it('a refused or failed run names the file but not the server folder', async () => {
    const base = `http://127.0.0.1:${open.port}`;
    const { socket, messages } = await connect(`ws://127.0.0.1:${open.port}/api`, base);
    const hyperparameters = defaultValues(softmaxHyperparameters.fields);
    const missing = join(home.dir, 'secret-folder', 'missing.tar.gz');
    socket.send(JSON.stringify({ kind: 'invoke', id: 9, channel: 'training:start', request: { lessonId: 'softmax', hyperparameters, data: missing } }));
    const refused = await waitFor(messages, (m) => m.id === 9);
    expect(JSON.stringify(refused.error)).toContain('missing.tar.gz');
    expect(JSON.stringify(refused.error)).not.toContain(home.dir);

    // A file that is there but broken: refused when the run starts, or the run fails; either way the
    // text names the file only.
    const broken = join(home.dir, 'secret-folder', 'cifar-10-python.tar.gz');
    mkdirSync(join(home.dir, 'secret-folder'), { recursive: true });
    writeFileSync(broken, 'not an archive at all, just text');
    socket.send(JSON.stringify({ kind: 'invoke', id: 1, channel: 'training:start', request: { lessonId: 'softmax', hyperparameters, data: broken } }));
    const outcome = await waitFor(messages, (m) => (m.id === 1 && m.ok === false) || m.channel === 'training:finished');
    const text = JSON.stringify(outcome);
    expect(text).toContain('cifar-10-python.tar.gz');
    expect(text).not.toContain(home.dir);
    socket.send(JSON.stringify({ kind: 'invoke', id: 2, channel: 'runs:list', request: {} }));
    const list = await waitFor(messages, (m) => m.id === 2);
    expect(JSON.stringify(list.response)).not.toContain(home.dir);
    socket.close();
  });

  it('students do not see the data folder', async () => {
    const base = `http://127.0.0.1:${classroom.port}`;
    const { socket, messages } = await connect(`ws://127.0.0.1:${classroom.port}/api?token=${token}`, base, 'airi_lab_name=Ana');
    socket.send(JSON.stringify({ kind: 'invoke', id: 1, channel: 'app:info', request: undefined }));
    const info = await waitFor(messages, (m) => m.id === 1);
    expect(JSON.stringify(info.response)).not.toContain(home.dir);
    socket.close();
  });
});
