// The photo decoder lessons 5, 6 and 8 and the model library share: header check, orientation,
// alpha and grey handled, sized for a network, every refusal a coded error naming the file.
export { decodePhoto, type DecodedPhoto, type DecodeOptions } from './decode-photo';
export { readPhotoHeader, type PhotoHeader, type PhotoFormat } from './photo-header';
export { centreCrop, shorterSideSize, type PhotoGeometry, type ResizeKernel } from './photo-geometry';
export { DEFAULT_PHOTO_LIMITS, type PhotoLimits } from './photo-limits';
export { readPhotoFile } from './read-photo-file';
