// What a picture of a finished lesson 5 or 6 run is computed from, read back from its folder: the
// weights (model.safetensors), the preprocessing it trained with (preprocessing.json, written when
// it started) and the test images of the imported CIFAR-10.
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng, Sequential, Softmax, loadSafetensors, loadStateDict } from '../../../../airi';
import { IMAGE_BYTES } from '../../../datasets/cifar10-format';
import { readManifest } from '../../../datasets/cifar10-cache';
import type { PixelAffine } from '../../../datasets/preprocessing';
import { buildBetterConvNet, buildDemoConvNet } from '../../cifar/cifar-models';
import type { PictureImage } from './image-pictures';

export const PREPROCESSING_FILE = 'preprocessing.json';
export const MODEL_FILE = 'model.safetensors';

export type ConvLessonId = 'convnet' | 'cnn';

/** The lesson's network, with the notebook's final Softmax when the run trained with the double softmax. */
export function buildLessonModel(lessonId: ConvLessonId, doubleSoftmax: boolean): Sequential {
  const model = lessonId === 'convnet' ? buildDemoConvNet(new Rng(0)) : buildBetterConvNet(new Rng(0));
  // The Softmax has no parameters, so the state dict's names stay those of the network alone.
  return doubleSoftmax ? new Sequential(...model.modules, new Softmax()) : model;
}

export function loadRunModel(runDir: string, lessonId: ConvLessonId, doubleSoftmax: boolean): Sequential {
  const file = join(runDir, MODEL_FILE);
  if (!existsSync(file)) throw new Error(`the run has no weights (${MODEL_FILE})`);
  const bytes = readFileSync(file);
  const model = buildLessonModel(lessonId, doubleSoftmax);
  loadStateDict(model, loadSafetensors(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).tensors);
  return model;
}

/** The preprocessing's affine map as JSON (3072 scales and offsets; a few tens of kilobytes). */
export function preprocessingBytes(affine: PixelAffine): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ scale: Array.from(affine.scale), offset: Array.from(affine.offset) }));
}

export function loadPreprocessing(runDir: string): PixelAffine {
  const file = join(runDir, PREPROCESSING_FILE);
  if (!existsSync(file)) throw new Error(`the run has no ${PREPROCESSING_FILE} (an older version trained it)`);
  const { scale, offset } = JSON.parse(readFileSync(file, 'utf8')) as { scale: number[]; offset: number[] };
  if (scale.length !== IMAGE_BYTES || offset.length !== IMAGE_BYTES) throw new Error(`${PREPROCESSING_FILE} does not hold ${IMAGE_BYTES} scales and offsets`);
  return { scale: Float32Array.from(scale), offset: Float32Array.from(offset) };
}

/** Writes a file into a folder atomically (beside, then renamed). */
export function writeAtomically(dir: string, name: string, bytes: Uint8Array): void {
  const file = join(dir, name);
  writeFileSync(`${file}.tmp`, bytes);
  renameSync(`${file}.tmp`, file);
}

/** One test image of the imported CIFAR-10, read alone (3,072 bytes) rather than the whole split. */
export function readTestImage(cacheDir: string, index: number): PictureImage {
  const manifest = readManifest(cacheDir);
  if (!manifest) throw new Error(`${cacheDir} is not a CIFAR-10 cache`);
  const { count, imagesFile, labelsFile } = manifest.splits.test;
  if (!Number.isInteger(index) || index < 0 || index >= count) throw new Error(`test image ${index} does not exist (0..${count - 1})`);
  const image = new Uint8Array(IMAGE_BYTES);
  const label = new Uint8Array(1);
  readAt(join(cacheDir, imagesFile), image, index * IMAGE_BYTES);
  readAt(join(cacheDir, labelsFile), label, index);
  return { image, label: label[0], index };
}

function readAt(file: string, into: Uint8Array, position: number): void {
  const fd = openSync(file, 'r');
  try {
    if (readSync(fd, into, 0, into.length, position) !== into.length) throw new Error(`${file} is shorter than expected`);
  } finally {
    closeSync(fd);
  }
}
