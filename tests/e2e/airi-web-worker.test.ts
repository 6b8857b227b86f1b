// One engine, two hosts: the same airi code (tests/e2e/fixtures/airi-parity/parity-runs.ts, a small
// MLP and a small convnet trained with Adam and with SGD + Nesterov momentum) runs in a Node
// worker_threads Worker and in a dedicated Web Worker of headless Chromium, on the reference backend
// and on the WASM SIMD backend, and must give the same losses for the same seed, bit for bit
// (Chromium's V8 and Node's V8 share fdlibm's Math.exp/log/tanh/cos, float32 rounding is IEEE, and
// the WASM kernel uses no relaxed SIMD). Both worker bundles are built here with esbuild; the browser
// one is served from a loopback HTTP server started by the test. Needs no `npm run build`.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker as NodeWorker } from 'node:worker_threads';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/chromium';
import type { ParityBackend, ParityReply, ParityRequest, ParityResult } from './fixtures/airi-parity/parity-runs';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, 'fixtures/airi-parity');
const WORKER_PATH = '/parity-worker.mjs';
const RUN_TIMEOUT_MS = 120_000;
const BACKENDS: ParityBackend[] = ['reference', 'wasm'];
const SEED = 20240607;
const OTHER_SEED = 20240608;

async function bundle(entry: string, platform: 'node' | 'browser'): Promise<string> {
  const result = await build({
    entryPoints: [join(FIXTURES, entry)],
    bundle: true,
    format: 'esm',
    platform,
    target: platform === 'node' ? 'node20' : 'es2022',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

function unwrap(reply: ParityReply, host: string): ParityResult {
  if (!reply.ok) throw new Error(`the ${host} worker failed: ${reply.error}`);
  return reply.result;
}

/** Largest |a - b| and |a - b| / max(|a|, |b|) over every step of every run. */
function maxDifference(a: ParityResult, b: ParityResult): { absolute: number; relative: number } {
  let absolute = 0;
  let relative = 0;
  a.runs.forEach((run, r) => {
    run.losses.forEach((loss, i) => {
      const other = b.runs[r].losses[i];
      const diff = Math.abs(loss - other);
      absolute = Math.max(absolute, diff);
      if (diff > 0) relative = Math.max(relative, diff / Math.max(Math.abs(loss), Math.abs(other)));
    });
  });
  return { absolute, relative };
}

describe('airi runs the same in a Node worker thread and a browser Web Worker', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'airi-parity-'));
  const nodeWorkerFile = join(scratch, 'node-worker.mjs');
  let browserCode = '';
  let server: Server | null = null;
  let browser: Browser | null = null;
  let page: Page;
  const pageErrors: string[] = [];
  const nodeResults = new Map<ParityBackend, ParityResult>();
  const browserResults = new Map<ParityBackend, ParityResult>();

  function runInNode(request: ParityRequest): Promise<ParityResult> {
    const worker = new NodeWorker(nodeWorkerFile);
    return new Promise<ParityResult>((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`the Node worker gave no answer within ${RUN_TIMEOUT_MS} ms`)), RUN_TIMEOUT_MS);
      worker.once('message', (reply: ParityReply) => {
        clearTimeout(timer);
        try {
          resolvePromise(unwrap(reply, 'Node'));
        } catch (error) {
          reject(error);
        }
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.postMessage(request);
    }).finally(() => worker.terminate());
  }

  /** The page function is serialised into Chromium, so it may use only its own globals (Worker is the DOM's). */
  async function runInBrowser(request: ParityRequest): Promise<ParityResult> {
    const reply = await page.evaluate(
      ({ url, message, timeoutMs }) =>
        new Promise<ParityReply>((resolvePromise, reject) => {
          const worker = new Worker(url, { type: 'module' });
          const finish = () => {
            clearTimeout(timer);
            worker.terminate();
          };
          const timer = setTimeout(() => {
            finish();
            reject(new Error(`the Web Worker gave no answer within ${timeoutMs} ms`));
          }, timeoutMs);
          worker.onmessage = (event: MessageEvent<ParityReply>) => {
            finish();
            resolvePromise(event.data);
          };
          worker.onerror = (event) => {
            finish();
            reject(new Error(`the Web Worker failed: ${event.message || 'could not load the worker script'}`));
          };
          worker.postMessage(message);
        }),
      { url: WORKER_PATH, message: request, timeoutMs: RUN_TIMEOUT_MS },
    );
    return unwrap(reply, 'browser');
  }

  beforeAll(async () => {
    const [nodeCode, webCode] = await Promise.all([bundle('node-worker.ts', 'node'), bundle('browser-worker.ts', 'browser')]);
    writeFileSync(nodeWorkerFile, nodeCode);
    browserCode = webCode;

    server = createServer((request, response) => {
      if (request.url === WORKER_PATH) {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        response.end(browserCode);
      } else if (request.url === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><meta charset="utf-8"><title>airi parity</title>');
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/`);
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((done) => server!.close(() => done()));
    }
    rmSync(scratch, { recursive: true, force: true });
  });

  describe.each(BACKENDS)('%s backend', (backend) => {
    it('gives the same losses, bit for bit, in both hosts for the same seed', async () => {
      const request: ParityRequest = { seed: SEED, backend };
      const [inNode, inBrowser] = await Promise.all([runInNode(request), runInBrowser(request)]);
      nodeResults.set(backend, inNode);
      browserResults.set(backend, inBrowser);

      expect(inNode.backend).toBe(backend === 'wasm' ? 'wasm-simd' : 'reference');
      expect(inBrowser.backend).toBe(inNode.backend);
      expect(inNode.runs.map((run) => run.name)).toEqual(['mlp-adam', 'mlp-sgd-nesterov', 'convnet-adam', 'convnet-sgd-nesterov']);
      for (const run of inNode.runs) {
        expect(run.losses.every(Number.isFinite), `${run.name}: ${run.losses.join(', ')}`).toBe(true);
        expect(run.losses.at(-1)!, `${run.name} should learn`).toBeLessThan(run.losses[0]);
      }

      const difference = maxDifference(inNode, inBrowser);
      const steps = inNode.runs.reduce((sum, run) => sum + run.losses.length, 0);
      console.log(
        `[${backend}] ${steps} losses over ${inNode.runs.length} runs compared, Node worker vs Chromium Web Worker: ` +
          `max |diff| ${difference.absolute}, max relative ${difference.relative}; ` +
          inNode.runs.map((run) => `${run.name} ${run.losses[0].toFixed(4)} → ${run.losses.at(-1)!.toFixed(4)}`).join(', '),
      );
      // Bit for bit: the numbers as they crossed postMessage, the digests of their float64 bytes taken
      // inside each worker (independent of any serialisation), and the digest of the final weights.
      expect(inBrowser.runs).toEqual(inNode.runs);
      expect(difference.absolute).toBe(0);
    });

    it('gives different losses for a different seed, in both hosts', async () => {
      const request: ParityRequest = { seed: OTHER_SEED, backend };
      const [inNode, inBrowser] = await Promise.all([runInNode(request), runInBrowser(request)]);
      expect(inBrowser.runs).toEqual(inNode.runs);
      const first = nodeResults.get(backend);
      expect(first, 'the same-seed test ran first').toBeDefined();
      inNode.runs.forEach((run, r) => {
        expect(run.losses, run.name).not.toEqual(first!.runs[r].losses);
        expect(run.losses[0], `${run.name}: even the first step differs`).not.toBe(first!.runs[r].losses[0]);
        expect(run.lossDigest).not.toBe(first!.runs[r].lossDigest);
        expect(run.stateDigest).not.toBe(first!.runs[r].stateDigest);
      });
    });

    it('replays exactly: the same seed twice in one host', async () => {
      const again = await runInNode({ seed: SEED, backend });
      expect(again.runs).toEqual(nodeResults.get(backend)!.runs);
    });
  });

  it('the WASM backend trains the same nets as the reference, up to float32 summation order', () => {
    const reference = nodeResults.get('reference');
    const wasm = nodeResults.get('wasm');
    expect(reference && wasm, 'both backends ran').toBeTruthy();
    const difference = maxDifference(reference!, wasm!);
    console.log(`reference vs wasm-simd (same host, same seed): max |diff| ${difference.absolute}, max relative ${difference.relative}`);
    expect(difference.relative).toBeLessThan(1e-3);
    expect(pageErrors).toEqual([]);
  });
});
