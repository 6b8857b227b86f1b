// What this window may do about the dataset on the lab's computer: the desktop app and a browser on
// that same computer (the teacher's) may name paths there; a student's browser may not (the server
// refuses it too: see lab/server/socket-api.ts). A dropped file has a path only in the desktop app.
import { api } from '../../state/lab.svelte';

interface FilesBridge {
  pathForFile(file: File): string;
}

declare global {
  interface Window {
    airiFiles?: FilesBridge;
  }
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || host === '::1' || host.startsWith('127.');
}

export function canNameServerPaths(): boolean {
  return api.transport === 'electron' || isLoopbackHost(window.location.hostname);
}

/** The path of a file or folder dropped on the window, or null where the browser does not say. */
export function droppedPath(event: DragEvent): string | null {
  const file = event.dataTransfer?.files[0];
  if (!file || !window.airiFiles) return null;
  const path = window.airiFiles.pathForFile(file);
  return path === '' ? null : path;
}
