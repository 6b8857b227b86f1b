// The members of a dataset laid out as plain files in a folder: listed once (sorted, so the order
// never depends on the file system), then read one by one and offered to the same visitors as
// archive members.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { offerMember, PendingWork, type MemberVisitor, type ReadProgress } from './member-visitor';

export interface FolderFile {
  path: string;
  size: number;
  mtimeMs: number;
}

/** Every regular file under `root`, as '/'-separated relative paths in code-unit order. */
export async function listFolderFiles(root: string): Promise<FolderFile[]> {
  const files: FolderFile[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        const info = await stat(join(root, path));
        files.push({ path, size: info.size, mtimeMs: info.mtimeMs });
      }
    }
  };
  await walk('');
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
        sink.write(await readFile(join(root, file.path)));
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
