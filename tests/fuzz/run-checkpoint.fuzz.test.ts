// A run's checkpoint (issue 8) is a file the lab reads back to continue a run: 300 mutants of a real
// one (a softmax checkpoint of a tiny net) must each be either accepted whole, with the very tensors
// that were saved, or refused by the host's check with a continue-* code naming the run, never
// another exception. A changed tensor byte is caught by the checkpoint's SHA-256.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Adam, Linear, Rng, Sequential, stateDict } from '../../airi/index';
import { ApiInputError } from '../../contract/guards';
import { defaultValues } from '../../contract/hyperparameters';
import { softmaxHyperparameters } from '../../contract/lessons/softmax';
import { encodeCheckpoint } from '../../lab/lessons/checkpoint/run-checkpoint';
import { checkRunCheckpoint } from '../../lab/trainer/checkpoint-file';
import { makeTempHome } from '../helpers/temp-home';
import { FuzzFailure, mutatedInputs, runFuzz } from './mutations-and-runner';

describe('seeded fuzz of a run checkpoint', () => {
  const home = makeTempHome('airi-lab-checkpoint-fuzz-');
  afterAll(() => home.remove());

  it('300 mutated checkpoints: the saved tensors, or a continue-* refusal naming the run', async () => {
    const hyperparameters = { ...defaultValues(softmaxHyperparameters.fields), epochs: 3 };
    const rng = new Rng(4);
    const model = new Sequential(new Linear(6, 3, { rng }));
    const optimizer = new Adam(model.parameters(), { lr: 0.01 });
    for (const p of model.parameters()) p.grad.data.fill(0.5);
    optimizer.step();
    const valid = encodeCheckpoint({
      lessonId: 'softmax', hyperparameters, epoch: 1, epochs: 3, step: 10, model: stateDict(model), optimizer: optimizer.stateDict(),
      rng: [...rng.state()], carry: { window: { loss: 1.5, steps: 2, correct: 3, samples: 8, classified: true }, recent: [1.4, 1.6], lastEpochLoss: 1.55, evaluation: { testAccuracy: 0.4 } },
      seconds: 2.5, hooks: { frames: [] },
    });
    const saved = Object.fromEntries(Object.entries({ ...stateDict(model) }).map(([k, t]) => [k, Array.from(t.data)]));
    const run = { id: 'r1', lessonId: 'softmax', hyperparameters };
    const path = join(home.dir, 'checkpoint.safetensors');

    // The file itself is accepted: what the mutants are refused for is theirs.
    writeFileSync(path, valid);
    expect(checkRunCheckpoint(path, run)).toMatchObject({ lessonId: 'softmax', epoch: 1, step: 10, seconds: 2.5 });

    const tally = await runFuzz(mutatedInputs([valid], 300, 8), async (input) => {
      writeFileSync(path, input.bytes);
      try {
        const checkpoint = checkRunCheckpoint(path, run);
        for (const [name, values] of Object.entries(saved)) expect(Array.from(checkpoint.model[name].data), name).toEqual(values);
        return 'accepted';
      } catch (error) {
        const info = error instanceof ApiInputError ? error.info : undefined;
        if (!info || !info.code.startsWith('continue-') || (info.params as { runId?: string }).runId !== 'r1') {
          throw new FuzzFailure(`not a continue-* refusal: ${String(error)}`);
        }
        return 'refused';
      }
    }, 5000);
    console.log(`run checkpoint fuzz: ${JSON.stringify(tally)}`);
    expect(tally.refused).toBeGreaterThan(100);
  });
});
