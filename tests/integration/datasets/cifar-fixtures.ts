// Tiny real CIFAR-10 sources made at test time: the official binary layout (six .bin batches and
// batches.meta.txt) and train/<class>/ test/<class>/ image folders (PNG or JPEG, encoded by sharp),
// packed with tar (optionally gzipped). Pixels are a known function of the image, so tests can
// check a round trip byte for byte. Nothing is committed; everything lives in a temp directory.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { create as createTar } from 'tar';
import { RECORD_BYTES } from '../../../lab/datasets/binary-record-parser';
import { CIFAR10_CLASSES, IMAGE_BYTES, PLANE_BYTES } from '../../../lab/datasets/cifar10-format';

export interface FixtureImage {
  label: number;
  /** 3072 bytes, CHW. */
  chw: Uint8Array;
}

/** `perClass` images of each of the ten classes, in label order, each with its own pixels. */
export function makeImages(perClass: number, seed: number): FixtureImage[] {
  const images: FixtureImage[] = [];
  for (let label = 0; label < CIFAR10_CLASSES.length; label++) {
    for (let k = 0; k < perClass; k++) {
      const chw = new Uint8Array(IMAGE_BYTES);
      const n = seed * 1000 + label * 100 + k;
      for (let p = 0; p < IMAGE_BYTES; p++) chw[p] = (n * 37 + p * 11 + ((p * n) >> 5)) & 255;
      images.push({ label, chw });
    }
  }
  return images;
}

export function binaryRecords(images: readonly FixtureImage[]): Uint8Array {
  const bytes = new Uint8Array(images.length * RECORD_BYTES);
  images.forEach((image, r) => {
    bytes[r * RECORD_BYTES] = image.label;
    bytes.set(image.chw, r * RECORD_BYTES + 1);
  });
  return bytes;
}

export interface BinaryLayoutOptions {
  /** Member names to leave out. */
  omit?: string[];
  /** Replace a member's bytes. */
  override?: Record<string, Uint8Array>;
}

/**
 * Writes cifar-10-batches-bin/ under `dir`: the training images split over data_batch_1..5 in order
 * (so the cache's training order is the images' order), the test images in test_batch.bin.
 */
export function writeBinaryLayout(dir: string, train: readonly FixtureImage[], test: readonly FixtureImage[], options: BinaryLayoutOptions = {}): string {
  const folder = join(dir, 'cifar-10-batches-bin');
  mkdirSync(folder, { recursive: true });
  const members: Record<string, Uint8Array> = {
    'batches.meta.txt': new TextEncoder().encode(`${CIFAR10_CLASSES.join('\n')}\n\n`),
    'test_batch.bin': binaryRecords(test),
  };
  const per = Math.ceil(train.length / 5);
  for (let b = 0; b < 5; b++) members[`data_batch_${b + 1}.bin`] = binaryRecords(train.slice(b * per, (b + 1) * per));
  Object.assign(members, options.override);
  for (const [name, bytes] of Object.entries(members)) if (!options.omit?.includes(name)) writeFileSync(join(folder, name), bytes);
  return folder;
}

/** Interleaved HWC copy of a CHW image, as encoders want it. */
export function toHwc(chw: Uint8Array): Uint8Array {
  const hwc = new Uint8Array(IMAGE_BYTES);
  for (let c = 0; c < 3; c++) for (let p = 0; p < PLANE_BYTES; p++) hwc[p * 3 + c] = chw[c * PLANE_BYTES + p];
  return hwc;
}

export async function encodeImage(chw: Uint8Array, format: 'png' | 'jpeg'): Promise<Buffer> {
  const image = sharp(toHwc(chw), { raw: { width: 32, height: 32, channels: 3 } });
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 90 }).toBuffer();
}

/** Writes <root>/<split>/<class>/NNNN.<ext> for each split given. */
export async function writeImageFolders(root: string, splits: Partial<Record<'train' | 'test', readonly FixtureImage[]>>, format: 'png' | 'jpeg'): Promise<void> {
  for (const [split, images] of Object.entries(splits)) {
    const counters = new Map<number, number>();
    for (const image of images) {
      const k = counters.get(image.label) ?? 0;
      counters.set(image.label, k + 1);
      const folder = join(root, split, CIFAR10_CLASSES[image.label]);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${String(k).padStart(4, '0')}.${format === 'png' ? 'png' : 'jpg'}`), await encodeImage(image.chw, format));
    }
  }
}

/** Packs the given entries of `cwd` into `file` (.tar, or .tar.gz when gzip). */
export async function packTar(cwd: string, entries: string[], file: string, gzip: boolean): Promise<string> {
  await createTar({ cwd, file, gzip, portable: true }, entries);
  return file;
}

/** Every file under `dir` with its size and content hash: equal snapshots mean nothing was touched. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        out[`${relative(dir, path)}/`] = 'dir';
        walk(path);
      } else {
        out[relative(dir, path)] = `${statSync(path).size}:${statSync(path).mtimeMs}:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
      }
    }
  };
  walk(dir);
  return out;
}
