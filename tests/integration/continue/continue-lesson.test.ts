// Issue 8, the correctness of continuing: a CIFAR-10 lesson trained 3 epochs straight and the same
// run stopped when epoch 2 ended, then continued from its checkpoint, end with the same weights
// (bit for bit), the same curves and metrics, and the same film strips. In process, on a 300-image
// dataset made from a seed (tests/helpers/synthetic-cifar.ts), so the stop lands exactly at the end
// of epoch 2; the lab-level test (continue-api.test.ts) does it through the worker and the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultValues, type HyperparameterValues } from '../../../contract/hyperparameters';
import { decodeCheckpoint } from '../../../lab/lessons/checkpoint/run-checkpoint';
import type { RunnableLesson, TrainingContext, TrainingResult } from '../../../lab/lessons/lesson-trainer';
import { runnableLesson } from '../../../lab/lessons/registry';
import { selectBackend, type EngineChoice } from '../../../lab/platform/engine-backend';
import { importSynthetic, syntheticCifar } from '../../helpers/synthetic-cifar';
import { makeTempHome } from '../../helpers/temp-home';

interface Session {
  result: TrainingResult;
  files: Map<string, Uint8Array>;
  /** Every metric point reported, "name@step" -> value, in order. */
  points: [string, number][];
  checkpoints: Uint8Array[];
}

function train(lesson: RunnableLesson, values: HyperparameterValues, datasetDir: string, options: { stopAfterCheckpoint?: number; resume?: Uint8Array } = {}): Session {
  const files = new Map<string, Uint8Array>();
  const points: [string, number][] = [];
  const checkpoints: Uint8Array[] = [];
  let clock = 0;
  const context: TrainingContext = {
    // Stop is checked before every step: true once the wanted checkpoint is written stops the run
    // at the very start of the next epoch, as a learner's Stop in the first steps of epoch 3 would.
    shouldStop: () => options.stopAfterCheckpoint !== undefined && checkpoints.length >= options.stopAfterCheckpoint,
    progress: (p) => {
      for (const [name, value] of Object.entries(p.metrics)) points.push([`${name}@${p.step}`, value]);
    },
    snapshot: () => {},
    now: () => (clock += 1),
    datasetDir,
    saveFile: (name, bytes) => {
      files.set(name, bytes.slice());
      return name;
    },
    saveCheckpoint: (bytes) => void checkpoints.push(bytes.slice()),
    ...(options.resume ? { resume: decodeCheckpoint(options.resume) } : {}),
  };
  return { result: lesson.run(values, context), files, points, checkpoints };
}

const stepOf = (key: string) => Number(key.split('@')[1]);

describe('continuing a stopped run gives what training straight gives', () => {
  const home = makeTempHome('airi-lab-continue-');
  let datasetDir = '';
  let engine: EngineChoice | null = null;
  beforeAll(async () => {
    datasetDir = await importSynthetic(home.dir, syntheticCifar(300, 60));
    // The convolutions on the engine the workers use (one thread), not the slow reference backend.
    engine = await selectBackend(1, () => {});
  });
  afterAll(() => {
    engine?.release();
    home.remove();
  });

  const cases: [string, HyperparameterValues][] = [
    // Nesterov momentum (the softmax default) and a cosine schedule: both remember across the stop.
    ['softmax', { epochs: 3, trainImages: 300, batchSize: 32, schedule: 'cosine', seed: 11 }],
    // Adam's moments and bias correction, flips drawn from the Rng, and the Grad-CAM film strip.
    ['convnet', { epochs: 3, trainImages: 120, batchSize: 40, optimizer: 'adam', learningRate: 0.002, augmentation: 'flip', seed: 12 }],
    // BatchNorm's running statistics and Dropout's masks (drawn from the same Rng, restored in place).
    ['cnn', { epochs: 3, trainImages: 60, batchSize: 20, seed: 13 }],
    // Lesson 1: Adam on the sine MLP (no dataset, no pictures).
    ['sine', { epochs: 3, trainPoints: 2000, seed: 14 }],
  ];

  it.each(cases)('%s: 3 epochs straight = stop at the end of epoch 2, continue', (lessonId, overrides) => {
    const lesson = runnableLesson(lessonId as never)!;
    const values = { ...defaultValues(lesson.descriptor.hyperparameters!.fields), ...overrides };

    const straight = train(lesson, values, datasetDir);
    expect(straight.result.status).toBe('completed');
    // One checkpoint per epoch but the last.
    expect(straight.checkpoints.length).toBe(2);

    const first = train(lesson, values, datasetDir, { stopAfterCheckpoint: 2 });
    expect(first.result.status).toBe('stopped');
    const checkpoint = first.checkpoints[1];
    const decoded = decodeCheckpoint(checkpoint);
    // Stopped right at the end of epoch 2: not one step of epoch 3 was trained.
    expect(first.result.metrics.steps).toBe(decoded.step);
    expect(decoded).toMatchObject({ lessonId, epoch: 2, epochs: 3 });
    // The checkpoint of the stopped run is the straight run's checkpoint at the same epoch, byte for byte.
    expect(Buffer.from(checkpoint).equals(Buffer.from(straight.checkpoints[1]))).toBe(true);

    const continued = train(lesson, values, datasetDir, { resume: checkpoint });
    expect(continued.result.status).toBe('completed');

    const weights = (s: Session) => Buffer.from(s.files.get('model.safetensors')!);
    expect(weights(continued).equals(weights(straight))).toBe(true);
    const { seconds: _a, imagesPerSecond: _b, ...straightMetrics } = straight.result.metrics;
    const { seconds: _c, imagesPerSecond: _d, ...continuedMetrics } = continued.result.metrics;
    expect(continuedMetrics).toEqual(straightMetrics);
    expect(continued.result.artifacts.perClassAccuracy).toEqual(straight.result.artifacts.perClassAccuracy);

    // The curve: what the first session drew up to the checkpoint, then the continuation, is the straight curve.
    const kept = first.points.filter(([key]) => stepOf(key) <= decoded.step);
    expect([...kept, ...continued.points]).toEqual(straight.points);
    expect(continued.points.every(([key]) => stepOf(key) > decoded.step)).toBe(true);

    // The pictures kept across epochs (the film strips) have all three epochs, as the straight run's.
    for (const name of ['picture-template-film.json', 'cam-film.json']) {
      if (!straight.files.has(name)) continue;
      expect(new TextDecoder().decode(continued.files.get(name))).toBe(new TextDecoder().decode(straight.files.get(name)));
    }
  }, 120_000);

  it('a checkpoint of other settings or another lesson fails the run as continue-lesson-changed, before any step', () => {
    const lesson = runnableLesson('softmax')!;
    const values = { ...defaultValues(lesson.descriptor.hyperparameters!.fields), epochs: 2, trainImages: 100, batchSize: 50, seed: 3 };
    const { checkpoints } = train(lesson, values, datasetDir);
    expect(() => train(lesson, { ...values, learningRate: 0.5 }, datasetDir, { resume: checkpoints[0] })).toThrow(/settings differ/);
    const twoLayer = runnableLesson('two-layer')!;
    const other = { ...defaultValues(twoLayer.descriptor.hyperparameters!.fields), epochs: 2, trainImages: 100, seed: 3 };
    expect(() => train(twoLayer, other, datasetDir, { resume: checkpoints[0] })).toThrow(/checkpoint of lesson softmax/);
    try {
      train(twoLayer, other, datasetDir, { resume: checkpoints[0] });
    } catch (error) {
      expect((error as { info?: { code: string } }).info?.code).toBe('continue-lesson-changed');
    }
  });
});
