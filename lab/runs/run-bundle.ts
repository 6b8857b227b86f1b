// A run bundle: one .airi-run.tar.gz holding everything about a run (its settings, seed, engine
// version, metrics, artifacts, and the files of its folder: weights, pictures), for a student to hand
// in and a teacher to import. Any tar tool opens it. Reading is defensive: the bundle comes from
// someone else's computer (see readBundle).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { create as createTar, Parser, type ReadEntry } from 'tar';
import type { MetricSeries, RunDetail } from '../../contract/runs';
import { metricsCsv } from './metrics-csv';
import { CHECKPOINT_FILE } from '../lessons/checkpoint/run-checkpoint';

export const BUNDLE_FORMAT = 'airi-lab-run';
export const BUNDLE_FORMAT_VERSION = 1;
export const MANIFEST = 'airi-run.json';
export const METRICS = 'metrics.json';
const METRICS_CSV = 'metrics.csv';

/** Limits a bundle must keep: a weights file of the largest lesson is ~10 MB. */
export const BUNDLE_LIMITS = { compressedBytes: 256 << 20, expandedBytes: 512 << 20, entries: 200 };
/** The only names a bundle may hold: the manifest, the metrics, and plain files under files/. */
const RUN_FILE = /^files\/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const BLOCK = 512;

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  formatVersion: number;
  /** The app (and airi engine) version that wrote the bundle. */
  writtenBy: string;
  run: Omit<RunDetail, 'series'>;
}

export interface Bundle {
  manifest: BundleManifest;
  series: MetricSeries[];
  /** files/<name> → bytes */
  files: Map<string, Uint8Array>;
}

/** Why a bundle is refused; run-import.ts turns it into the user's message. */
export class BundleError extends Error {
  constructor(
    readonly kind: 'unreadable' | 'too-large' | 'unsafe-entry',
    readonly detail: string,
  ) {
    super(detail);
  }
}

export async function writeBundle(run: RunDetail, runFolder: string, appVersion: string): Promise<Uint8Array> {
  const staging = mkdtempSync(join(tmpdir(), 'airi-bundle-'));
  try {
    const { series, ...rest } = run;
    const manifest: BundleManifest = { format: BUNDLE_FORMAT, formatVersion: BUNDLE_FORMAT_VERSION, writtenBy: appVersion, run: rest };
    writeFileSync(join(staging, MANIFEST), JSON.stringify(manifest, null, 1));
    writeFileSync(join(staging, METRICS), JSON.stringify(series));
    writeFileSync(join(staging, METRICS_CSV), metricsCsv(series));
    const names = [MANIFEST, METRICS, METRICS_CSV];
    if (existsSync(runFolder)) {
      mkdirSync(join(staging, 'files'));
      for (const name of readdirSync(runFolder)) {
        const path = join(runFolder, name);
        if (!statSync(path).isFile() || !RUN_FILE.test(`files/${name}`)) continue;
        // A stopped run's checkpoint (three times its weights) is for continuing it here, not a record to hand in.
        if (name === CHECKPOINT_FILE) continue;
        writeFileSync(join(staging, 'files', name), readFileSync(path));
        names.push(`files/${name}`);
      }
    }
    const out = join(staging, 'bundle.tar.gz');
    await createTar({ gzip: true, cwd: staging, file: out, portable: true, noDirRecurse: true }, names);
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Reads and checks a bundle entirely in memory before anything is written: the size (compressed and
 * expanded, so a gzip bomb stops at the limit), every entry's name and type (no paths outside the
 * run, no links, no devices), a whole tar stream, and a manifest and metrics of the right shape.
 */
export async function readBundle(bytes: Uint8Array, limits = BUNDLE_LIMITS): Promise<Bundle> {
  if (bytes.byteLength > limits.compressedBytes) throw new BundleError('too-large', 'compressed');
  let tarBytes: Buffer;
  try {
    tarBytes = gunzipSync(bytes, { maxOutputLength: limits.expandedBytes });
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new BundleError('too-large', 'expanded');
    throw new BundleError('unreadable', `not gzip data: ${(error as Error).message}`);
  }
  if (tarBytes.length < BLOCK || tarBytes.length % BLOCK !== 0 || tarBytes.subarray(-BLOCK).some((b) => b !== 0)) {
    throw new BundleError('unreadable', 'the archive is truncated');
  }
  const entries = new Map<string, Uint8Array>();
  let refusal: BundleError | null = null;
  await new Promise<void>((resolve) => {
    const parser = new Parser({
      strict: true,
      onReadEntry: (entry: ReadEntry) => {
        const name = entry.path;
        const plain = entry.type === 'File' || entry.type === 'OldFile';
        const allowed = name === MANIFEST || name === METRICS || name === METRICS_CSV || RUN_FILE.test(name);
        if (entry.type === 'Directory' && name === 'files/') return entry.resume();
        if (!plain || !allowed) refusal ??= new BundleError('unsafe-entry', name);
        else if (entries.has(name)) refusal ??= new BundleError('unreadable', `${name} appears twice`);
        else if (entries.size >= limits.entries) refusal ??= new BundleError('too-large', 'entries');
        if (refusal) return entry.resume();
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        entry.on('end', () => entries.set(name, Buffer.concat(chunks)));
      },
    });
    parser.on('error', (error: Error) => {
      refusal ??= new BundleError('unreadable', error.message);
      resolve();
    });
    parser.on('close', () => resolve());
    parser.end(tarBytes);
  });
  if (refusal) throw refusal;
  const manifest = parseJson(entries.get(MANIFEST), MANIFEST);
  const series = parseJson(entries.get(METRICS), METRICS);
  if (!isManifest(manifest)) throw new BundleError('unreadable', `${MANIFEST} is not an Airi Lab run`);
  if (!isSeriesList(series)) throw new BundleError('unreadable', `${METRICS} does not hold metric curves`);
  const files = new Map([...entries].filter(([name]) => name.startsWith('files/')));
  return { manifest, series, files };
}

function parseJson(bytes: Uint8Array | undefined, name: string): unknown {
  if (!bytes) throw new BundleError('unreadable', `${name} is missing`);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw new BundleError('unreadable', `${name} is not valid JSON`);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isManifest(value: unknown): value is BundleManifest {
  if (!isRecord(value) || value.format !== BUNDLE_FORMAT || typeof value.formatVersion !== 'number' || !isRecord(value.run)) return false;
  if (value.formatVersion > BUNDLE_FORMAT_VERSION) return false;
  const run = value.run;
  return typeof run.id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(run.id) && typeof run.lessonId === 'string'
    && typeof run.status === 'string' && isRecord(run.hyperparameters) && typeof run.seed === 'number'
    && typeof run.appVersion === 'string' && typeof run.createdAt === 'string' && isRecord(run.metrics)
    && Object.values(run.metrics).every((v) => typeof v === 'number') && (run.artifacts === undefined || isRecord(run.artifacts));
}

function isSeriesList(value: unknown): value is MetricSeries[] {
  return Array.isArray(value) && value.every((s) => isRecord(s) && typeof s.name === 'string' && Array.isArray(s.steps)
    && Array.isArray(s.values) && s.steps.length === s.values.length
    && s.steps.every((x) => Number.isInteger(x)) && s.values.every((y) => typeof y === 'number'));
}
