// One picture job, as the insights worker runs it: read what the picture needs (the run's
// model.safetensors, or the imported CIFAR-10 for the one-image experiment) and draw it.
import { readFileSync } from 'node:fs';
import { loadSafetensors } from '../../../airi';
import type { PictureKind, PictureSet } from '../../../contract/insights';
import { loadCache } from '../../datasets/cifar10-cache';
import { oneImageExperiment } from './one-image';
import type { HyperparameterValues } from '../../../contract/hyperparameters';
import { initialWeights } from './initial-weights';
import { classTemplates, learnedSince, neuronGrid } from './weight-pictures';

export interface PictureJob {
  kind: Extract<PictureKind, 'class-templates' | 'neurons' | 'one-image'>;
  /** The run's model.safetensors (kinds drawn from weights). */
  modelFile?: string;
  /** The CIFAR-10 cache folder (the one-image experiment). */
  datasetDir?: string;
  classes: readonly string[];
  params: Record<string, number>;
  /** The run's lesson and hyperparameters, to rebuild its initial weights (params.learned). */
  run?: { lessonId: string; hyperparameters: HyperparameterValues };
}

export type PictureJobResult = { ok: true; picture: PictureSet } | { ok: false; error: string };

function weightsOf(job: PictureJob) {
  if (!job.modelFile) throw new Error(`a ${job.kind} picture needs the run's weights`);
  const bytes = readFileSync(job.modelFile);
  return loadSafetensors(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).tensors;
}

export function computePicture(job: PictureJob): PictureSet {
  switch (job.kind) {
    case 'class-templates':
      return classTemplates(weightsOf(job), job.classes);
    case 'neurons': {
      const weights = weightsOf(job);
      const page = { offset: job.params.offset, count: job.params.count };
      if (job.params.learned !== 1) return neuronGrid(weights, page);
      const initial = job.run ? initialWeights(job.run.lessonId, job.run.hyperparameters) : null;
      if (!initial) throw new Error('the weights this run started from cannot be rebuilt');
      return neuronGrid(learnedSince(weights, initial), { ...page, learned: true });
    }
    case 'one-image': {
      if (!job.datasetDir) throw new Error('the one-image experiment needs the imported CIFAR-10');
      const { train, classes } = loadCache(job.datasetDir);
      return oneImageExperiment(train, classes, { imageIndex: job.params.imageIndex ?? 0, stepSize: job.params.stepSize, seed: job.params.seed });
    }
  }
}
