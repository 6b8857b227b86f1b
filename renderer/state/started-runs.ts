// The runs this browser tab started, kept in sessionStorage: it survives a page reload (F5, or
// Electron's window reload) but not a new tab, so a reloaded lesson reattaches to its own training
// and never to another student's in a classroom where every window sees every run.
const KEY = 'airi-lab:started-runs';
const KEEP = 20;

function read(): string[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberStartedRun(runId: string): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify([runId, ...read().filter((id) => id !== runId)].slice(0, KEEP)));
  } catch {
    // Storage can be disabled (private windows): the run just won't be reattached after a reload.
  }
}

export function startedHere(runId: string): boolean {
  return read().includes(runId);
}
