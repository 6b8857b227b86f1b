// runOneShotWorker settles once for every way a worker can end: its answer after progress, its own
// failure, a crash, an exit without an answer, and a timeout (the worker is then ended).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runOneShotWorker, type OneShotAnswer } from '../../../../lab/platform/one-shot-worker';

type Message = { kind: 'progress'; n: number } | { kind: 'done'; value: number } | { kind: 'failed'; message: string };

const dir = mkdtempSync(join(tmpdir(), 'airi-one-shot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker script from its body; `port` is its parentPort, `data` its workerData. */
function script(name: string, body: string): string {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, `import { parentPort as port, workerData as data } from 'node:worker_threads';\n${body}\n`);
  return file;
}

const answer = (m: Message): OneShotAnswer<number> => (m.kind === 'progress' ? undefined : m.kind === 'done' ? { value: m.value } : { error: new Error(m.message) });

describe('runOneShotWorker', () => {
  it('passes progress on and resolves with the answer, from workerData or a posted request', async () => {
    const seen: number[] = [];
    const fromData = script('data', "port.postMessage({ kind: 'progress', n: 1 }); port.postMessage({ kind: 'progress', n: 2 }); port.postMessage({ kind: 'done', value: data * 2 });");
    const value = await runOneShotWorker<Message, number>(fromData, {
      name: 'test worker', workerData: 21,
      answer: (m) => (m.kind === 'progress' ? void seen.push(m.n) : answer(m)),
    });
    expect(value).toBe(42);
    expect(seen).toEqual([1, 2]);

    const fromRequest = script('request', "port.once('message', (x) => port.postMessage({ kind: 'done', value: x + 1 }));");
    await expect(runOneShotWorker<Message, number>(fromRequest, { name: 'test worker', request: 9, answer })).resolves.toBe(10);
  });

  it("rejects with the worker's own failure", async () => {
    const file = script('fails', "port.postMessage({ kind: 'failed', message: 'no such photo' });");
    await expect(runOneShotWorker<Message, number>(file, { name: 'test worker', answer })).rejects.toThrow('no such photo');
  });

  it('rejects when the worker crashes, with the crash or the caller\'s error', async () => {
    const file = script('crash', "throw new Error('boom');");
    await expect(runOneShotWorker<Message, number>(file, { name: 'test worker', answer })).rejects.toThrow('boom');
    const wrapped = runOneShotWorker<Message, number>(file, { name: 'test worker', answer, failed: (detail) => new Error(`pictures unavailable: ${detail}`) });
    await expect(wrapped).rejects.toThrow('pictures unavailable: boom');
  });

  it('rejects, naming the worker and its code, when it exits without an answer', async () => {
    const file = script('exits', 'process.exit(3);');
    await expect(runOneShotWorker<Message, number>(file, { name: 'head worker', answer })).rejects.toThrow('the head worker exited (code 3)');
  });

  it('rejects after the timeout and ends the worker', async () => {
    // The worker leaves a mark in a file every 20 ms: once it is ended, the file stops growing.
    const marks = join(dir, 'marks.txt');
    const file = script('hangs', `import { appendFileSync } from 'node:fs'; setInterval(() => appendFileSync(data, '.'), 20);`);
    await expect(runOneShotWorker<Message, number>(file, { name: 'test worker', workerData: marks, answer, timeout: { ms: 300, detail: 'it took too long' } })).rejects.toThrow('it took too long');
    await new Promise((done) => setTimeout(done, 200));
    const atEnd = readFileSync(marks, 'utf8').length;
    expect(atEnd).toBeGreaterThan(0);
    await new Promise((done) => setTimeout(done, 300));
    expect(readFileSync(marks, 'utf8').length).toBe(atEnd);
  });
});
