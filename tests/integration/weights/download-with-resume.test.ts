// Downloading torchvision's files when the teacher asks: a local HTTP server in the test serves a
// fixture under torchvision's file-name pattern (name-<sha256 prefix>.pth). The server cuts the
// first connection midway; the download resumes with a Range request and the file arrives whole.
// A file whose bytes do not match the hash prefix in its name is refused and deleted. Then the
// service's download runs the same import as a file from disk.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DownloadError, downloadWithResume, hashPrefixOf } from '../../../lab/weights/download-with-resume';

const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'pth', 'tiny-net.pth');
const bytes = readFileSync(FIXTURE);
const prefix = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
const GOOD = `tiny_net-${prefix}.pth`;
const BAD = 'tiny_net-00000000.pth';

describe('downloadWithResume', () => {
  let server: Server;
  let base = '';
  const requests: IncomingHttpHeaders[] = [];
  let cutNext = true;
  const dir = mkdtempSync(join(tmpdir(), 'airi-download-'));

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.headers);
      const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
      const start = range ? Number(range[1]) : 0;
      const body = bytes.subarray(start);
      res.writeHead(range ? 206 : 200, { 'Content-Length': body.length, ...(range ? { 'Content-Range': `bytes ${start}-${bytes.length - 1}/${bytes.length}` } : {}) });
      if (cutNext) {
        // Half the file, then the connection drops.
        cutNext = false;
        res.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => res.socket?.destroy(), 20));
        return;
      }
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/models/`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the hash prefix the way torchvision does', () => {
    expect(hashPrefixOf('efficientnet_b0_rwightman-3dd342df.pth')).toBe('3dd342df');
    expect(hashPrefixOf('vgg16-397923af.pth')).toBe('397923af');
    expect(hashPrefixOf('weights.pth')).toBeNull();
  });

  it('resumes with a Range request after the connection drops midway, and checks the hash', async () => {
    requests.length = 0;
    cutNext = true;
    const progress: number[] = [];
    const destination = join(dir, GOOD);
    await downloadWithResume(`${base}${GOOD}`, destination, GOOD, { onProgress: ({ done }) => progress.push(done) });
    expect(readFileSync(destination).equals(bytes)).toBe(true);
    expect(requests).toHaveLength(2);
    expect(requests[0].range).toBeUndefined();
    const resumedAt = Number(/bytes=(\d+)-/.exec(requests[1].range ?? '')?.[1]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(resumedAt).toBeLessThan(bytes.length);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(existsSync(`${destination}.part`)).toBe(false);
  });

  it('resumes a .part left by an earlier call', async () => {
    requests.length = 0;
    cutNext = false;
    const destination = join(dir, `again-${GOOD}`);
    writeFileSync(`${destination}.part`, bytes.subarray(0, 100));
    await downloadWithResume(`${base}${GOOD}`, destination, GOOD);
    expect(requests.map((h) => h.range)).toEqual(['bytes=100-']);
    expect(statSync(destination).size).toBe(bytes.length);
  });

  it('refuses and deletes a file whose sha256 does not start with the prefix in its name', async () => {
    cutNext = false;
    const destination = join(dir, BAD);
    const error = await downloadWithResume(`${base}${BAD}`, destination, BAD).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as DownloadError).hash).toEqual({ expected: '00000000', actual: prefix });
    expect(existsSync(destination)).toBe(false);
    expect(existsSync(`${destination}.part`)).toBe(false);
  });

  it('says why when the server refuses', async () => {
    const error = await downloadWithResume('http://127.0.0.1:1/x-00.pth', join(dir, 'x-00.pth'), 'x-00.pth', { retries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
  });
});
