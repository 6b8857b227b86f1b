// The renderer's one client of the lab API. In the desktop app Electron's preload exposes `window.airi`
// ({ invoke, on }); in browser/classroom mode the same calls travel over a WebSocket to /api. Screens
// only ever see `LabApi`, so they cannot tell the two transports apart.
import { isLabErrorInfo, type LabErrorInfo } from '../../contract/lab-errors';
import type { Channel, RequestOf, ResponseOf } from '../../contract/api';
import type { EventChannel, Events } from '../../contract/events';
import {
  API_SOCKET_PATH,
  JOIN_TOKEN_PARAM,
  type InvokeMessage,
  type LabApi,
  type ServerMessage,
} from '../../contract/transport';

/** What the preload script exposes through contextBridge: two functions, never raw ipcRenderer. */
export interface PreloadBridge {
  invoke(channel: string, request: unknown): Promise<unknown>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    airi?: PreloadBridge;
  }
}

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting';

export interface LabClient extends LabApi {
  readonly transport: 'electron' | 'websocket';
  /** Called now and on every change; returns the unsubscribe function. */
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
}

/** A failed call: the server's message (fit to show), or a lost connection. */
export class LabApiError extends Error {
  constructor(
    message: string,
    readonly kind: string,
    readonly fieldErrors: { key: string; message: string }[] = [],
    /** The error's code, when the UI can word it in its language (see i18n/error-text.ts). */
    readonly info: LabErrorInfo | null = null,
  ) {
    super(message);
    this.name = 'LabApiError';
  }
  get disconnected(): boolean {
    return this.kind === 'Disconnected';
  }
}

/** The error text of anything a call threw (the preload rejects with plain `{ name, message }` objects). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

/** Whatever the preload bridge rejected with, as a LabApiError. */
function fromBridgeError(error: unknown): LabApiError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; fieldErrors?: unknown; info?: unknown };
  // Electron prefixes errors thrown in main with "Error invoking remote method '…': Error: ".
  const message = errorMessage(error).replace(/^Error invoking remote method '[^']*': (\w*Error: )?/, '');
  const fieldErrors = Array.isArray(e.fieldErrors) ? (e.fieldErrors as { key: string; message: string }[]) : [];
  return new LabApiError(message, typeof e.name === 'string' ? e.name : 'Error', fieldErrors, isLabErrorInfo(e.info) ? e.info : null);
}

type AnyListener = (payload: never) => void;

class ListenerTable {
  private readonly table = new Map<string, Set<AnyListener>>();
  add(channel: string, listener: AnyListener): () => void {
    const set = this.table.get(channel) ?? new Set<AnyListener>();
    this.table.set(channel, set);
    set.add(listener);
    return () => set.delete(listener);
  }
  emit(channel: string, payload: unknown): void {
    for (const listener of this.table.get(channel) ?? []) {
      try {
        (listener as (p: unknown) => void)(payload);
      } catch (error) {
        console.error(`listener of ${channel} failed`, error);
      }
    }
  }
}

/** The client over the Electron preload bridge. */
export function bridgeClient(bridge: PreloadBridge): LabClient {
  return {
    transport: 'electron',
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
      try {
        return (await bridge.invoke(channel, request)) as ResponseOf<C>;
      } catch (error) {
        throw fromBridgeError(error);
      }
    },
    on<E extends EventChannel>(channel: E, listener: (payload: Events[E]) => void): () => void {
      return bridge.on(channel, listener as (payload: unknown) => void);
    },
    onStatus(listener) {
      listener('open');
      return () => {};
    },
  };
}

/** ws(s)://<host>/api, carrying the classroom join token when the page was opened with one. */
export function socketUrl(location: Pick<Location, 'protocol' | 'host' | 'search'>): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const token = new URLSearchParams(location.search).get(JOIN_TOKEN_PARAM);
  const query = token ? `?${JOIN_TOKEN_PARAM}=${encodeURIComponent(token)}` : '';
  return `${scheme}://${location.host}${API_SOCKET_PATH}${query}`;
}

/** Delay before reconnect attempt `attempt` (1-based): 0.5 s doubling to 8 s, with a little jitter. */
export function reconnectDelayMs(attempt: number, random = Math.random): number {
  const base = Math.min(8000, 500 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.85 + 0.3 * random()));
}

interface Pending {
  message: InvokeMessage;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** The parts of the WebSocket class the client uses (tests pass a fake). */
export type SocketFactory = (url: string) => WebSocket;

const SOCKET_OPEN = 1;

/** The client over a WebSocket to the lab server, reconnecting with backoff when it drops. */
export function socketClient(url: string, openSocket: SocketFactory = (u) => new WebSocket(u)): LabClient {
  const listeners = new ListenerTable();
  const statusListeners = new Set<(status: ConnectionStatus) => void>();
  /** Sent and awaiting their result. */
  const inFlight = new Map<number, Pending>();
  /** Made while disconnected; sent once the socket opens. */
  const queued: Pending[] = [];
  let status: ConnectionStatus = 'connecting';
  let socket: WebSocket | null = null;
  let attempt = 0;
  let nextId = 1;

  const setStatus = (next: ConnectionStatus) => {
    if (next === status) return;
    status = next;
    for (const listener of statusListeners) listener(status);
  };

  const send = (pending: Pending) => {
    inFlight.set(pending.message.id, pending);
    socket!.send(JSON.stringify(pending.message));
  };

  const onMessage = (data: unknown) => {
    let message: ServerMessage;
    try {
      message = JSON.parse(String(data)) as ServerMessage;
    } catch {
      console.error('the lab server sent a message that is not JSON');
      return;
    }
    if (message.kind === 'event') {
      listeners.emit(message.channel, message.payload);
    } else if (message.kind === 'result') {
      const pending = inFlight.get(message.id);
      if (!pending) return;
      inFlight.delete(message.id);
      if (message.ok) pending.resolve(message.response);
      else {
        const e = message.error;
        const info = isLabErrorInfo(e?.info) ? e.info : null;
        pending.reject(new LabApiError(e?.message ?? 'the call failed', e?.name ?? 'Error', e?.fieldErrors ?? [], info));
      }
    }
  };

  const connect = () => {
    const ws = openSocket(url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      setStatus('open');
      for (const pending of queued.splice(0)) send(pending);
    };
    ws.onmessage = (event) => onMessage(event.data);
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      // The server may or may not have run these calls: fail them rather than send them twice.
      for (const pending of inFlight.values()) {
        pending.reject(new LabApiError('the connection to the lab server was lost', 'Disconnected'));
      }
      inFlight.clear();
      setStatus('reconnecting');
      attempt += 1;
      setTimeout(connect, reconnectDelayMs(attempt));
    };
  };
  connect();

  return {
    transport: 'websocket',
    invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
      return new Promise<ResponseOf<C>>((resolve, reject) => {
        const message: InvokeMessage = { kind: 'invoke', id: nextId++, channel, request };
        const pending: Pending = { message, resolve: resolve as (value: unknown) => void, reject };
        if (socket && socket.readyState === SOCKET_OPEN) send(pending);
        else queued.push(pending);
      });
    },
    on<E extends EventChannel>(channel: E, listener: (payload: Events[E]) => void): () => void {
      return listeners.add(channel, listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      listener(status);
      return () => statusListeners.delete(listener);
    },
  };
}

/** The client for this window: the preload bridge when present, else the page's own server. */
export function createLabClient(): LabClient {
  return window.airi ? bridgeClient(window.airi) : socketClient(socketUrl(window.location));
}
