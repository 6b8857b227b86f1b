// A trained run exported as ONNX through the real lab: the file opens in onnxruntime-node and gives
// what the run's own weights give in airi, with the run's settings in its metadata; a run that is not
// there is refused by code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { onnx } from 'onnx-proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rng, Tensor, loadSafetensors, loadStateDict } from '../../../airi';
import type { TrainingFinished } from '../../../contract/events';
import { sineHyperparameters } from '../../../contract/lessons/sine';
import type { ExportedFile } from '../../../contract/runs-api';
import { createLab } from '../../../lab/app/create-lab';
import type { Lab } from '../../../lab/app/lab';
import { buildSineModel } from '../../../lab/lessons/sine/sine-model';
import { makeTempHome, WORKER_SCRIPT } from '../../helpers/temp-home';

describe('a run exported as ONNX', () => {
  const home = makeTempHome();
  let lab: Lab;
  let runId = '';
  const settings = { ...sineHyperparameters.defaults(), epochs: 1, trainPoints: 2000, hiddenSize: 12, hiddenLayers: 2, seed: 5 };

  beforeAll(async () => {
    lab = await createLab({ mode: 'browser', dataDirectory: home.dir, workerScript: WORKER_SCRIPT });
    runId = ((await lab.dispatch('training:start', { lessonId: 'sine', hyperparameters: settings })) as { runId: string }).runId;
    await new Promise<void>((resolve) => {
      const off = lab.onEvent((channel, payload) => {
        if (channel === 'training:finished' && (payload as TrainingFinished).runId === runId) {
          off();
          resolve();
        }
      });
    });
  });
  afterAll(async () => {
    await lab.close();
    home.remove();
  });

  it('runs in ONNX Runtime as the weights of the run do in airi', async () => {
    const file = (await lab.dispatch('runs:export', { runId, format: 'onnx' })) as ExportedFile;
    expect(file.fileName).toMatch(/\.onnx$/);
    const bytes = Buffer.from(file.base64, 'base64');
    const xs = Float32Array.from({ length: 64 }, (_, i) => -9 + (18 * i) / 63);
    const session = await ort.InferenceSession.create(bytes);
    const out = await session.run({ [session.inputNames[0]]: new ort.Tensor('float32', xs, [64, 1]) });
    const got = out[session.outputNames[0]].data as Float32Array;

    const model = buildSineModel(sineHyperparameters.parse(settings), new Rng(0));
    loadStateDict(model, loadSafetensors(new Uint8Array(readFileSync(join(home.dir, 'runs', runId, 'model.safetensors')))).tensors);
    const expected = model.forward(new Tensor(xs, [64, 1]), false).data;
    expected.forEach((v, i) => expect(got[i]).toBeCloseTo(v, 5));
    // The run's weights were loaded: the export is not the rebuilt net with its initial weights.
    const fresh = buildSineModel(sineHyperparameters.parse(settings), new Rng(0)).forward(new Tensor(xs, [64, 1]), false).data;
    expect(fresh.some((v, i) => Math.abs(v - got[i]) > 1e-3)).toBe(true);

    const metadata = Object.fromEntries(onnx.ModelProto.decode(bytes).metadataProps.map((p) => [p.key, p.value]));
    expect(metadata).toMatchObject({ run_id: runId, lesson: 'sine', seed: '5' });
    expect(JSON.parse(metadata.hyperparameters)).toMatchObject({ hiddenSize: 12, hiddenLayers: 2 });
  });

  it('refuses a run that is not there by code', async () => {
    await expect(lab.dispatch('runs:export', { runId: 'no-such-run', format: 'onnx' })).rejects.toMatchObject({ info: { code: 'run-not-found' } });
  });
});
