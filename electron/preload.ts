// Preload of the desktop window (sandboxed, context-isolated). Exposes `window.airi`, the contract's
// LabApi: `invoke(channel, request)` and `on(channel, listener) => unsubscribe`. Channel names are checked
// here against the contract before anything is sent, and ipcRenderer itself never reaches the page.
// Besides it, only `window.airiFiles.pathForFile(file)` for files dropped on the window.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { isChannel } from '../contract/api';
import { EVENT_CHANNELS, type EventChannel } from '../contract/events';
import type { LabApi } from '../contract/transport';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type ApiErrorPayload, type InvokeOutcome } from './ipc-channels';

function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (EVENT_CHANNELS as readonly string[]).includes(value);
}

/**
 * Errors reach the page as plain `{ name, message, fieldErrors, info }` objects: contextBridge copies an
 * Error's message but drops its own properties; the form needs fieldErrors to mark the offending inputs,
 * and the UI needs info (a code) to word the error in its language.
 */
function apiError(name: string, message: string): ApiErrorPayload {
  return { name, message };
}

type Listener = (payload: unknown) => void;
const listeners = new Map<EventChannel, Set<Listener>>();

// One IPC subscription for the whole page; lab events are fanned out to the page's listeners here.
ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, channel: unknown, payload: unknown) => {
  if (!isEventChannel(channel)) return;
  for (const listener of listeners.get(channel) ?? []) {
    try {
      listener(payload);
    } catch (error) {
      console.error(`airi: a listener of ${channel} threw`, error);
    }
  }
});

const api: LabApi = {
  invoke(channel, request) {
    if (!isChannel(channel)) {
      return Promise.reject(apiError('ApiInputError', `unknown channel ${String(channel)}`));
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, request).then((outcome: InvokeOutcome) => {
      if (outcome.ok) return outcome.response as never;
      throw outcome.error;
    });
  },
  on(channel, listener) {
    if (!isEventChannel(channel)) throw new TypeError(`unknown event channel ${String(channel)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const wrapped = listener as Listener;
    let set = listeners.get(channel);
    if (!set) listeners.set(channel, (set = new Set()));
    set.add(wrapped);
    return () => {
      set.delete(wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('airi', api);
// A file dropped on the window only says where it lives through webUtils (File.path is gone): the
// CIFAR-10 panel imports a dropped archive or folder by that path.
contextBridge.exposeInMainWorld('airiFiles', { pathForFile: (file: File) => webUtils.getPathForFile(file) });
