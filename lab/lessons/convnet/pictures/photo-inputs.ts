// Dropped photos as lessons 5 and 6 look at them: decoded once by the shared photo decoder (which
// refuses what is not an image, is cut short or is huge, with a coded error naming the file), its
// shorter side resized to 32 and centre-cropped to the 32×32 a CIFAR-10 network knows. The learner
// then asks several pictures of the same photo (feature maps, Grad-CAM of each class and method), so
// the small image is kept for the last few uploads and the uploaded file is deleted.
import { readFile } from 'node:fs/promises';
import { decodePhoto } from '../../../photos';
import type { UploadStore } from '../../../uploads/upload-store';

/** Photos kept at 32×32 (3 KB each). */
const KEEP = 32;
export const PHOTO_SIDE = 32;

export class PhotoInputs {
  private readonly kept = new Map<string, Promise<Uint8Array>>();

  constructor(private readonly uploads: UploadStore) {}

  /** The photo of an upload as 32×32 RGB (HWC); the upload is taken and deleted on first use. */
  rgb32(uploadId: string): Promise<Uint8Array> {
    let photo = this.kept.get(uploadId);
    if (!photo) {
      photo = this.decode(uploadId);
      this.kept.set(uploadId, photo);
      // A failed photo is not kept: the learner may send it again, fixed.
      photo.catch(() => this.kept.delete(uploadId));
      while (this.kept.size > KEEP) this.kept.delete(this.kept.keys().next().value as string);
    }
    return photo;
  }

  private async decode(uploadId: string): Promise<Uint8Array> {
    const received = await this.uploads.take(uploadId, 'photo');
    try {
      const bytes = await readFile(received.path);
      const decoded = await decodePhoto(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), received.file, {
        fit: 'shorter-side-crop', resize: PHOTO_SIDE, crop: PHOTO_SIDE, kernel: 'lanczos3',
      });
      return decoded.rgb;
    } finally {
      await this.uploads.release(received);
    }
  }
}
