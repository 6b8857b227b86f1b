// A run leaves the app (issue 11): its curves as CSV or JSON, its weights as safetensors with the
// run's settings and preprocessing in the metadata, or the whole run as one bundle file
// (run-bundle.ts). Every format is built in memory: a run's files are a few MB at most.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiInputError } from '../../contract/guards';
import type { RunDetail } from '../../contract/runs';
import type { ExportFormat } from '../../contract/runs-api';
import { APP_VERSION } from '../platform/app-version';
import { metricsCsv } from './metrics-csv';
import { runAsOnnx } from './run-onnx';
import { transferRunAsOnnx } from '../transfer/transfer-onnx';
import { writeBundle } from './run-bundle';

export const MODEL_FILE = 'model.safetensors';


export function metricsJson(run: RunDetail): string {
  const { series, artifacts, ...summary } = run;
  return JSON.stringify({ run: summary, series, preprocessing: artifacts.preprocessing ?? null }, null, 1);
}

/** The run's weights with its lesson, settings, seed, engine version and preprocessing in __metadata__. */
export function weightsWithMetadata(run: RunDetail, bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8) throw new Error('the stored weights file is truncated');
  const headerLength = Number(view.getBigUint64(0, true));
  if (headerLength > bytes.byteLength - 8) throw new Error('the stored weights file is truncated');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Record<string, unknown>;
  const metadata = { ...((header.__metadata__ as Record<string, string> | undefined) ?? {}) };
  Object.assign(metadata, {
    run_id: run.id, lesson: run.lessonId, seed: String(run.seed), app_version: run.appVersion,
    hyperparameters: JSON.stringify(run.hyperparameters),
  });
  if (run.artifacts.preprocessing !== undefined) metadata.preprocessing = JSON.stringify(run.artifacts.preprocessing);
  header.__metadata__ = metadata;
  const json = new TextEncoder().encode(JSON.stringify(header));
  const padded = Math.ceil(json.length / 8) * 8;
  const data = bytes.subarray(8 + headerLength);
  const out = new Uint8Array(8 + padded + data.byteLength);
  new DataView(out.buffer).setBigUint64(0, BigInt(padded), true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.length, 8 + padded);
  out.set(data, 8 + padded);
  return out;
}

export function runFolder(dataDirectory: string, runId: string): string {
  return join(dataDirectory, 'runs', runId);
}

export function exportFileName(run: RunDetail, format: ExportFormat): string {
  const base = `${run.lessonId}-${(run.name ?? run.id).replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80)}`;
  return { csv: `${base}-metrics.csv`, json: `${base}-metrics.json`, safetensors: `${base}.safetensors`, onnx: `${base}.onnx`, bundle: `${base}.airi-run.tar.gz` }[format];
}

export async function exportRun(run: RunDetail, format: ExportFormat, dataDirectory: string): Promise<{ fileName: string; mimeType: string; bytes: Uint8Array }> {
  const fileName = exportFileName(run, format);
  if (format === 'csv') return { fileName, mimeType: 'text/csv', bytes: new TextEncoder().encode(metricsCsv(run.series)) };
  if (format === 'json') return { fileName, mimeType: 'application/json', bytes: new TextEncoder().encode(metricsJson(run)) };
  if (format === 'safetensors') {
    const file = join(runFolder(dataDirectory, run.id), MODEL_FILE);
    if (!existsSync(file)) throw ApiInputError.of({ code: 'run-has-no-weights', params: { runId: run.id } });
    return { fileName, mimeType: 'application/octet-stream', bytes: weightsWithMetadata(run, readFileSync(file)) };
  }
  // Lesson 8 has no airi network to rebuild: its file is the library backbone with the run's head appended.
  if (format === 'onnx' && run.lessonId === 'cat-breeds') return { fileName, mimeType: 'application/octet-stream', bytes: transferRunAsOnnx(run, dataDirectory) };
  if (format === 'onnx') return { fileName, mimeType: 'application/octet-stream', bytes: runAsOnnx(run, join(runFolder(dataDirectory, run.id), MODEL_FILE)) };
  return { fileName, mimeType: 'application/gzip', bytes: await writeBundle(run, runFolder(dataDirectory, run.id), APP_VERSION) };
}
