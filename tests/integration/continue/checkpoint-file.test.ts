// A run's checkpoint file as the host sees it (issue 8): "Continue from epoch N" reads only its
// header, so a missing, empty or foreign file offers nothing; and what a worker ended mid-write
// leaves is swept, sparing the checkpoint and every other file of the run.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linear, Rng, SGD, Sequential, saveSafetensors, stateDict } from '../../../airi';
import { CHECKPOINT_FILE, encodeCheckpoint } from '../../../lab/lessons/checkpoint/run-checkpoint';
import { checkpointInfo, removeCheckpointTemporaries } from '../../../lab/trainer/checkpoint-file';
import { makeTempHome } from '../../helpers/temp-home';

describe('checkpoint file', () => {
  const home = makeTempHome('airi-lab-checkpoint-file-');
  afterAll(() => home.remove());

  it('offers the epoch of a real checkpoint, and nothing for a missing, empty or foreign file', () => {
    const path = join(home.dir, CHECKPOINT_FILE);
    expect(checkpointInfo(path)).toBeNull();
    writeFileSync(path, new Uint8Array());
    expect(checkpointInfo(path)).toBeNull();
    const model = new Sequential(new Linear(2, 2, { rng: new Rng(1) }));
    writeFileSync(path, saveSafetensors(stateDict(model), { lesson: 'softmax' }));
    expect(checkpointInfo(path)).toBeNull();
    writeFileSync(path, encodeCheckpoint({
      lessonId: 'softmax', hyperparameters: {}, epoch: 2, epochs: 5, step: 40, model: stateDict(model),
      optimizer: new SGD(model.parameters(), { lr: 0.1 }).stateDict(), rng: [1, 2, 3, 4],
      carry: { window: { loss: 0, steps: 0, correct: 0, samples: 0, classified: false }, recent: [], lastEpochLoss: null, evaluation: {} },
      seconds: 1, hooks: null,
    }));
    expect(checkpointInfo(path)).toEqual({ epoch: 2, epochs: 5, step: 40 });
  });

  it('sweeps half-written checkpoints only', () => {
    const runDir = join(home.dir, 'runs', 'r1');
    mkdirSync(runDir, { recursive: true });
    for (const name of [CHECKPOINT_FILE, 'model.safetensors', `.${CHECKPOINT_FILE}.tmp-123-abcd`, '.model.safetensors.tmp-123-abcd']) writeFileSync(join(runDir, name), 'x');
    removeCheckpointTemporaries(runDir);
    expect(readdirSync(runDir).sort()).toEqual(['.model.safetensors.tmp-123-abcd', CHECKPOINT_FILE, 'model.safetensors'].sort());
    removeCheckpointTemporaries(join(home.dir, 'runs', 'missing'));
    expect(existsSync(join(home.dir, 'runs', 'missing'))).toBe(false);
  });
});
