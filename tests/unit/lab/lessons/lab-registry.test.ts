// lab/'s lesson registry agrees with the contract's: every lesson with hyperparameters trains here,
// under its own id, and `run` parses its values with the lesson's own spec before training.
import { describe, expect, it } from 'vitest';
import { HyperparameterError } from '../../../../contract/hyperparameters';
import { LESSONS } from '../../../../contract/lessons/registry';
import type { TrainingContext } from '../../../../lab/lessons/lesson-trainer';
import { runnableLesson, trainableLessonIds } from '../../../../lab/lessons/registry';

const quietContext: TrainingContext = { shouldStop: () => false, progress: () => {}, snapshot: () => {}, now: () => 0 };

describe('lab lesson registry', () => {
  it('trains exactly the lessons that declare hyperparameters, with their contract descriptor', () => {
    const declared = LESSONS.filter((l) => l.hyperparameters).map((l) => l.id);
    expect(trainableLessonIds()).toEqual(declared);
    for (const id of declared) expect(runnableLesson(id)?.descriptor).toBe(LESSONS.find((l) => l.id === id));
    expect(runnableLesson('cat-breeds')).toBeUndefined();
    expect(runnableLesson('hasOwnProperty')).toBeUndefined();
  });

  it('runs only the CIFAR-10 lessons on the WASM backend', () => {
    for (const id of trainableLessonIds()) {
      expect(runnableLesson(id)?.engine).toBe(runnableLesson(id)?.descriptor.dataset === 'cifar10' ? 'wasm-simd' : 'reference');
    }
  });

  it('refuses values its spec refuses before any training starts', () => {
    const sine = runnableLesson('sine');
    expect(() => sine?.run({ epochs: 'ten' }, quietContext)).toThrow(HyperparameterError);
  });

  it('trains lesson 1 from parsed values', () => {
    const sine = runnableLesson('sine');
    const values = { ...sine?.descriptor.hyperparameters?.defaults(), epochs: 1, trainPoints: 256, batchSize: 64 };
    const result = sine?.run(values, quietContext);
    expect(result?.status).toBe('completed');
    expect(result?.metrics.steps).toBe(4);
    expect(result?.metrics.testMse).toBeLessThan(1);
  });
});
