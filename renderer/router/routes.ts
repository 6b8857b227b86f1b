// The app's addresses: a hash router, so the same build works from file:// (Electron) and over HTTP.
export type Route =
  | { name: 'home' }
  | { name: 'lesson'; lessonId: string }
  | { name: 'runs' }
  | { name: 'run'; runId: string }
  | { name: 'compare'; runIds: string[] }
  | { name: 'settings' }
  | { name: 'models' }
  | { name: 'model'; modelId: string }
  | { name: 'airi-model'; network: string }
  | { name: 'not-found' };

function segment(value: string): string | null {
  try {
    const decoded = decodeURIComponent(value);
    return decoded.length > 0 ? decoded : null;
  } catch {
    return null;
  }
}

/** "#/lesson/sine" → { name: 'lesson', lessonId: 'sine' }; anything unknown is not-found. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+|\/+$/g, '');
  if (path === '') return { name: 'home' };
  const [head, ...rest] = path.split('/');
  if (head === 'lesson' && rest.length === 1) {
    const lessonId = segment(rest[0]);
    if (lessonId) return { name: 'lesson', lessonId };
  }
  if (head === 'runs' && rest.length === 0) return { name: 'runs' };
  if (head === 'runs' && rest.length === 1) {
    const runId = segment(rest[0]);
    if (runId) return { name: 'run', runId };
  }
  if (head === 'compare' && rest.length >= 2) {
    const runIds = rest.map(segment);
    if (runIds.every((id): id is string => id !== null)) return { name: 'compare', runIds };
  }
  if (head === 'settings' && rest.length === 0) return { name: 'settings' };
  if (head === 'models' && rest.length === 0) return { name: 'models' };
  if (head === 'models' && rest.length === 2 && rest[0] === 'airi') {
    const network = segment(rest[1]);
    if (network) return { name: 'airi-model', network };
  }
  if (head === 'models' && rest.length === 1) {
    const modelId = segment(rest[0]);
    if (modelId) return { name: 'model', modelId };
  }
  return { name: 'not-found' };
}

export const href = {
  home: '#/',
  lesson: (lessonId: string) => `#/lesson/${encodeURIComponent(lessonId)}`,
  runs: '#/runs',
  run: (runId: string) => `#/runs/${encodeURIComponent(runId)}`,
  compare: (...runIds: string[]) => `#/compare/${runIds.map(encodeURIComponent).join('/')}`,
  settings: '#/settings',
  models: '#/models',
  model: (modelId: string) => `#/models/${encodeURIComponent(modelId)}`,
  airiModel: (network: string) => `#/models/airi/${encodeURIComponent(network)}`,
};
