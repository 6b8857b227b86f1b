// The two Electron IPC channel names that carry the whole contract API (contract/api.ts, contract/events.ts):
// one invoke channel for every call, one push channel for every event. Shared by preload.ts and ipc-adapter.ts.
import type { ResultMessage } from '../contract/transport';

/** renderer → main: ipcRenderer.invoke(INVOKE_CHANNEL, channel, request) */
export const INVOKE_CHANNEL = 'airi:invoke';
/** main → renderer: webContents.send(EVENT_CHANNEL, channel, payload) */
export const EVENT_CHANNEL = 'airi:event';

/** The error shape both transports deliver, so the UI shows the same message and field errors either way. */
export type ApiErrorPayload = NonNullable<ResultMessage['error']>;

/**
 * What the invoke handler resolves with. Errors travel as data rather than as a rejection because
 * Electron's rejection keeps only the message (and prefixes it), losing `name` and `fieldErrors`.
 */
export type InvokeOutcome = { ok: true; response: unknown } | { ok: false; error: ApiErrorPayload };
