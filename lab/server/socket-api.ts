// The API over a WebSocket (browser/classroom mode): invoke messages in, results and events out,
// exactly the channels Electron IPC carries. Each connection gets the step-by-step events of the runs
// it watches only, throttled (client-events.ts); watch messages change that set.
import type { WebSocket } from 'ws';
import { englishLabError, type LabErrorInfo } from '../../contract/lab-errors';
import type { ClientMessage, InvokeMessage, ResultMessage, ServerMessage } from '../../contract/transport';
import type { Lab } from '../app/lab';
import { serializeError } from '../app/serialize-error';
import { checkPermission, type Person } from './classroom-people';
import { ClientEvents } from './client-events';
import { hidePathsDeep } from './hide-server-paths';

function parseClientMessage(data: unknown): ClientMessage | null {
  try {
    const message = JSON.parse(String(data)) as { kind?: unknown; id?: unknown; channel?: unknown; runIds?: unknown };
    if (message.kind === 'invoke' && typeof message.id === 'number' && typeof message.channel === 'string') {
      return message as InvokeMessage;
    }
    const { runIds } = message;
    if (message.kind === 'watch' && (runIds === 'all' || (Array.isArray(runIds) && runIds.length <= 1000 && runIds.every((id) => typeof id === 'string')))) {
      return { kind: 'watch', runIds };
    }
  } catch {
    // fall through: not JSON
  }
  return null;
}

/** The run a call is about, when it opens or controls one: the caller wants its live events. */
function runOfInterest(message: InvokeMessage, response: unknown): string | null {
  if (message.channel === 'training:start') {
    const runId = (response as { runId?: unknown } | null)?.runId;
    return typeof runId === 'string' ? runId : null;
  }
  if (message.channel === 'runs:get' || message.channel === 'training:stop' || message.channel === 'training:continue') {
    const runId = (message.request as { runId?: unknown } | null)?.runId;
    return typeof runId === 'string' ? runId : null;
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
  /** Who this connection is: a student may stop and delete only their own runs, and change no setting. */
  person: Person;
}

/** Channels that name or choose files on the lab's computer: the teacher's own browser only. */
const SERVER_PATH_CHANNELS: readonly string[] = ['datasets:import', 'datasets:pick', 'transfer:scan', 'transfer:train', 'transfer:finetune'];

function refusedByPolicy(message: InvokeMessage, policy: SocketPolicy): LabErrorInfo | null {
  const request = message.request as { data?: unknown } | null;
  if (!policy.allowServerPaths && message.channel === 'training:start' && request && request.data !== undefined) {
    return { code: 'classroom-no-data-path', params: {} };
  }
  if (!policy.allowServerPaths && SERVER_PATH_CHANNELS.includes(message.channel)) {
    return { code: 'dataset-paths-refused', params: {} };
  }
  if (!policy.allowServerPaths && TEACHER_MODEL_CHANNELS.has(message.channel)) {
    return { code: 'classroom-teacher-only', params: {} };
  }
  return null;
}

/** Changes to the model library: the teacher's, not a student's (classify and inspect stay open). */
const TEACHER_MODEL_CHANNELS = new Set(['models:import', 'models:remove', 'models:rename', 'models:set-preprocessing', 'models:set-provider',
  // torchvision weights: importing (an upload), downloading and removing are the teacher's.
  'weights:import', 'weights:download', 'weights:remove']);

/** Channels whose answers carry stored error texts, which may name the server's folders. */
const CHANNELS_WITH_ERROR_TEXTS = new Set(['runs:list', 'runs:get']);

/** A response fit for this client: no server folders in error texts, no data path for students. */
function responseFor(channel: string, response: unknown, policy: SocketPolicy): unknown {
  if (channel === 'app:info' && !policy.allowServerPaths && response !== null && typeof response === 'object') {
    return { ...response, dataDirectory: '' };
  }
  // Nor is the lab's downloads folder, where the teacher may put torchvision's files.
  if (channel === 'weights:status' && !policy.allowServerPaths && response !== null && typeof response === 'object') {
    return { ...response, downloadsFolder: '' };
  }
  // Where the teacher keeps the dataset is not a student's business: they see its file name only.
  if (channel === 'datasets:status' && !policy.allowServerPaths) return forStudents(response);
  return CHANNELS_WITH_ERROR_TEXTS.has(channel) ? hidePathsDeep(response) : response;
}

/** Events carrying paths or error texts, as this client may see them. */
function eventFor(channel: string, payload: unknown, policy: SocketPolicy): unknown {
  if (channel === 'training:finished') return hidePathsDeep(payload);
  if ((channel === 'datasets:progress' || channel === 'datasets:finished') && !policy.allowServerPaths) return forStudents(payload);
  return payload;
}

/** A dataset status or event as a student sees it: file names without folders, and no import offered. */
function forStudents(value: unknown): unknown {
  const hidden = hidePathsDeep(value);
  if (hidden === null || typeof hidden !== 'object') return hidden;
  const o = hidden as Record<string, unknown>;
  if ('canImport' in o) return { ...o, canImport: false };
  if (o.status !== null && typeof o.status === 'object') return { ...o, status: { ...(o.status as object), canImport: false } };
  return o;
}

export function attachSocket(socket: WebSocket, lab: Lab, policy: SocketPolicy): void {
  const send = (message: ServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  const events = new ClientEvents((channel, payload) =>
    send({ kind: 'event', channel, payload: eventFor(channel, payload, policy) }));
  // The teacher sees the whole class's runs live.
  if (policy.person.role === 'teacher') events.watch('all');
  const unsubscribe = lab.onEvent((channel, payload) => events.deliver(channel, payload));
  const trainerOf = async (runId: string): Promise<string | null | undefined> => {
    try {
      return (await lab.handlers['runs:get']({ runId })).trainedBy ?? null;
    } catch {
      return undefined; // no such run: the call itself will say so
    }
  };
  const detach = () => {
    unsubscribe();
    events.close();
  };
  socket.on('close', detach);
  socket.on('error', detach);
  socket.on('message', async (data) => {
    const message = parseClientMessage(data);
    if (!message) {
      socket.close(1003, 'expected an invoke or watch message');
      return;
    }
    if (message.kind === 'watch') {
      events.watch(message.runIds);
      return;
    }
    let result: ResultMessage;
    const refusal = refusedByPolicy(message, policy);
    if (refusal) {
      send({ kind: 'result', id: message.id, ok: false, error: { name: 'ApiInputError', message: englishLabError(refusal), info: refusal } });
      return;
    }
    try {
      // Watched before the call returns: a run's first steps may arrive before its id does.
      await checkPermission(policy.person, message, trainerOf);
      const before = runOfInterest(message, null);
      if (before) events.watchRun(before);
      const response = await lab.dispatch(message.channel, message.request);
      const started = runOfInterest(message, response);
      if (started && message.channel === 'training:start') {
        events.watchRun(started);
        if (policy.person.role === 'student') lab.assignRun(started, policy.person.name);
      }
      result = { kind: 'result', id: message.id, ok: true, response: responseFor(message.channel, response, policy) };
    } catch (error) {
      result = { kind: 'result', id: message.id, ok: false, error: hidePathsDeep(serializeError(error)) };
    }
    send(result);
  });
}
