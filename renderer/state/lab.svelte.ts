// The window's one API client and the reactive state of its connection (drives the banner).
import { createLabClient, type ConnectionStatus } from '../api/client';

export const api = createLabClient();

class Connection {
  status = $state<ConnectionStatus>('connecting');
  readonly online = $derived(this.status === 'open');
  private readonly reconnectListeners = new Set<() => void>();

  constructor() {
    let wasOpen = false;
    api.onStatus((status) => {
      this.status = status;
      if (status !== 'open') return;
      if (wasOpen) for (const listener of this.reconnectListeners) listener();
      wasOpen = true;
    });
  }

  /** Runs `listener` after every reconnection, for state that may have missed events; returns the unsubscribe. */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }
}

export const connection = new Connection();
