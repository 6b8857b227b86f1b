// Imports an .onnx file into the library: reads it, hashes it (sha256, which also names it), checks
// that it is ONNX, finds its image input and scores output, reads or picks its labels, costs it with
// the inspector, copies it into a staging folder and has ONNX Runtime load and run it there (the
// caller's `validate`, on the worker thread). Only when every check passed does the folder move into
// the library; any failure removes the staging folder and names the file in a coded error.
import { createHash } from 'node:crypto';
import { copyFile, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiInputError } from '../../contract/guards';
import type { ExecutionProvider, ModelIo, ModelSummary, Preprocessing, ProviderAttempt } from '../../contract/models/models';
import { inspectGraph } from '../inspector/inspect-model';
import { labelsForModel } from '../labels/read-labels';
import { OnnxParseError, parseOnnx } from '../onnx/parse-onnx';
import { defaultPreprocessing } from '../preprocess/default-preprocessing';
import { findModelIo } from './model-io';
import { MODEL_FILE, type ModelStore } from './model-store';

/** The steps of an import, for a progress line (a VGG16 takes tens of seconds to read, copy and load). */
export type ImportPhase = 'reading' | 'checking' | 'copying' | 'loading';

export interface ImportSource {
  /** Where the bytes are now (the user's file, or an upload's temporary file). */
  path: string;
  /** The name the learner knows it by. */
  file: string;
  labels?: { path: string; file: string };
  name?: string;
  onPhase?: (phase: ImportPhase) => void;
}

/** Loads the staged model in ONNX Runtime and runs it once; throws with the attempts when it cannot. */
export type ValidateModel = (stagedPath: string, io: ModelIo, preprocessing: Preprocessing) => Promise<{ provider: ExecutionProvider; attempts: ProviderAttempt[] }>;

const MAX_MODEL_BYTES = 2 * 1024 ** 3;

function notOnnx(file: string, detail: string): ApiInputError {
  return ApiInputError.of({ code: 'model-not-onnx', params: { file, detail } });
}

export async function importModel(source: ImportSource, store: ModelStore, validate: ValidateModel): Promise<ModelSummary> {
  const { file } = source;
  const info = await stat(source.path).catch(() => null);
  if (!info?.isFile()) throw notOnnx(file, 'no such file');
  if (info.size === 0) throw notOnnx(file, 'the file is empty');
  if (info.size > MAX_MODEL_BYTES) throw notOnnx(file, `${(info.size / 1024 ** 3).toFixed(1)} GB is more than the 2 GB an ONNX file can hold`);
  source.onPhase?.('reading');
  // A view of the Buffer, not a copy of it: a VGG16 export is 528 MB.
  const buffer = await readFile(source.path);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const id = sha256.slice(0, 16);
  const existing = store.get(id);
  if (existing) throw ApiInputError.of({ code: 'model-duplicate', params: { file, existing: existing.name } });

  source.onPhase?.('checking');
  let graph;
  try {
    graph = parseOnnx(bytes);
  } catch (error) {
    if (error instanceof OnnxParseError) throw notOnnx(file, error.message);
    throw error;
  }
  const io = findModelIo(graph, file);
  const labelsText = source.labels ? { text: await readFile(source.labels.path, 'utf8').catch(() => ''), name: source.labels.file } : undefined;
  const { labels, source: labelsSource } = labelsForModel(io.classes, labelsText);
  const report = inspectGraph(graph);
  const preprocessing = defaultPreprocessing(io, graph.producer, sha256);

  const staging = store.staging();
  try {
    source.onPhase?.('copying');
    await copyFile(source.path, join(staging, MODEL_FILE));
    source.onPhase?.('loading');
    const { provider, attempts } = await validate(join(staging, MODEL_FILE), io, preprocessing);
    const model: ModelSummary = {
      id,
      name: source.name ?? file.replace(/\.onnx$/i, ''),
      file,
      sha256,
      bytes: info.size,
      importedAt: new Date().toISOString(),
      io,
      labelsSource,
      preprocessing,
      preferredProvider: 'auto',
      provider,
      attempts,
      params: report.totals.params,
      macs: report.totals.macs,
    };
    store.commit(staging, model, labels);
    return model;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
