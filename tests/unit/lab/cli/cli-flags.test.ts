// CLI flags map onto the lesson's hyperparameters by the same spec the UI uses.
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../../../contract/hyperparameters';
import { sineHyperparameters } from '../../../../contract/lessons/sine';
import { applyFlags } from '../../../../lab/cli/cli-flags';
import { parseArgv } from '../../../../lab/cli/parse-argv';

describe('CLI flags', () => {
  const defaults = defaultValues(sineHyperparameters.fields);

  it('parses positionals, switches, --name value and --name=value', () => {
    const parsed = parseArgv(['train', 'sine', '--epochs', '3', '--lr=0.01', '--json']);
    expect(parsed.positionals).toEqual(['train', 'sine']);
    expect([...parsed.switches]).toEqual(['json']);
    expect(parsed.options).toEqual({ epochs: '3', lr: '0.01' });
    expect(() => parseArgv(['--seed'])).toThrow(/needs a value/);
  });

  it('applies kebab-case names and the --lr alias over the defaults', () => {
    const values = applyFlags(sineHyperparameters.fields, defaults, { epochs: '3', lr: '0.01', 'hidden-size': '32', activation: 'relu' });
    expect(values).toMatchObject({ epochs: 3, learningRate: 0.01, hiddenSize: 32, activation: 'relu', seed: 42 });
  });

  it('names unknown options and non-numbers', () => {
    expect(() => applyFlags(sineHyperparameters.fields, defaults, { epochz: '3' })).toThrow(/unknown option --epochz/);
    expect(() => applyFlags(sineHyperparameters.fields, defaults, { seed: 'abc' })).toThrow(/--seed needs a number/);
  });
});
