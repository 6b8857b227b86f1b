// From a class activation map at a layer's resolution to a heatmap over the image: bilinear
// upsampling with PyTorch's align_corners=False (what F.interpolate did in the notebook's Grad-CAM),
// then min-max scaling to [0, 1] per image. Shared by Grad-CAM, Grad-CAM++ and Eigen-CAM.

/** Bilinear resize of one [height, width] plane to [outHeight, outWidth], pixel centres aligned. */
export function resizeBilinear(plane: Float32Array, height: number, width: number, outHeight: number, outWidth: number): Float32Array {
  const out = new Float32Array(outHeight * outWidth);
  const scaleY = height / outHeight;
  const scaleX = width / outWidth;
  for (let y = 0; y < outHeight; y++) {
    // The source coordinate of the output pixel's centre, clamped at the border as PyTorch does.
    const sy = Math.max(0, (y + 0.5) * scaleY - 0.5);
    const y0 = Math.min(Math.floor(sy), height - 1);
    const y1 = Math.min(y0 + 1, height - 1);
    const fy = sy - y0;
    for (let x = 0; x < outWidth; x++) {
      const sx = Math.max(0, (x + 0.5) * scaleX - 0.5);
      const x0 = Math.min(Math.floor(sx), width - 1);
      const x1 = Math.min(x0 + 1, width - 1);
      const fx = sx - x0;
      const top = plane[y0 * width + x0] * (1 - fx) + plane[y0 * width + x1] * fx;
      const bottom = plane[y1 * width + x0] * (1 - fx) + plane[y1 * width + x1] * fx;
      out[y * outWidth + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return out;
}

/** Scales values to [0, 1] in place by their own minimum and maximum; a flat map becomes all zeros. */
export function minMaxNormalize(values: Float32Array): Float32Array {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const range = max - min;
  for (let i = 0; i < values.length; i++) values[i] = range > 0 ? (values[i] - min) / range : 0;
  return values;
}

/** cam = ReLU(sum over channels of weight_c * activation_c) for one image's [C, H, W] activations. */
export function weightedChannelSum(activations: Float32Array, weights: Float32Array, pixels: number): Float32Array {
  const cam = new Float32Array(pixels);
  for (let c = 0; c < weights.length; c++) {
    const w = weights[c];
    if (w === 0) continue;
    const plane = c * pixels;
    for (let p = 0; p < pixels; p++) cam[p] += w * activations[plane + p];
  }
  for (let p = 0; p < pixels; p++) if (cam[p] < 0) cam[p] = 0;
  return cam;
}
