// Lessons 5 and 6's pictures of one image (a test image or a dropped photo, 32×32): its feature maps
// at one convolution layer, and its Grad-CAM (or Grad-CAM++, Eigen-CAM) at every convolution block for
// one class, with the numbers behind each map. Both carry the model's top 3 classes for the image.
import { CAM_METHODS, type CamMethod, type CamTarget, type Sequential } from '../../../../airi';
import type { PixelAffine } from '../../../datasets/preprocessing';
import { blockOutputLayers } from '../explain/cam-layers';
import { explainImage, type ImageExplanation } from '../explain/explain-image';
import { imageTensor } from '../explain/image-tensor';
import { chwToRgb, greyTiles } from '../explain/picture-bytes';
import { type ConvPictureSet, rounded, tileSet } from './picture-set';

export interface PictureImage {
  /** uint8 CHW, 3×32×32. */
  image: Uint8Array;
  /** The true class of a test image; -1 for a photo. */
  label: number;
  /** The test image's index; -1 for a photo. */
  index: number;
}

/** What every picture of one image says about it: its class and the model's top 3. */
function predictionValues(source: PictureImage, explanation: ImageExplanation): Record<string, number[]> {
  return {
    label: [source.label],
    index: [source.index],
    top: explanation.top.map((t) => t.classIndex),
    topProbability: rounded(explanation.top.map((t) => t.probability)),
    probabilities: rounded(explanation.probabilities),
  };
}

/**
 * The feature maps of the `ordinal`-th convolution (0 = the first), before its ReLU, each map scaled
 * alone (white = high). total: how many convolutions the model has.
 */
export function featureMapsPicture(model: Sequential, source: PictureImage, affine: PixelAffine, ordinal: number): ConvPictureSet {
  const explanation = explainImage(model, imageTensor(source.image, affine), { classes: [] });
  const maps = explanation.featureMaps;
  const chosen = maps[Math.min(maps.length - 1, Math.max(0, Math.floor(ordinal)))];
  return tileSet('feature-maps', chosen.width, chosen.height, greyTiles(chosen.scaled), maps.length, {
    labels: [chosen.name],
    values: { ...predictionValues(source, explanation), layer: [chosen.layer], ordinal: [maps.indexOf(chosen)] },
  });
}

export interface CamRequest {
  /** The class to explain; -1 (or absent) for the predicted one. */
  classIndex?: number;
  method?: CamMethod;
  target?: CamTarget;
}

/**
 * Tiles: the image itself, then one heatmap per convolution block (grey, 255 = most evidence), all
 * 32×32. labels: the block outputs' layer names. values: the class, score, and for block b the layer
 * index, its map's size, the map at its own resolution (camB) and the channel weights (weightsB).
 */
export function gradCamPicture(model: Sequential, source: PictureImage, affine: PixelAffine, request: CamRequest): ConvPictureSet {
  const input = imageTensor(source.image, affine);
  const blocks = blockOutputLayers(model);
  const top = explainImage(model, input, { classes: [], featureMaps: false });
  const wanted = request.classIndex ?? -1;
  const classIndex = wanted >= 0 && wanted < top.probabilities.length ? wanted : top.top[0].classIndex;
  const method = request.method ?? 'grad-cam';
  const explanation = explainImage(model, input, { classes: [classIndex], methods: [method], target: request.target, camLayers: blocks.map((b) => b.layer), featureMaps: false });
  const side = 32;
  const tiles = new Uint8Array((1 + blocks.length) * side * side * 3);
  tiles.set(chwToRgb(source.image), 0);
  const values: Record<string, number[]> = {
    ...predictionValues(source, top),
    classIndex: [classIndex],
    method: [CAM_METHODS.indexOf(method)],
    score: explanation.cams.map((c) => Number(c.score.toPrecision(6))),
    layer: blocks.map((b) => b.layer),
    camSize: explanation.cams.flatMap((c) => [c.camHeight, c.camWidth]),
  };
  explanation.cams.forEach((cam, b) => {
    tiles.set(greyTiles(cam.heatmap), (1 + b) * side * side * 3);
    values[`cam${b}`] = rounded(cam.cam);
    values[`weights${b}`] = rounded(cam.weights);
  });
  return tileSet('grad-cam', side, side, tiles, 1 + blocks.length, { labels: ['image', ...blocks.map((b) => b.name)], values });
}
