// How a photo is sized for a network, in the words torchvision uses: shorter side resized then a
// centre crop (Resize(256) + CenterCrop(224)), or squashed to a size ignoring the aspect ratio.
export type ResizeKernel = 'nearest' | 'linear' | 'cubic' | 'lanczos3';

export type PhotoGeometry =
  | { fit: 'original' }
  | { fit: 'shorter-side-crop'; resize: number; crop: number; kernel?: ResizeKernel }
  | { fit: 'squash'; width: number; height: number; kernel?: ResizeKernel }
  /** A preview: the whole photo scaled so its longer side is at most maxSide (never enlarged). */
  | { fit: 'contain'; maxSide: number; kernel?: ResizeKernel };

/** Width and height after resizing the shorter side of w×h to `side` (aspect kept, rounded like sharp). */
export function shorterSideSize(width: number, height: number, side: number): { width: number; height: number } {
  const scale = side / Math.min(width, height);
  return width <= height
    ? { width: side, height: Math.max(side, Math.round(height * scale)) }
    : { width: Math.max(side, Math.round(width * scale)), height: side };
}

/** Copies the centred `crop`×`crop` window out of an RGB (HWC) image. */
export function centreCrop(rgb: Uint8Array, width: number, height: number, crop: number): Uint8Array {
  if (crop > width || crop > height) throw new RangeError(`cannot crop ${crop}×${crop} out of ${width}×${height}`);
  const left = Math.floor((width - crop) / 2);
  const top = Math.floor((height - crop) / 2);
  const out = new Uint8Array(crop * crop * 3);
  for (let y = 0; y < crop; y++) {
    const from = ((top + y) * width + left) * 3;
    out.set(rgb.subarray(from, from + crop * 3), y * crop * 3);
  }
  return out;
}
