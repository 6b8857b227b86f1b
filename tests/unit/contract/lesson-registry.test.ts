// The contract's lesson registry: eight lessons, each under its own id, numbered 1 to 8, and the
// typed hyperparameter parser each trainable lesson declares.
import { describe, expect, it } from 'vitest';
import { HyperparameterError } from '../../../contract/hyperparameters';
import { LESSONS, datasetOf, isLessonId, lessonById, lessonSummaries } from '../../../contract/lessons/registry';
import { sineHyperparameters } from '../../../contract/lessons/sine';
import { twoLayerHyperparameters } from '../../../contract/lessons/two-layer';

describe('contract lesson registry', () => {
  it('lists the eight lessons in order, each found under its own id', () => {
    expect(LESSONS.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(LESSONS.map((l) => l.id)).toEqual(['sine', 'softmax', 'two-layer', 'airi', 'convnet', 'cnn', 'vgg16', 'cat-breeds']);
    for (const lesson of LESSONS) expect(lessonById(lesson.id)).toBe(lesson);
    expect(lessonById('constructor')).toBeUndefined();
    expect(isLessonId('toString')).toBe(false);
  });

  it('says which lessons need CIFAR-10', () => {
    expect(LESSONS.filter((l) => datasetOf(l.id) === 'cifar10').map((l) => l.id)).toEqual(['softmax', 'two-layer', 'airi', 'convnet', 'cnn', 'vgg16']);
    expect(datasetOf('no-such-lesson')).toBe('none');
  });

  it('sends the hyperparameter fields only for ready lessons', () => {
    const summaries = lessonSummaries();
    expect(summaries.find((s) => s.id === 'sine')?.hyperparameters).toBe(sineHyperparameters.fields);
    for (const summary of summaries) {
      expect(summary.hyperparameters !== undefined).toBe(summary.status === 'ready' && lessonById(summary.id)?.hyperparameters !== undefined);
      expect(summary.title.en.length).toBeGreaterThan(0);
      expect(summary.title['pt-BR'].length).toBeGreaterThan(0);
    }
    // Summaries are plain data: they survive JSON unchanged (no parser functions travel to the UI).
    expect(JSON.parse(JSON.stringify(summaries))).toEqual(summaries);
  });

  it('parses values into typed hyperparameters and refuses wrong ones with field errors', () => {
    const parsed = twoLayerHyperparameters.parse({ ...twoLayerHyperparameters.defaults(), hiddenSize: 100 });
    // Typed without a cast: hiddenSize is a number, optimizer one of the declared options.
    const hidden: number = parsed.hiddenSize;
    const optimizer: 'sgd' | 'adam' | 'adamw' | 'adagrad' | 'rmsprop' = parsed.optimizer;
    expect([hidden, optimizer]).toEqual([100, 'sgd']);
    expect(() => twoLayerHyperparameters.parse({ ...twoLayerHyperparameters.defaults(), optimizer: 'lbfgs' })).toThrow(HyperparameterError);
    try {
      sineHyperparameters.parse({ ...sineHyperparameters.defaults(), epochs: 2.5, extra: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HyperparameterError);
      expect((error as HyperparameterError).fieldErrors.map((e) => [e.key, e.problem.code])).toEqual([['epochs', 'not-whole'], ['extra', 'unknown-key']]);
    }
  });
});
