// The API client over both transports: the preload bridge (Electron) and the WebSocket (address with the
// classroom token, queueing until open, results by id, failing cut-off calls, reconnect with backoff).
import { describe, expect, it, vi } from 'vitest';
import { bridgeClient, LabApiError, reconnectDelayMs, socketClient, socketUrl } from '../../../renderer/api/client';

describe('socketUrl', () => {
  it('follows the page: ws or wss, same host, /api', () => {
    expect(socketUrl({ protocol: 'http:', host: '127.0.0.1:4780', search: '' })).toBe('ws://127.0.0.1:4780/api');
    expect(socketUrl({ protocol: 'https:', host: 'lab.local', search: '' })).toBe('wss://lab.local/api');
  });

  it('carries the join token the page was opened with', () => {
    expect(socketUrl({ protocol: 'http:', host: '10.0.0.2:4780', search: '?lang=x&token=a%2Fb' })).toBe(
      'ws://10.0.0.2:4780/api?token=a%2Fb',
    );
    expect(socketUrl({ protocol: 'http:', host: 'h', search: '?token=abc_-1' })).toBe('ws://h/api?token=abc_-1');
  });
});

describe('reconnectDelayMs', () => {
  it('doubles from half a second up to eight, with jitter', () => {
    const mid = () => 0.5;
    expect(reconnectDelayMs(1, mid)).toBe(500);
    expect(reconnectDelayMs(2, mid)).toBe(1000);
    expect(reconnectDelayMs(5, mid)).toBe(8000);
    expect(reconnectDelayMs(12, mid)).toBe(8000);
    expect(reconnectDelayMs(1, () => 0)).toBe(425);
    expect(reconnectDelayMs(1, () => 1)).toBe(575);
  });
});

describe('bridgeClient (Electron preload)', () => {
  it('passes calls and events through, and turns rejected payloads into LabApiError', async () => {
    const calls: [string, unknown][] = [];
    let emit: (payload: unknown) => void = () => {};
    const client = bridgeClient({
      invoke: async (channel, request) => {
        calls.push([channel, request]);
        if (channel === 'training:start') {
          throw { name: 'ApiInputError', message: 'invalid hyperparameters: epochs is missing', fieldErrors: [{ key: 'epochs', message: 'is missing' }] };
        }
        return { locale: 'en' };
      },
      on: (_channel, listener) => {
        emit = listener;
        return () => (emit = () => {});
      },
    });
    expect(await client.invoke('settings:get', undefined)).toEqual({ locale: 'en' });
    const error = await client.invoke('training:start', { lessonId: 'sine', hyperparameters: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LabApiError);
    expect((error as LabApiError).message).toBe('invalid hyperparameters: epochs is missing');
    expect((error as LabApiError).fieldErrors).toEqual([{ key: 'epochs', message: 'is missing' }]);
    expect(calls.map(([channel]) => channel)).toEqual(['settings:get', 'training:start']);

    const seen: unknown[] = [];
    const off = client.on('runs:changed', (payload) => seen.push(payload));
    emit({ runId: 'r1' });
    off();
    emit({ runId: 'r2' });
    expect(seen).toEqual([{ runId: 'r1' }]);
  });

  it('strips Electron\'s remote-method prefix from thrown errors', async () => {
    const client = bridgeClient({
      invoke: () => Promise.reject(new Error("Error invoking remote method 'airi:invoke': Error: the store is closed")),
      on: () => () => {},
    });
    await expect(client.invoke('runs:list', {})).rejects.toThrow(/^the store is closed$/);
  });
});

/** A stand-in for the browser's WebSocket that the test drives by hand. */
class FakeSocket {
  static made: FakeSocket[] = [];
  readyState = 0;
  sent: unknown[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.made.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  drop() {
    this.readyState = 3;
    this.onclose?.();
  }
}

describe('socketClient', () => {
  it('queues calls until the socket opens, matches results by id and fails calls cut off by a drop', async () => {
    vi.useFakeTimers();
    FakeSocket.made = [];
    const client = socketClient('ws://h/api', (url) => new FakeSocket(url) as unknown as WebSocket);
    const statuses: string[] = [];
    client.onStatus((status) => statuses.push(status));
    const first = client.invoke('settings:get', undefined);
    const socket = FakeSocket.made[0];
    expect(socket.sent).toEqual([]);
    socket.open();
    expect(socket.sent).toEqual([{ kind: 'invoke', id: 1, channel: 'settings:get' }]);
    socket.receive({ kind: 'result', id: 1, ok: true, response: { locale: 'en' } });
    expect(await first).toEqual({ locale: 'en' });

    const failing = client.invoke('runs:get', { runId: 'x' });
    socket.receive({ kind: 'result', id: 2, ok: false, error: { name: 'NotFoundError', message: 'no run x' } });
    await expect(failing).rejects.toThrow('no run x');

    const events: unknown[] = [];
    client.on('runs:changed', (payload) => events.push(payload));
    socket.receive({ kind: 'event', channel: 'runs:changed', payload: { runId: 'r' } });
    expect(events).toEqual([{ runId: 'r' }]);

    const cut = client.invoke('runs:list', {});
    socket.drop();
    await expect(cut).rejects.toMatchObject({ disconnected: true });
    expect(statuses).toEqual(['connecting', 'open', 'reconnecting']);

    const later = client.invoke('lessons:list', undefined);
    vi.advanceTimersByTime(10_000);
    const again = FakeSocket.made[1];
    expect(again.url).toBe('ws://h/api');
    again.open();
    expect(again.sent).toEqual([{ kind: 'invoke', id: 4, channel: 'lessons:list' }]);
    again.receive({ kind: 'result', id: 4, ok: true, response: [] });
    expect(await later).toEqual([]);
    expect(statuses.at(-1)).toBe('open');
    vi.useRealTimers();
  });
});
