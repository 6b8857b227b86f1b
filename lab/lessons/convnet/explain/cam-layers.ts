// Which layers Grad-CAM explains by default (lessons 5 and 6): the output of each convolution
// block, i.e. the last layer that still has planes before the next convolution or the Flatten.
// DemoConvNet's blocks end at its two ReLUs (layers 1 and 3); BetterConvNet's at the ReLU after each
// conv → BatchNorm → pool (3, 7, 11), the layers the notebook's comment calls the interesting ones.
// The notebook drew every layer 0..10; spatialLayers() gives those for the "every layer" view.
import { Conv2d, type Sequential } from '../../../../airi';

export interface CamLayer {
  layer: number;
  /** "block 1", counted from the input; the layer's own description is in `name`. */
  block: number;
  name: string;
}

export function blockOutputLayers(model: Sequential): CamLayer[] {
  const modules = model.modules;
  const out: CamLayer[] = [];
  let block = 0;
  for (let i = 0; i < modules.length; i++) {
    if (!(modules[i] instanceof Conv2d)) continue;
    block++;
    // Walk forward while the layers keep planes: activation, normalization, pooling.
    let end = i;
    while (end + 1 < modules.length && !(modules[end + 1] instanceof Conv2d) && keepsPlanes(modules[end + 1].describe?.() ?? '')) end++;
    out.push({ layer: end, block, name: modules[end].describe?.() ?? 'Module' });
  }
  return out;
}

/** Layers that map planes to planes (everything a conv block holds); Flatten and Linear do not. */
function keepsPlanes(description: string): boolean {
  return /^(ReLU|LeakyReLU|SiLU|Tanh|Sigmoid|BatchNorm2d|MaxPool2d|AvgPool2d|Dropout)\b/.test(description);
}
