// Errors about one photo or one uploaded file, named by the file the learner gave us: the photo
// decoder (lab/photos) and the upload channels report these codes; each UI dictionary words them.
export interface PhotoErrorParams {
  'photo-not-image': { file: string; detail: string };
  'photo-truncated': { file: string };
  'photo-too-large': { file: string; width: number; height: number; maxMegapixels: number };
  'photo-file-too-big': { file: string; megabytes: number; maxMegabytes: number };
  'photo-empty': { file: string };
  'upload-too-big': { file: string; megabytes: number; maxMegabytes: number };
  'upload-not-found': { uploadId: string };
  'upload-incomplete': { file: string; received: number; expected: number };
}

type Texts<P> = { [C in keyof P]: (params: P[C]) => string };

const mb = (n: number) => n.toFixed(n < 10 ? 1 : 0);

export const ENGLISH_PHOTO_ERRORS: Texts<PhotoErrorParams> = {
  'photo-not-image': (p) => `the file ${p.file} is not an image we can read (JPEG, PNG, WebP, GIF, AVIF, TIFF): ${p.detail}`,
  'photo-truncated': (p) => `the file ${p.file} is cut short (the file ends before the image does); copy it again`,
  'photo-too-large': (p) =>
    `the file ${p.file} is ${p.width}×${p.height} pixels, more than the ${p.maxMegapixels} megapixels a photo may have here; make it smaller first`,
  'photo-file-too-big': (p) => `the file ${p.file} has ${mb(p.megabytes)} MB, more than the ${p.maxMegabytes} MB a photo may have`,
  'photo-empty': (p) => `the file ${p.file} is empty (0 bytes)`,
  'upload-too-big': (p) => `the file ${p.file} has ${mb(p.megabytes)} MB, more than the ${p.maxMegabytes} MB that can be sent to the lab`,
  'upload-not-found': (p) => `the upload ${p.uploadId} is not on the lab server (it finished, failed or expired); send the file again`,
  'upload-incomplete': (p) => `the file ${p.file} arrived incomplete (${p.received} of ${p.expected} bytes); send it again`,
};
