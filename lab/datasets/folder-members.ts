// The members of a dataset laid out as plain files in a folder: listed once (sorted, so the order
// never depends on the file system), then read one by one and offered to the same visitors as
// archive members.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { offerMember, PendingWork, type MemberVisitor, type ReadProgress } from './member-visitor';

export interface FolderFile {
  /** For messages and class folders: the name as text (see nameOf). */
  path: string;
  size: number;
  mtimeMs: number;
  /** The file's own bytes of path, to open it: a Latin-1 name is not valid UTF-8 and would not round-trip. */
  location: Buffer;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const SLASH = Buffer.from('/');

/**
 * A file name as text. Names from old Windows archives are often Latin-1 (Portuguese accents:
 * "avião" as 0x61 0x76 0x69 0xE3 0x6F), not UTF-8: they are read as Latin-1 rather than mangled.
 */
export function nameOf(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** Every regular file under `root`, as '/'-separated relative paths in code-unit order. */
export async function listFolderFiles(root: string): Promise<FolderFile[]> {
  const files: FolderFile[] = [];
  const walk = async (relative: string, directory: Buffer): Promise<void> => {
    const entries = await readdir(directory, { withFileTypes: true, encoding: 'buffer' });
    for (const entry of entries) {
      const path = relative ? `${relative}/${nameOf(entry.name)}` : nameOf(entry.name);
      const location = Buffer.concat([directory, SLASH, entry.name]);
      if (entry.isDirectory()) await walk(path, location);
      else if (entry.isFile()) {
        const info = await stat(location);
        files.push({ path, size: info.size, mtimeMs: info.mtimeMs, location });
      }
    }
  };
  await walk('', Buffer.from(join(root)));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface FolderReadOptions {
  onProgress?: ReadProgress;
  maxPending?: number;
}

export async function visitFolderMembers(
  root: string,
  files: readonly FolderFile[],
  visit: MemberVisitor,
  options: FolderReadOptions = {},
): Promise<void> {
  const work = new PendingWork(root, options.maxPending ?? 16);
  let done = 0;
  for (const file of files) {
    const sink = offerMember(work, visit, { path: file.path, size: file.size });
    if (sink) {
      try {
        sink.write(await readFile(file.location));
        sink.end();
      } catch (error) {
        work.fail(file.path, error);
      }
    }
    options.onProgress?.(++done, files.length);
    await work.waitForRoom();
    if (work.failure) break;
  }
  await work.drain();
  if (work.failure) throw work.failure;
}
