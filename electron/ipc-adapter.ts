// Carries the contract API over Electron IPC: one invoke channel in, one event channel out. It adds no
// logic of its own: every call goes to lab.dispatch (which checks the channel and runs the input guard),
// and every lab event goes to every window. The WebSocket adapter in lab/server does the same for browsers.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Lab } from '../lab/app/lab';
import { serializeError } from '../lab/app/serialize-error';
import { isAppUrl } from './app-protocol';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type InvokeOutcome } from './ipc-channels';

/** Only our own page may call the lab: the main frame of the app's origin (airi-lab://app). */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return Boolean(frame && frame.parent === null && isAppUrl(frame.url));
}

/** Wires `lab` into IPC; returns the function that unwires it (used on quit). */
export function connectLabToIpc(lab: Lab): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, request: unknown): Promise<InvokeOutcome> => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { name: 'SecurityError', message: 'this page may not call Airi Lab' } };
    }
    try {
      return { ok: true, response: await lab.dispatch(channel, request) };
    } catch (error) {
      const payload = serializeError(error);
      // Bad input is the user's to fix and shows in the UI; anything else is our bug, so keep its stack here.
      if (payload.name !== 'ApiInputError') console.error(`[airi] ${String(channel)} failed:`, error);
      return { ok: false, error: payload };
    }
  });

  const unsubscribe = lab.onEvent((channel, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed() && !window.webContents.isDestroyed()) {
        window.webContents.send(EVENT_CHANNEL, channel, payload);
      }
    }
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(INVOKE_CHANNEL);
  };
}
