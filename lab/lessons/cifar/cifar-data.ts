// Where a CIFAR-10 lesson's worker finds its data: the cache folder the host imported (or found)
// before starting the worker. Only the cache reader is loaded here, never the importer (sharp).
import { loadCache, type CachedDataset } from '../../datasets/cifar10-cache';
import { TrainingFailure, type TrainingContext } from '../lesson-trainer';

export function lessonDataset(context: TrainingContext): CachedDataset {
  if (!context.datasetDir) {
    throw new TrainingFailure({ code: 'dataset-not-imported', params: {} }, null);
  }
  try {
    return loadCache(context.datasetDir);
  } catch (error) {
    const detail = `the cache at ${context.datasetDir}: ${(error as Error).message}`;
    throw new TrainingFailure({ code: 'dataset-unreadable', params: { detail } }, null);
  }
}
