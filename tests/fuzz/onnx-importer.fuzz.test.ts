// Fuzzes the model importer (native-models/library/import-model.ts) with mutants of real ONNX files:
// every mutant of the two tiny committed classifiers is imported into a real library, with ONNX
// Runtime loading and running what passes the checks, or refused with a coded error naming the file;
// a refusal leaves the library empty. Mutants of the shared MobileNetV2 (a 73-node quantized graph)
// go through the checks and the inspector, where shape inference meets damaged attributes.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiInputError } from '../../contract/guards';
import { inspectGraph } from '../../native-models/inspector/inspect-model';
import { importModel } from '../../native-models/library/import-model';
import { findModelIo } from '../../native-models/library/model-io';
import { OnnxParseError, parseOnnx } from '../../native-models/onnx/parse-onnx';
import { ModelStore } from '../../native-models/library/model-store';
import { SHARED_MODEL, SMALL_MODELS } from '../helpers/onnx-fixtures';
import { FUZZ_CASES, FUZZ_SEED, fuzz } from './fuzz-harness';

describe('ONNX importer fuzz', () => {
  const home = mkdtempSync(join(tmpdir(), 'airi-lab-fuzz-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('accepts or names every mutant of two small classifiers; never throws otherwise or hangs', { timeout: 300_000 }, async () => {
    const store = new ModelStore(home);
    const source = join(home, 'source.onnx');
    let accepted = 0;
    const outcome = await fuzz(
      {
        fileName: 'fuzzed.onnx',
        timeoutMs: 15_000,
        async run(bytes, file) {
          writeFileSync(source, bytes);
          const model = await importModel({ path: source, file }, store, async (path, io, p) => {
            // ONNX Runtime in this process, as the worker would: open, then run once on zeros.
            const session = await ort.InferenceSession.create(path).catch((e: Error) => {
              throw ApiInputError.of({ code: 'model-unloadable', params: { file, detail: e.message } });
            });
            try {
              const dims = io.layout === 'NCHW' ? [1, 3, p.size, p.size] : [1, p.size, p.size, 3];
              await session.run({ [io.imageInput]: new ort.Tensor('float32', new Float32Array(dims.reduce((a, b) => a * b)), dims) });
            } catch (e) {
              throw ApiInputError.of({ code: 'model-unloadable', params: { file, detail: (e as Error).message } });
            } finally {
              await session.release();
            }
            return { provider: 'cpu', attempts: [] };
          });
          accepted += 1;
          store.remove(model.id);
        },
      },
      ['nhwc-4-classes.onnx', 'tabular-mlp.onnx'].map((f) => new Uint8Array(readFileSync(join(SMALL_MODELS, f)))),
      FUZZ_CASES || 160,
      FUZZ_SEED,
    );
    console.log(`ONNX importer fuzz: ${outcome.accepted} accepted, refused ${JSON.stringify(outcome.refused)}`);
    expect(outcome.failures).toEqual([]);
    expect(accepted).toBe(outcome.accepted);
    expect(Object.keys(outcome.refused).length).toBeGreaterThanOrEqual(2);
    // Every refusal left the library as it was: no model, no staging folder.
    expect(readdirSync(store.folder)).toEqual([]);
  });

  it('reads, checks and inspects every mutant of MobileNetV2, or names it', { timeout: 300_000 }, async () => {
    const outcome = await fuzz(
      {
        fileName: 'fuzzed-mobilenet.onnx',
        timeoutMs: 15_000,
        async run(bytes, file) {
          let graph;
          try {
            graph = parseOnnx(bytes);
          } catch (error) {
            if (error instanceof OnnxParseError) throw ApiInputError.of({ code: 'model-not-onnx', params: { file, detail: error.message } });
            throw error;
          }
          findModelIo(graph, file);
          const report = inspectGraph(graph);
          if (!Number.isFinite(report.totals.params) || !Number.isFinite(report.totals.macs)) throw new Error('non-finite totals');
        },
      },
      [new Uint8Array(readFileSync(SHARED_MODEL))],
      FUZZ_CASES || 120,
      FUZZ_SEED,
    );
    console.log(`MobileNetV2 inspector fuzz: ${outcome.accepted} accepted, refused ${JSON.stringify(outcome.refused)}`);
    expect(outcome.failures).toEqual([]);
    expect(outcome.accepted).toBeGreaterThan(5);
  });
});
