// Grad-CAM across training (lessons 5 and 6): the same test images, one of each class, explained at
// the last convolution block for their true class at the end of every epoch. Early frames spread
// their heat or sit on the background; later ones settle on the object. Stored with the run after
// each epoch (cam-film.json), so a stopped run keeps the frames it made.
import { type Sequential, classActivationMaps, topClasses, traceLayers, traceOutput } from '../../../../airi';
import { IMAGE_BYTES, type ImageSplit } from '../../../datasets/cifar10-format';
import type { PixelAffine } from '../../../datasets/preprocessing';
import { blockOutputLayers } from '../explain/cam-layers';
import { imageTensor } from '../explain/image-tensor';
import { chwToRgb, greyTiles } from '../explain/picture-bytes';
import { type ConvPictureSet, tileSet } from './picture-set';

export const CAM_FILM_FILE = 'cam-film.json';
const SIDE = 32;
const TILE = SIDE * SIDE * 3;

/** The first test image of each class, in class order (the same for every run on the same data). */
export function filmImages(labels: ArrayLike<number>, classCount: number): number[] {
  const first = new Array<number>(classCount).fill(-1);
  for (let i = 0; i < labels.length; i++) if (first[labels[i]] === -1) first[labels[i]] = i;
  return first.filter((i) => i >= 0);
}

export class CamFilm {
  private readonly indices: number[];
  private readonly epochs: { epoch: number; heat: Uint8Array; predicted: number[]; probability: number[] }[] = [];

  constructor(
    private readonly test: ImageSplit,
    private readonly affine: PixelAffine,
    classCount: number,
  ) {
    this.indices = filmImages(test.labels.subarray(0, test.count), classCount);
  }

  /** Explains every film image with the model as it is now (evaluation mode; training is untouched). */
  addEpoch(model: Sequential, epoch: number): void {
    const layer = blockOutputLayers(model).at(-1)?.layer;
    if (layer === undefined) return;
    const heat = new Uint8Array(this.indices.length * TILE);
    const predicted: number[] = [];
    const probability: number[] = [];
    this.indices.forEach((index, t) => {
      const image = this.test.images.subarray(index * IMAGE_BYTES, (index + 1) * IMAGE_BYTES);
      const trace = traceLayers(model, imageTensor(image, this.affine));
      const label = this.test.labels[index];
      const [map] = classActivationMaps(trace, { layers: [layer], classIndex: label, methods: ['grad-cam'] });
      heat.set(greyTiles(map.heatmap), t * TILE);
      const ranked = topClasses(traceOutput(trace).data, traceOutput(trace).size);
      predicted.push(ranked[0].classIndex);
      probability.push(Number((ranked.find((r) => r.classIndex === label)?.probability ?? 0).toFixed(4)));
    });
    this.epochs.push({ epoch, heat, predicted, probability });
  }

  /** The epochs' frames, for the run's checkpoint (heatmaps as base64). */
  carry(): { epoch: number; heat: string; predicted: number[]; probability: number[] }[] {
    return this.epochs.map((e) => ({ ...e, heat: Buffer.from(e.heat).toString('base64') }));
  }

  /** Continuing a run: the frames carry() gave at its checkpoint (anything else is ignored). */
  resume(carried: unknown): void {
    if (!Array.isArray(carried)) return;
    for (const e of carried as { epoch: number; heat: string; predicted: number[]; probability: number[] }[]) {
      this.epochs.push({ epoch: e.epoch, heat: new Uint8Array(Buffer.from(e.heat, 'base64')), predicted: e.predicted, probability: e.probability });
    }
  }

  /**
   * Frame "images" holds the test images; each later frame one epoch's heatmaps (grey, 255 = most
   * evidence for the true class), in the same order. values: the images' indices and labels, and per
   * epoch the predicted class and the true class's probability (predictedE, probabilityE).
   */
  picture(): ConvPictureSet {
    const n = this.indices.length;
    const tiles = new Uint8Array((1 + this.epochs.length) * n * TILE);
    this.indices.forEach((index, t) => tiles.set(chwToRgb(this.test.images.slice(index * IMAGE_BYTES, (index + 1) * IMAGE_BYTES)), t * TILE));
    const values: Record<string, number[]> = { index: this.indices, label: this.indices.map((i) => this.test.labels[i]) };
    this.epochs.forEach((e, f) => {
      tiles.set(e.heat, (1 + f) * n * TILE);
      values[`predicted${e.epoch}`] = e.predicted;
      values[`probability${e.epoch}`] = e.probability;
    });
    return tileSet('cam-film', SIDE, SIDE, tiles, (1 + this.epochs.length) * n, {
      frames: [{ label: 'images', count: n }, ...this.epochs.map((e) => ({ label: String(e.epoch), count: n }))],
      values,
    });
  }
}
