// Streams the members of a .tar or .tar.gz archive (gzip is detected from the bytes, not the name):
// the file is read in 256 KiB chunks, gunzipped and untarred on the fly, and each member's bytes go to
// its sink as they arrive, so a 160 MB archive is never held in memory. A truncated or corrupt
// archive becomes a DatasetImportError naming the archive and the member being read.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Parser, type ReadEntry } from 'tar';
import { DatasetImportError } from './dataset-import-error';
import { normalizeMemberPath, offerMember, PendingWork, type MemberVisitor, type ReadProgress } from './member-visitor';

// 256 KiB of a .tar.gz holds a few hundred small JPEGs: reading pauses between chunks while they decode.
const CHUNK_BYTES = 1 << 18;

export interface ArchiveReadOptions {
  onProgress?: ReadProgress;
  /** Members whose sinks may still be working (decoding) while reading goes on. */
  maxPending?: number;
}

export async function visitArchiveMembers(archive: string, visit: MemberVisitor, options: ArchiveReadOptions = {}): Promise<void> {
  const total = (await stat(archive)).size;
  const work = new PendingWork(archive, options.maxPending ?? 16);
  let lastMember: string | null = null;
  let memberOpen = false;

  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      const path = normalizeMemberPath(entry.path);
      lastMember = path;
      // Directories, links and pax/GNU bookkeeping entries carry no image data.
      const sink = entry.type === 'File' || entry.type === 'OldFile' || entry.type === 'ContiguousFile'
        ? offerMember(work, visit, { path, size: entry.size })
        : null;
      if (!sink) {
        entry.resume();
        return;
      }
      memberOpen = true;
      entry.on('data', (chunk: Buffer) => sink.write(chunk));
      entry.on('end', () => {
        memberOpen = false;
        sink.end();
      });
    },
  });
  const parsed = new Promise<void>((resolve) => {
    parser.on('error', (error: Error) => {
      const reason = `the archive is truncated or corrupt (${error.message})`;
      if (memberOpen) work.fail(lastMember, new Error(`${reason}; it broke off inside this member`));
      else work.fail(null, new Error(lastMember ? `${reason}, after member ${lastMember}` : reason));
      resolve();
    });
    parser.on('close', () => resolve());
  });

  const stream = createReadStream(archive, { highWaterMark: CHUNK_BYTES });
  let done = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      done += chunk.length;
      if (!parser.write(chunk)) await Promise.race([new Promise((resolve) => parser.once('drain', resolve)), parsed]);
      options.onProgress?.(done, total);
      await work.waitForRoom();
      if (work.failure) break;
    }
    if (!work.failure) {
      parser.end();
      await parsed;
    }
    await work.drain();
  } catch (error) {
    work.fail(null, error);
  } finally {
    stream.destroy();
  }
  if (!work.failure && memberOpen) work.fail(lastMember, new Error('the archive ended inside this member'));
  if (work.failure) throw work.failure;
  if (lastMember === null) throw new DatasetImportError(archive, null, 'the archive holds no files');
}
