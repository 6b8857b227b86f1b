// The messages of the WebSocket transport (browser/classroom mode), and the client-side API shape
// shared by both transports. Electron's preload exposes the same `invoke`/`on` pair.
import type { LabErrorInfo } from './lab-errors';
import type { Channel, RequestOf, ResponseOf } from './api';
import type { EventChannel, Events } from './events';

export interface InvokeMessage {
  kind: 'invoke';
  id: number;
  channel: Channel;
  request: unknown;
}
/**
 * Client to server: the runs whose step-by-step events (progress, pictures) this client wants, besides
 * those it started or opened; 'all' for an overview of the whole class. Ends and list changes always come.
 */
export interface WatchMessage {
  kind: 'watch';
  runIds: string[] | 'all';
}
export type ClientMessage = InvokeMessage | WatchMessage;

export interface ResultMessage {
  kind: 'result';
  id: number;
  ok: boolean;
  response?: unknown;
  /** Present when ok is false: a message fit to show the user, and its code when the UI can word it itself. */
  error?: { name: string; message: string; fieldErrors?: { key: string; message: string }[]; info?: LabErrorInfo };
}
export interface EventMessage {
  kind: 'event';
  channel: EventChannel;
  payload: unknown;
}
export type ServerMessage = ResultMessage | EventMessage;

export interface LabApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Subscribes to an event channel; returns the unsubscribe function. */
  on<E extends EventChannel>(channel: E, listener: (payload: Events[E]) => void): () => void;
}

/** The WebSocket path, and the query parameter / cookie that carry the classroom join token. */
export const API_SOCKET_PATH = '/api';
export const JOIN_TOKEN_PARAM = 'token';
