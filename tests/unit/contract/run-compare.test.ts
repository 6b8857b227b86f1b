// What the Compare screen and `lab runs compare` show: differing settings (partial keys marked),
// settings changed from defaults, and final and best metrics in each metric's direction.
import { describe, expect, it } from 'vitest';
import { sineHyperparameters } from '../../../contract/lessons/sine';
import { changedFromDefaults, compareMetrics, compareSettings, metricDirection } from '../../../contract/run-compare';

describe('run comparison', () => {
  it('marks settings that differ and keys only some runs have', () => {
    const rows = compareSettings([
      { hyperparameters: { epochs: 2, lr: 0.1, hiddenSize: 16 } },
      { hyperparameters: { epochs: 2, lr: 0.2 } },
    ]);
    expect(rows).toEqual([
      { key: 'epochs', values: [2, 2], differs: false, partial: false },
      { key: 'lr', values: [0.1, 0.2], differs: true, partial: false },
      { key: 'hiddenSize', values: [16, undefined], differs: true, partial: true },
    ]);
  });

  it('lists the settings a run changed from its lesson defaults, seed aside', () => {
    const values = { ...sineHyperparameters.defaults(), hiddenSize: 8, seed: 5 };
    expect(changedFromDefaults(values, sineHyperparameters.fields)).toEqual(['hiddenSize']);
  });

  it('takes the best point of each curve in its direction', () => {
    expect(metricDirection('testAccuracy')).toBe('higher');
    expect(metricDirection('testMse')).toBe('lower');
    expect(metricDirection('steps')).toBe('none');
    const rows = compareMetrics([
      { metrics: { testAccuracy: 0.5 }, series: [{ name: 'testAccuracy', steps: [1, 2, 3], values: [0.4, 0.6, 0.5] }] },
      { metrics: { testMse: 0.01 } },
    ]);
    expect(rows.find((r) => r.name === 'testAccuracy')).toEqual({ name: 'testAccuracy', direction: 'higher', final: [0.5, undefined], best: [0.6, undefined] });
    expect(rows.find((r) => r.name === 'testMse')?.final).toEqual([undefined, 0.01]);
  });
});
