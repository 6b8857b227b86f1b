// Pictures of a trained model's first Linear layer, from its state dict (live, in the training worker)
// or from the run's model.safetensors (a finished run, in the insights worker): lesson 2's class
// templates and lesson 3's neuron grid are the same rows of weights, scaled differently.
import type { PictureSet } from '../../../contract/insights';
import { pictureSet, rowsToTiles, TILE_BYTES } from './tiles';

/** What a picture needs of a tensor; airi's Tensor and a loaded safetensors entry both fit. */
export interface WeightTensor {
  data: Float32Array;
  shape: readonly number[];
}

/** The first Linear layer that reads whole flattened images: a (rows × 3072) weight, by state-dict order. */
export function firstImageLayer(tensors: Record<string, WeightTensor>): { name: string; weight: WeightTensor } {
  for (const [name, tensor] of Object.entries(tensors)) {
    if (name.endsWith('weight') && tensor.shape.length === 2 && tensor.shape[1] === TILE_BYTES) return { name, weight: tensor };
  }
  throw new Error('the model has no Linear layer over the 3072 pixels of an image');
}

/** Notebook 2: every row of W as an image, one min-max over all ten, captioned by class. */
export function classTemplates(tensors: Record<string, WeightTensor>, classes: readonly string[]): PictureSet {
  const { weight } = firstImageLayer(tensors);
  const rows = weight.shape[0];
  return pictureSet('class-templates', rowsToTiles(weight.data, rows, 'global'), rows, { labels: classes.slice(0, rows) });
}

export interface NeuronPage {
  offset?: number;
  count?: number;
  /** The tensors are learnedSince(weights, initial): say so on the picture. */
  learned?: boolean;
}

/** Notebook 3: rows of W1 as images, each min-maxed alone; a page of them (all by default). */
export function neuronGrid(tensors: Record<string, WeightTensor>, page: NeuronPage = {}): PictureSet {
  const { weight } = firstImageLayer(tensors);
  const rows = weight.shape[0];
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const count = Math.max(0, Math.floor(page.count ?? rows));
  const tiles = rowsToTiles(weight.data, rows, 'per-tile', offset, count);
  const shown = tiles.length / TILE_BYTES;
  const labels = Array.from({ length: shown }, (_, i) => String(offset + i + 1));
  return { ...pictureSet('neurons', tiles, rows, { labels }), ...(page.learned ? { variant: 'learned' as const } : {}) };
}

/**
 * The weights minus the ones the run started from: what training wrote into them. A net initialized
 * like PyTorch starts from noise as large as what it learns in a few epochs, which hides the neurons'
 * patterns; notebook 3 started from N(0, 1e-4²), so its raw weights were (almost) this difference.
 */
export function learnedSince(tensors: Record<string, WeightTensor>, initial: Record<string, WeightTensor>): Record<string, WeightTensor> {
  return Object.fromEntries(Object.entries(tensors).map(([name, t]) => {
    const start = initial[name];
    if (!start || start.data.length !== t.data.length) return [name, t];
    const data = new Float32Array(t.data.length);
    for (let i = 0; i < data.length; i++) data[i] = t.data[i] - start.data[i];
    return [name, { data, shape: t.shape }];
  }));
}
