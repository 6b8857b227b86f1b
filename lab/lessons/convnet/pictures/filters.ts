// Lesson 5's (and 6's) first-layer filters as colour tiles, from a state dict: live in the training
// worker after each epoch and on a timer, or from a finished run's model.safetensors.
import { filterTiles, type ConvWeight } from '../../../../airi';
import { unitToBytes } from '../explain/picture-bytes';
import { type ConvPictureSet, tileSet } from './picture-set';

/** The first convolution over the 3 colour channels, by state-dict order ("0.weight"). */
export function firstColourConvolution(tensors: Record<string, ConvWeight>): ConvWeight {
  for (const [name, tensor] of Object.entries(tensors)) {
    if (name.endsWith('weight') && tensor.shape.length === 4 && tensor.shape[1] === 3) return tensor;
  }
  throw new Error('the model has no convolution over the 3 colour channels');
}

/** Every filter of the first convolution, each min-max scaled alone, captioned by its number. */
export function filtersPicture(tensors: Record<string, ConvWeight>): ConvPictureSet {
  const tiles = filterTiles(firstColourConvolution(tensors));
  return tileSet('filters', tiles.width, tiles.height, unitToBytes(tiles.rgb), tiles.count, {
    labels: Array.from({ length: tiles.count }, (_, i) => String(i + 1)),
  });
}
