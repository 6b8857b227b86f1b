// The running application in Node: the API handlers plus the event stream, as one object that the
// desktop shell (IPC) and the classroom server (WebSocket) both wrap. Neither transport adds logic.
import type { Handlers } from '../../contract/api';
import type { EventListener } from '../../contract/events';

export interface Lab {
  readonly handlers: Handlers;
  /** Validates and runs one call from outside; see dispatch.ts. */
  dispatch(channel: unknown, request: unknown): Promise<unknown>;
  /** Every event for every UI; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void;
  readonly dataDirectory: string;
  /** Records who trained a run (the classroom server calls it for the students' runs). */
  assignRun(runId: string, trainedBy: string): void;
  /** Stops running trainings (they are stored as stopped) and closes the store. */
  close(): Promise<void>;
}

export interface LabOptions {
  /** Defaults to AIRI_LAB_HOME, then the platform's user data directory (see data-directory.ts). */
  dataDirectory?: string;
  mode: 'electron' | 'browser';
  /** Path to a better-sqlite3 binary built for this runtime's ABI (Electron); plain Node leaves it unset. */
  sqliteNativeBinding?: string;
  /** Electron fills these for the About screen. */
  shellVersions?: { electron: string; chrome: string };
  /** The desktop app's native file dialog for choosing CIFAR-10 (null when cancelled); browser mode has none. */
  pickDatasetPath?: (folder: boolean) => Promise<string | null>;
}
