// The hyperparameter specs drive the form, the CLI and the guard: check the rules they enforce.
import { describe, expect, it } from 'vitest';
import { checkField, defaultValues, validateValues } from '../../../contract/hyperparameters';
import { sineHyperparameters } from '../../../contract/lessons/sine';
import { expectTrainingStart, ApiInputError, expectSettingsPatch, expectRunId } from '../../../contract/guards';
import { requestGuards, CHANNELS, isChannel } from '../../../contract/api';

describe('hyperparameter specs', () => {
  const defaults = defaultValues(sineHyperparameters.fields);

  it("uses notebook 1's values as lesson 1's defaults, with the improved rate recipe", () => {
    expect(defaults).toEqual({
      hiddenLayers: 3, hiddenSize: 16, activation: 'tanh', optimizer: 'adam', learningRate: 3e-3, schedule: 'cosine',
      batchSize: 16, epochs: 10, noiseStd: 0.05, trainPoints: 30000, seed: 42,
    });
    expect(validateValues(sineHyperparameters.fields, defaults)).toEqual([]);
  });

  it('rejects out-of-range, fractional, non-finite and unknown values', () => {
    const epochs = sineHyperparameters.fields.find((f) => f.key === 'epochs')!;
    expect(checkField(epochs, 0)).toMatch(/between 1 and 200/);
    expect(checkField(epochs, 2.5)).toMatch(/whole number/);
    expect(checkField(epochs, Number.NaN)).toMatch(/finite/);
    expect(checkField(epochs, '3')).toMatch(/finite/);
    const activation = sineHyperparameters.fields.find((f) => f.key === 'activation')!;
    expect(checkField(activation, 'gelu')).toMatch(/one of tanh, relu, sigmoid/);
    const errors = validateValues(sineHyperparameters.fields, { ...defaults, seed: undefined, extra: 1 });
    expect(errors.map((e) => e.key).sort()).toEqual(['extra', 'seed']);
    expect(validateValues(sineHyperparameters.fields, [1])).toHaveLength(1);
  });

  it('guards training:start with field errors a UI can show', () => {
    expect(expectTrainingStart({ lessonId: 'sine', hyperparameters: defaults })).toEqual({ lessonId: 'sine', hyperparameters: defaults });
    try {
      expectTrainingStart({ lessonId: 'sine', hyperparameters: { ...defaults, learningRate: 5 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiInputError);
      expect((error as ApiInputError).fieldErrors).toEqual([
        { key: 'learningRate', message: 'must be between 0.000001 and 1', problem: { code: 'out-of-range', min: 1e-6, max: 1 } },
      ]);
    }
    expect(() => expectTrainingStart({ lessonId: 'cat-breeds', hyperparameters: {} })).toThrow(/cannot be trained/);
  });

  it('guards the other channels', () => {
    expect(() => expectSettingsPatch({ locale: 'de' })).toThrow(/locale/);
    expect(() => expectSettingsPatch({ theme: 'dark' })).toThrow(/unknown setting/);
    expect(() => expectRunId({ runId: '../../etc' })).toThrow(/run identifier/);
    // isChannel accepts the API's channels only, never a name every object inherits.
    expect(CHANNELS).toContain('training:start');
    expect(CHANNELS.every(isChannel)).toBe(true);
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'training:begin']) expect(isChannel(name), name).toBe(false);
    // No guard lets a bare string through as a request.
    for (const channel of CHANNELS) expect(() => (requestGuards[channel] as (i: unknown) => unknown)('junk'), channel).toThrow();
    expect(() => requestGuards['app:info']({ a: 1 })).toThrow(/no arguments/);
  });
});
