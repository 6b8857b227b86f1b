// Lesson 4: the last CIFAR-10 race is found among stored runs (newest settings, newest run per lane),
// ignoring other lessons, running runs and older races with other settings.
import { describe, expect, it } from 'vitest';
import { AIRI_CIFAR_LANES } from '../../../../contract/lessons/airi';
import type { RunSummary } from '../../../../contract/runs';
import { lastRace } from '../../../../renderer/lessons/airi/race-restore';

const settings = { epochs: 2, trainImages: 1000, hiddenSize: 32, batchSize: 40, seed: 42 };

function run(id: string, optimizer: string, momentum: number, extra: Partial<RunSummary> & { epochs?: number } = {}): RunSummary {
  const { epochs = settings.epochs, ...rest } = extra;
  return {
    id, lessonId: 'airi', status: 'completed', seed: 42, appVersion: '0.1.0', createdAt: '', finishedAt: '', metrics: {},
    error: null, errorInfo: null,
    hyperparameters: { ...settings, epochs, optimizer, momentum, weightDecay: optimizer === 'adamw' ? 0.01 : 0, learningRate: 0.01 },
    ...rest,
  };
}

describe('lastRace', () => {
  it('takes the newest settings and the newest run of each lane with them', () => {
    const runs = [
      run('running', 'adam', 0, { status: 'running', epochs: 9 }),
      run('other-lesson', 'adam', 0, { lessonId: 'two-layer', epochs: 7 }),
      run('adam-new', 'adam', 0),
      run('nesterov', 'sgd', 0.9),
      run('sgd-old-settings', 'sgd', 0, { epochs: 5 }),
      run('adam-old', 'adam', 0),
    ];
    const last = lastRace(runs, AIRI_CIFAR_LANES);
    expect(last?.settings).toEqual(settings);
    expect(Object.fromEntries([...last!.runs].map(([lane, r]) => [lane, r.id]))).toEqual({ nesterov: 'nesterov', adam: 'adam-new' });
  });

  it('finds nothing without a finished run of lesson 4', () => {
    expect(lastRace([], AIRI_CIFAR_LANES)).toBeNull();
    expect(lastRace([run('x', 'adam', 0, { status: 'running' })], AIRI_CIFAR_LANES)).toBeNull();
  });
});
