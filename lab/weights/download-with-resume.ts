// Downloads torchvision's weight files when the teacher asks (never on its own): into
// <destination>.part, resuming with an HTTP Range request after a dropped connection (a few tries in
// this call, and across calls, since the .part file stays), then the sha256 check torchvision does
// (the hex digits after the last "-" of the file name must start the file's sha256). A file that fails
// the check is deleted. Only http(s) and redirects to http(s) are followed.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';

export interface DownloadProgress {
  done: number;
  total: number | null;
}

export interface DownloadOptions {
  onProgress?: (progress: DownloadProgress) => void;
  /** Tries after a dropped connection in this call, each resuming where the last stopped. */
  retries?: number;
  signal?: AbortSignal;
}

/** What went wrong, in English; `hash` is set when the file arrived but failed the check. */
export class DownloadError extends Error {
  override name = 'DownloadError';
  constructor(message: string, readonly hash: { expected: string; actual: string } | null = null) {
    super(message);
  }
}

/** torchvision's check_hash prefix: efficientnet_b0_rwightman-3dd342df.pth -> "3dd342df". */
export function hashPrefixOf(fileName: string): string | null {
  return /-([a-f0-9]+)\.[^.]+$/.exec(fileName)?.[1] ?? null;
}

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function request(url: string, headers: Record<string, string>, signal?: AbortSignal, redirects = 5): Promise<IncomingMessage> {
  const protocol = new URL(url).protocol;
  if (protocol !== 'http:' && protocol !== 'https:') return Promise.reject(new DownloadError(`${url} is not an http(s) address`));
  return new Promise((resolve, reject) => {
    const req = (protocol === 'https:' ? httpsGet : httpGet)(url, { headers, signal, timeout: 30_000 }, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (redirects === 0) return reject(new DownloadError('too many redirects'));
        return resolve(request(new URL(response.headers.location, url).toString(), headers, signal, redirects - 1));
      }
      resolve(response);
    });
    req.on('timeout', () => req.destroy(new DownloadError('no answer for 30 seconds')));
    req.on('error', reject);
  });
}

/** One attempt: appends to the .part file from its current size; true when the file is complete. */
async function attempt(url: string, part: string, options: DownloadOptions): Promise<boolean> {
  const have = (await stat(part).catch(() => null))?.size ?? 0;
  const response = await request(url, have > 0 ? { Range: `bytes=${have}-` } : {}, options.signal);
  const status = response.statusCode ?? 0;
  if (status === 416) {
    response.resume();
    return true; // the .part already holds the whole file
  }
  if (status !== 200 && status !== 206) {
    response.resume();
    throw new DownloadError(`the server answered HTTP ${status}`);
  }
  // 200 to a Range request: the server cannot resume, so the file starts over.
  const start = status === 206 ? have : 0;
  const length = Number(response.headers['content-length']);
  const total = Number.isFinite(length) ? start + length : null;
  let done = start;
  const out = createWriteStream(part, { flags: start > 0 ? 'a' : 'w' });
  try {
    await new Promise<void>((resolve, reject) => {
      response.on('data', (chunk: Buffer) => {
        done += chunk.length;
        options.onProgress?.({ done, total });
      });
      response.on('aborted', () => reject(new DownloadError('the connection dropped')));
      response.on('error', reject);
      out.on('error', reject);
      out.on('finish', resolve);
      response.pipe(out);
    });
  } finally {
    // Whatever reached the disk stays; the next attempt resumes from the file's real size.
    await new Promise<void>((resolve) => out.close(() => resolve()));
  }
  return total === null || done >= total;
}

/** Downloads `url` to `destination` (resuming a .part left by an earlier call), checks the hash prefix of `fileName`. */
export async function downloadWithResume(url: string, destination: string, fileName: string, options: DownloadOptions = {}): Promise<void> {
  const part = `${destination}.part`;
  const retries = options.retries ?? 5;
  for (let tries = 0; ; tries++) {
    try {
      if (await attempt(url, part, options)) break;
      throw new DownloadError('the connection dropped');
    } catch (error) {
      if (options.signal?.aborted || tries >= retries) throw error instanceof DownloadError ? error : new DownloadError((error as Error).message);
    }
  }
  const expected = hashPrefixOf(fileName);
  if (expected) {
    const actual = await sha256OfFile(part);
    if (!actual.startsWith(expected)) {
      await rm(part, { force: true });
      throw new DownloadError(`sha256 ${actual.slice(0, 8)} does not start with ${expected}`, { expected, actual: actual.slice(0, expected.length) });
    }
  }
  await rename(part, destination);
}
