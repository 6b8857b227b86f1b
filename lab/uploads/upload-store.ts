// Files arriving from the UI in chunks (contract/uploads.ts), written to <data>/uploads/<id>.part
// until complete, then handed once to whoever consumes them (the classifier, the model importer).
// Chunks must come in order; caps are checked at the start; an upload left idle for 10 minutes, or
// one past the limit of open uploads, is dropped so a careless or hostile client cannot fill the disk.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { appendFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiInputError } from '../../contract/guards';
import { UPLOAD_CAPS_MB, UPLOAD_CHUNK_BYTES, type UploadChunk, type UploadPurpose, type UploadStart } from '../../contract/uploads';

const MEGABYTE = 1024 * 1024;
const IDLE_MS = 10 * 60 * 1000;
const MAX_OPEN = 64;

interface Upload extends UploadStart {
  id: string;
  path: string;
  received: number;
  touched: number;
  /** Chunks are appended one after another; this chains them. */
  writing: Promise<void>;
}

/** A complete upload, taken from the store: its file on disk is the caller's to delete (see `release`). */
export interface ReceivedFile {
  file: string;
  path: string;
  bytes: number;
  purpose: UploadPurpose;
}

export class UploadStore {
  private readonly uploads = new Map<string, Upload>();
  private readonly folder: string;

  constructor(dataDirectory: string, private readonly now = () => Date.now()) {
    this.folder = join(dataDirectory, 'uploads');
    // Leftovers of a previous process are never complete: start empty.
    rmSync(this.folder, { recursive: true, force: true });
    mkdirSync(this.folder, { recursive: true });
  }

  async start(request: UploadStart): Promise<{ uploadId: string; chunkBytes: number }> {
    const cap = UPLOAD_CAPS_MB[request.purpose];
    if (request.bytes > cap * MEGABYTE) {
      throw ApiInputError.of({ code: 'upload-too-big', params: { file: request.file, megabytes: request.bytes / MEGABYTE, maxMegabytes: cap } });
    }
    await this.dropIdle();
    if (this.uploads.size >= MAX_OPEN) await this.drop(this.oldest());
    const id = randomBytes(16).toString('hex');
    const upload: Upload = { ...request, id, path: join(this.folder, `${id}.part`), received: 0, touched: this.now(), writing: Promise.resolve() };
    await writeFile(upload.path, new Uint8Array(0));
    this.uploads.set(id, upload);
    return { uploadId: id, chunkBytes: UPLOAD_CHUNK_BYTES };
  }

  async chunk({ uploadId, offset, data }: UploadChunk): Promise<{ received: number; complete: boolean }> {
    const upload = this.get(uploadId);
    const bytes = Buffer.from(data, 'base64');
    if (offset !== upload.received || upload.received + bytes.length > upload.bytes || bytes.length > UPLOAD_CHUNK_BYTES) {
      await this.drop(upload);
      throw ApiInputError.of({ code: 'upload-incomplete', params: { file: upload.file, received: upload.received, expected: upload.bytes } });
    }
    upload.received += bytes.length;
    upload.touched = this.now();
    upload.writing = upload.writing.then(() => appendFile(upload.path, bytes));
    await upload.writing;
    return { received: upload.received, complete: upload.received === upload.bytes };
  }

  async cancel(uploadId: string): Promise<boolean> {
    const upload = this.uploads.get(uploadId);
    if (upload) await this.drop(upload);
    return upload !== undefined;
  }

  /** Removes a complete upload from the store and gives its file; throws if it is missing or incomplete. */
  async take(uploadId: string, purpose: UploadPurpose): Promise<ReceivedFile> {
    const upload = this.get(uploadId);
    if (upload.purpose !== purpose) throw new ApiInputError(`upload ${uploadId} was sent as a ${upload.purpose}, not a ${purpose}`);
    await upload.writing;
    if (upload.received !== upload.bytes) {
      throw ApiInputError.of({ code: 'upload-incomplete', params: { file: upload.file, received: upload.received, expected: upload.bytes } });
    }
    this.uploads.delete(uploadId);
    return { file: upload.file, path: upload.path, bytes: upload.bytes, purpose };
  }

  /** Deletes a taken upload's file. */
  async release(received: ReceivedFile): Promise<void> {
    await rm(received.path, { force: true });
  }

  async close(): Promise<void> {
    for (const upload of [...this.uploads.values()]) await this.drop(upload);
  }

  private get(uploadId: string): Upload {
    const upload = this.uploads.get(uploadId);
    if (!upload) throw ApiInputError.of({ code: 'upload-not-found', params: { uploadId } });
    return upload;
  }

  private oldest(): Upload {
    return [...this.uploads.values()].sort((a, b) => a.touched - b.touched)[0];
  }

  private async dropIdle(): Promise<void> {
    const limit = this.now() - IDLE_MS;
    for (const upload of [...this.uploads.values()]) if (upload.touched < limit) await this.drop(upload);
  }

  private async drop(upload: Upload): Promise<void> {
    this.uploads.delete(upload.id);
    await upload.writing.catch(() => {});
    await rm(upload.path, { force: true });
  }
}
