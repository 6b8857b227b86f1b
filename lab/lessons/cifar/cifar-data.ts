// Where a CIFAR-10 lesson's worker finds its data: the cache folder the host imported (or found)
// before starting the worker. Only the cache reader is loaded here, never the importer (sharp).
import { loadCache, type CachedDataset } from '../../datasets/cifar10-cache';
import { TrainingFailure, type TrainingContext } from '../../trainer/lesson-trainer';

export function lessonDataset(context: TrainingContext): CachedDataset {
  if (!context.datasetDir) {
    throw new TrainingFailure('this lesson trains on CIFAR-10: import it first (lab datasets import <path>) or pass --data <path>', null);
  }
  try {
    return loadCache(context.datasetDir);
  } catch (error) {
    throw new TrainingFailure(`could not load the CIFAR-10 cache at ${context.datasetDir}: ${(error as Error).message}`, null);
  }
}
