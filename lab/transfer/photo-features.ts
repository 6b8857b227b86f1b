// Lesson 8's fast mode, the part that sees: each photo of a folder decoded as the backbone expects
// (the model's preprocessing contract), then its features computed once by the frozen backbone, in
// batches. A photo that cannot be decoded is listed by name with its reason and skipped, never fatal.
import { readFileSync } from 'node:fs';
import { ApiInputError } from '../../contract/guards';
import type { LabErrorInfo } from '../../contract/lab-errors';
import type { Preprocessing } from '../../contract/models/models';
import { pixelsToTensor } from '../../native-models/preprocess/to-tensor';
import type { FolderPhoto } from '../photo-folders/scan-photo-folder';
import { decodePhoto, type PhotoGeometry } from '../photos';

/** A frozen network that turns a batch of input tensors into feature rows. */
export interface FeatureBackbone {
  preprocessing: Preprocessing;
  geometry: PhotoGeometry;
  /** `count` images back to back in the model's layout → count × dim features, as real numbers. */
  features(batch: Float32Array, count: number): Promise<Float32Array>;
}

export interface PhotoFeatures {
  features: Float32Array;
  labels: Int32Array;
  dim: number;
  /** The photos the rows belong to, in order. */
  kept: FolderPhoto[];
  /** Photos left out, with why (in the learner's language through its code). */
  bad: { name: string; error: LabErrorInfo | null; detail: string }[];
}

export async function photoFeatures(
  photos: FolderPhoto[],
  backbone: FeatureBackbone,
  { batchSize = 16, onProgress }: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<PhotoFeatures> {
  const p = backbone.preprocessing;
  const imageSize = 3 * p.size * p.size;
  const rows: Float32Array[] = [];
  const kept: FolderPhoto[] = [];
  const bad: PhotoFeatures['bad'] = [];
  let dim = 0;
  for (let start = 0; start < photos.length; start += batchSize) {
    const batch = new Float32Array(batchSize * imageSize);
    const members: FolderPhoto[] = [];
    for (const photo of photos.slice(start, start + batchSize)) {
      try {
        const decoded = await decodePhoto(new Uint8Array(readFileSync(photo.path)), photo.name, backbone.geometry);
        pixelsToTensor(decoded.rgb, p, batch, members.length);
        members.push(photo);
      } catch (error) {
        const info = error instanceof ApiInputError ? error.info ?? null : null;
        bad.push({ name: photo.name, error: info, detail: error instanceof Error ? error.message : String(error) });
      }
    }
    if (members.length > 0) {
      const out = await backbone.features(batch.subarray(0, members.length * imageSize), members.length);
      dim = out.length / members.length;
      rows.push(out);
      kept.push(...members);
    }
    onProgress?.(Math.min(photos.length, start + batchSize), photos.length);
  }
  const features = new Float32Array(kept.length * dim);
  let offset = 0;
  for (const r of rows) {
    features.set(r, offset);
    offset += r.length;
  }
  return { features, labels: Int32Array.from(kept, (photo) => photo.label), dim, kept, bad };
}
