// The API over a WebSocket (browser/classroom mode): invoke messages in, results and events out,
// exactly the channels Electron IPC carries. Each connection gets every lab event.
import type { WebSocket } from 'ws';
import type { InvokeMessage, ResultMessage, ServerMessage } from '../../contract/transport';
import type { Lab } from '../app/lab';
import { serializeError } from '../app/serialize-error';
import { hidePathsDeep } from './hide-server-paths';

function parseInvoke(data: unknown): InvokeMessage | null {
  try {
    const message = JSON.parse(String(data)) as Partial<InvokeMessage>;
    if (message.kind === 'invoke' && typeof message.id === 'number' && typeof message.channel === 'string') {
      return message as InvokeMessage;
    }
  } catch {
    // fall through: not JSON
  }
  return null;
}

export interface SocketPolicy {
  /**
   * Whether callers may name files on the server (training:start's `data` path). Only on loopback:
   * in classroom mode students use the dataset the teacher imported, never paths of their choosing.
   */
  allowServerPaths: boolean;
}

function refusedByPolicy(message: InvokeMessage, policy: SocketPolicy): string | null {
  const request = message.request as { data?: unknown } | null;
  if (!policy.allowServerPaths && message.channel === 'training:start' && request && request.data !== undefined) {
    return 'in classroom mode the dataset is chosen on the teacher\'s computer; start without a data path';
  }
  return null;
}

/** Channels whose answers carry stored error texts, which may name the server's folders. */
const CHANNELS_WITH_ERROR_TEXTS = new Set(['runs:list', 'runs:get']);

/** A response fit for this client: no server folders in error texts, no data path for students. */
function responseFor(channel: string, response: unknown, policy: SocketPolicy): unknown {
  if (channel === 'app:info' && !policy.allowServerPaths && response !== null && typeof response === 'object') {
    return { ...response, dataDirectory: '' };
  }
  return CHANNELS_WITH_ERROR_TEXTS.has(channel) ? hidePathsDeep(response) : response;
}

export function attachSocket(socket: WebSocket, lab: Lab, policy: SocketPolicy): void {
  const send = (message: ServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  const unsubscribe = lab.onEvent((channel, payload) =>
    send({ kind: 'event', channel, payload: channel === 'training:finished' ? hidePathsDeep(payload) : payload }));
  socket.on('close', unsubscribe);
  socket.on('error', unsubscribe);
  socket.on('message', async (data) => {
    const message = parseInvoke(data);
    if (!message) {
      socket.close(1003, 'expected an invoke message');
      return;
    }
    let result: ResultMessage;
    const refusal = refusedByPolicy(message, policy);
    if (refusal) {
      send({ kind: 'result', id: message.id, ok: false, error: { name: 'ApiInputError', message: refusal } });
      return;
    }
    try {
      const response = await lab.dispatch(message.channel, message.request);
      result = { kind: 'result', id: message.id, ok: true, response: responseFor(message.channel, response, policy) };
    } catch (error) {
      result = { kind: 'result', id: message.id, ok: false, error: hidePathsDeep(serializeError(error)) };
    }
    send(result);
  });
}
