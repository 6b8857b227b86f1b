// A dropped file or folder's path: only the desktop app can tell it (the preload's webUtils). Whether
// this window may import at all comes from the server (DatasetStatus.canImport).

interface FilesBridge {
  pathForFile(file: File): string;
}

declare global {
  interface Window {
    airiFiles?: FilesBridge;
  }
}

/** The path of a file or folder dropped on the window, or null where the browser does not say. */
export function droppedPath(event: DragEvent): string | null {
  const file = event.dataTransfer?.files[0];
  if (!file || !window.airiFiles) return null;
  const path = window.airiFiles.pathForFile(file);
  return path === '' ? null : path;
}
