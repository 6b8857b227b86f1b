// Error texts leave the server without its folders: "/home/teacher/airi/data/cifar.tar.gz" reaches a
// client as "…/cifar.tar.gz", so a message still names the file a person gave, but never where the
// teacher's computer keeps it.
const POSIX_PATH = /(^|[\s'"`(=:])\/(?:[^\s'"`/]+\/)+([^\s'"`/]*)/g;
const WINDOWS_PATH = /(^|[\s'"`(=])[a-zA-Z]:[\\/](?:[^\s'"`\\/]+[\\/])*([^\s'"`\\/]*)/g;
const FILE_URL = /file:\/\/\S+?([^\s'"`/]*)(?=[\s'"`)]|$)/g;

export function hideServerPaths(text: string): string {
  return text
    .replace(FILE_URL, (_match, name: string) => `…/${name}`)
    .replace(POSIX_PATH, (_match, before: string, name: string) => `${before}…/${name}`)
    .replace(WINDOWS_PATH, (_match, before: string, name: string) => `${before}…\\${name}`);
}

/** Every string inside a message (error texts, error parameters), with paths hidden; numbers untouched. */
export function hidePathsDeep<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return hideServerPaths(value);
  if (Array.isArray(value)) {
    // Metric series and pixel data are long arrays of numbers: nothing to hide, nothing to copy.
    if (value.length > 0 && typeof value[0] === 'number') return value;
    return value.map(walk);
  }
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    // fromEntries defines keys as data, so a key named "__proto__" stays a key.
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
  }
  return value;
}
