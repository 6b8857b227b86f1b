// The API over a WebSocket (browser/classroom mode): invoke messages in, results and events out,
// exactly the channels Electron IPC carries. Each connection gets every lab event.
import type { WebSocket } from 'ws';
import type { InvokeMessage, ResultMessage, ServerMessage } from '../../contract/transport';
import type { Lab } from '../app/lab';
import { serializeError } from '../app/serialize-error';
import { englishLabError } from '../../contract/lab-errors';

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
   * Whether callers may name files on the server (training:start's `data` path, datasets:import). Only
   * for a browser on the lab's own computer: students use the dataset the teacher imported, never
   * paths of their choosing.
   */
  allowServerPaths: boolean;
}

/** Channels that name or choose files on the lab's computer: the teacher's own browser only. */
const SERVER_PATH_CHANNELS: readonly string[] = ['datasets:import', 'datasets:pick'];

function refusedByPolicy(message: InvokeMessage, policy: SocketPolicy): ResultMessage['error'] | null {
  const request = message.request as { data?: unknown } | null;
  if (!policy.allowServerPaths && message.channel === 'training:start' && request && request.data !== undefined) {
    return { name: 'ApiInputError', message: 'in classroom mode the dataset is chosen on the teacher\'s computer; start without a data path' };
  }
  if (!policy.allowServerPaths && SERVER_PATH_CHANNELS.includes(message.channel)) {
    const info = { code: 'dataset-paths-refused', params: {} } as const;
    return { name: 'ApiInputError', message: englishLabError(info), info };
  }
  return null;
}

export function attachSocket(socket: WebSocket, lab: Lab, policy: SocketPolicy): void {
  const send = (message: ServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  const unsubscribe = lab.onEvent((channel, payload) => send({ kind: 'event', channel, payload }));
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
      send({ kind: 'result', id: message.id, ok: false, error: refusal });
      return;
    }
    try {
      result = { kind: 'result', id: message.id, ok: true, response: await lab.dispatch(message.channel, message.request) };
    } catch (error) {
      result = { kind: 'result', id: message.id, ok: false, error: serializeError(error) };
    }
    send(result);
  });
}
