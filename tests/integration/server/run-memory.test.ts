// Runs that do not fit are refused before anything is stored, with how much memory they would need;
// the number of trainings at once is capped by the threads they keep busy, not by their count.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiInputError } from '../../../contract/guards';
import { defaultValues } from '../../../contract/hyperparameters';
import { convNetHyperparameters } from '../../../contract/lessons/convnet';
import { sineHyperparameters } from '../../../contract/lessons/sine';
import { twoLayerHyperparameters } from '../../../contract/lessons/two-layer';
import { vgg16Hyperparameters } from '../../../contract/lessons/vgg16';
import type { RunStore } from '../../../lab/run-store/run-store';
import { DEFAULT_MAX_QUEUED, TrainerBusyError, TrainerHost } from '../../../lab/trainer/trainer-host';
import { estimateRunBytes, threadsOfRun } from '../../../lab/trainer/run-memory';
import { WORKER_SCRIPT } from '../../helpers/temp-home';
import { useTempStore } from '../../helpers/temp-store';

const GB = 2 ** 30;

describe('memory estimates', () => {
  it('sees the settings that take gigabytes, and the defaults that do not', () => {
    const convnet = { ...defaultValues(convNetHyperparameters.fields), batchSize: 50_000 };
    const twoLayer = { ...defaultValues(twoLayerHyperparameters.fields), hiddenSize: 4096, batchSize: 50_000 };
    expect(estimateRunBytes('convnet', convnet)!).toBeGreaterThan(8 * GB);
    expect(estimateRunBytes('two-layer', twoLayer)!).toBeGreaterThan(4 * GB);
    for (const [lesson, fields] of [['convnet', convNetHyperparameters.fields], ['two-layer', twoLayerHyperparameters.fields], ['sine', sineHyperparameters.fields]] as const) {
      expect(estimateRunBytes(lesson, defaultValues(fields))!).toBeLessThan(2 * GB);
    }
    // VGG-16-BN at 32×32 (lesson 7): its 2.5 M floats per image make batch 64 about 2 GB of activations.
    const vgg = defaultValues(vgg16Hyperparameters.fields);
    expect(estimateRunBytes('vgg16', vgg)!).toBeGreaterThan(2 * GB);
    expect(estimateRunBytes('vgg16', vgg)!).toBeLessThan(4 * GB);
    expect(estimateRunBytes('vgg16', { ...vgg, batchSize: 1024 })!).toBeGreaterThan(30 * GB);
    expect(threadsOfRun('convnet', 16)).toBe(2);
    expect(threadsOfRun('sine', 16)).toBe(1);
  });
});

describe('the trainer refuses what does not fit', () => {
  const temp = useTempStore();
  let store: RunStore;
  let trainer: TrainerHost;
  beforeEach(() => {
    store = temp.store;
    trainer = new TrainerHost({
      store, emit: () => {}, workerScript: WORKER_SCRIPT, appVersion: 'test', maxConcurrent: 2, memoryBudget: 4 * GB, dataDirectory: temp.dir,
    });
  });
  afterEach(async () => {
    await trainer.stopAll();
  });

  it('refuses a convnet with batch 50,000, saying how much it needs, and stores nothing', () => {
    const hp = { ...defaultValues(convNetHyperparameters.fields), batchSize: 50_000 };
    let refusal: unknown = null;
    try {
      trainer.start('convnet', hp);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ApiInputError);
    const info = (refusal as ApiInputError).info!;
    expect(info.code).toBe('run-too-big');
    const { neededMegabytes, availableMegabytes } = info.params as { neededMegabytes: number; availableMegabytes: number };
    expect(neededMegabytes).toBeGreaterThan(8192);
    expect(availableMegabytes).toBe(4096);
    expect((refusal as Error).message).toMatch(/would need about \d+ MB/);
    expect(store.list()).toEqual([]);
  });

  it('caps trainings by the threads they use', () => {
    const hp = { ...defaultValues(sineHyperparameters.fields), epochs: 200 };
    trainer.start('sine', hp);
    trainer.start('sine', hp);
    // The third waits for a thread; the queue has room for DEFAULT_MAX_QUEUED.
    const third = trainer.start('sine', hp);
    expect(trainer.queuePlace(third.runId)).toBe(1);
    for (let i = 1; i < DEFAULT_MAX_QUEUED; i += 1) trainer.start('sine', hp);
    expect(() => trainer.start('sine', hp)).toThrow(TrainerBusyError);
    expect(store.list()).toHaveLength(2 + DEFAULT_MAX_QUEUED);
  });
});
