// Streams the members of a .tar or .tar.gz archive (gzip is detected from the bytes, not the name):
// the file is read in 256 KiB chunks, gunzipped and untarred on the fly, and each member's bytes go
// to its sink as they arrive, so a 160 MB archive is never held in memory. A truncated or corrupt
// archive becomes a DatasetImportError naming the archive and the member being read. We gunzip
// ourselves rather than let the tar parser do it, to see the raw tar stream: the parser accepts a
// stream cut inside a header, but a whole tar always ends in two zero blocks where a header would be
// (tar-end.ts finds them, and reading stops there: linear time and flat memory for any input).
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { DatasetImportError } from './dataset-import-error';
import { TarEnd } from './tar-end';
import { normalizeMemberPath, offerMember, PendingWork, type MemberVisitor, type ReadProgress } from './member-visitor';

// 256 KiB of a .tar.gz holds a few hundred small JPEGs: reading pauses between chunks while they decode.
const CHUNK_BYTES = 1 << 18;

export interface ArchiveReadOptions {
  onProgress?: ReadProgress;
  /** Members whose sinks may still be working (decoding) while reading goes on. */
  maxPending?: number;
}

async function isGzip(archive: string): Promise<boolean> {
  const file = await open(archive, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await file.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await file.close();
  }
}

export async function visitArchiveMembers(archive: string, visit: MemberVisitor, options: ArchiveReadOptions = {}): Promise<void> {
  const total = (await stat(archive)).size;
  const work = new PendingWork(archive, options.maxPending ?? 16);
  let lastMember: string | null = null;
  let memberOpen = false;
  const broken = (detail: string) => {
    const reason = `the archive is truncated or corrupt (${detail})`;
    if (memberOpen) work.fail(lastMember, new Error(`${reason}; it broke off inside this member`));
    else work.fail(null, new Error(lastMember ? `${reason}, after member ${lastMember}` : reason));
  };

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
      broken(error.message);
      resolve();
    });
    parser.on('close', () => resolve());
  });

  const file = createReadStream(archive, { highWaterMark: CHUNK_BYTES });
  const gzip = await isGzip(archive);
  const tarStream: Readable = gzip ? file.pipe(createGunzip({ chunkSize: 1 << 16 })) : file;
  if (gzip) file.on('error', (error) => tarStream.destroy(error));
  // Reading stops at the end-of-archive blocks: what follows (padding, zeros, garbage) is never parsed.
  const end = new TarEnd();
  try {
    for await (const chunk of tarStream as AsyncIterable<Buffer>) {
      const inArchive = end.feed(chunk);
      const written = parser.write(inArchive === chunk.length ? chunk : chunk.subarray(0, inArchive));
      if (!written) await Promise.race([new Promise((resolve) => parser.once('drain', resolve)), parsed]);
      options.onProgress?.(file.bytesRead, total);
      await work.waitForRoom();
      if (work.failure || end.ended) break;
    }
    if (!work.failure) {
      parser.end();
      await parsed;
    }
    if (!work.failure && !end.ended) broken(`it does not end with tar's end-of-archive blocks`);
    await work.drain();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A damaged gzip stream (a bad checksum is only seen at its very end) says nothing about which
    // member is broken: blame the archive as a whole, not the member read last.
    if (code?.startsWith('Z_')) work.fail(null, new Error(`the archive is truncated or corrupt (gzip: ${(error as Error).message}); download it again`));
    else work.fail(null, error);
    await work.drain();
  } finally {
    file.destroy();
    tarStream.destroy();
  }
  if (work.failure) throw work.failure;
  if (lastMember === null) throw new DatasetImportError(archive, null, 'the archive holds no files');
}
