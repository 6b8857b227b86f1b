// lab/datasets: CIFAR-10 for lessons 2 to 6. Import once into the data directory's cache
// (importCifar10, or `lab datasets import`), load in a fraction of a second (loadCifar10), then fit a
// preprocessing on the training split and iterate over mini-batches (iterateBatches).
// Training workers should import load-cifar10, preprocessing and batch-iterator directly: this index
// also reaches the importer, which loads sharp.
export { CIFAR10_CLASSES, IMAGE_BYTES, IMAGE_SIDE, type Cifar10Data, type ImageSplit, type SplitName } from './cifar10-format';
export { importCifar10, openCifar10, type ImportOptions, type ImportPhase, type ImportProgress, type ImportResult } from './import-cifar10';
export { loadCifar10, type LoadCifar10Options } from './load-cifar10';
export { cacheRoot, loadCache, type CachedDataset, type CacheManifest } from './cifar10-cache';
export { DatasetImportError } from './dataset-import-error';
export { parseBinaryBatch, RECORD_BYTES } from './binary-record-parser';
export { computeMeanImage, chwToHwc } from './mean-image';
export { computeChannelStats, IMAGENET_STATS, type ChannelStats } from './channel-stats';
export { fitPreprocessing, pixelAffine, type PixelAffine, type Preprocessing, type PreprocessingName } from './preprocessing';
export { CIFAR_AUGMENTATION, drawTransform, IDENTITY_TRANSFORM, type Augmentation, type ImageTransform } from './augmentation';
export { batchesPerEpoch, iterateBatches, type Batch, type BatchOptions } from './batch-iterator';
export { writeImage, type BatchLayout } from './write-image';
export { datasetsImportCommand, DATASETS_USAGE } from './datasets-import-command';
