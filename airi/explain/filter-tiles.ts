// A convolution layer's filters as small pictures (lesson 5): each filter [inChannels, kH, kW]
// becomes a kH×kW tile, in colour when it reads the 3 colour channels (grey, the mean over its
// channels, otherwise), scaled to [0, 1] by its own minimum and maximum as the notebook did, so each
// tile shows its pattern (edges, colour blobs) whatever its size. Tiles are [filters, kH, kW, 3] (HWC).

export interface FilterTiles {
  count: number;
  height: number;
  width: number;
  /** [count, height, width, 3], each tile min-max scaled to [0, 1] (a constant tile is 0.5). */
  rgb: Float32Array;
}

/** A convolution's weight [filters, inChannels, kH, kW]: a Conv2d's weight.value, or a loaded checkpoint's tensor. */
export interface ConvWeight {
  shape: readonly number[];
  data: Float32Array;
}

export function filterTiles(weight: ConvWeight): FilterTiles {
  if (weight.shape.length !== 4) throw new Error(`filterTiles: a convolution weight has 4 dimensions, got [${weight.shape.join(', ')}]`);
  const [count, inChannels, height, width] = weight.shape;
  const weights = weight.data;
  const pixels = height * width;
  const rgb = new Float32Array(count * pixels * 3);
  for (let f = 0; f < count; f++) {
    const filter = weights.subarray(f * inChannels * pixels, (f + 1) * inChannels * pixels);
    const tile = rgb.subarray(f * pixels * 3, (f + 1) * pixels * 3);
    for (let p = 0; p < pixels; p++) {
      for (let k = 0; k < 3; k++) tile[p * 3 + k] = inChannels === 3 ? filter[k * pixels + p] : channelMean(filter, inChannels, pixels, p);
    }
    let min = Infinity;
    let max = -Infinity;
    for (const v of tile) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    for (let i = 0; i < tile.length; i++) tile[i] = max > min ? (tile[i] - min) / (max - min) : 0.5;
  }
  return { count, height, width, rgb };
}

function channelMean(filter: Float32Array, channels: number, pixels: number, p: number): number {
  let sum = 0;
  for (let c = 0; c < channels; c++) sum += filter[c * pixels + p];
  return sum / channels;
}
