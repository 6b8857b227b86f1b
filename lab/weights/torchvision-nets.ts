// The airi network for each torchvision architecture the lab imports, with torchvision's module names
// so a state dict loads by name (airi/io/load-weights). The seed only draws the initial weights that
// the imported ones replace.
import { Rng, type Sequential, efficientNetB0, vgg16 } from '../../airi';
import type { TorchvisionArchitecture } from '../../contract/weights/imported-weights';

export function buildTorchvisionNet(architecture: TorchvisionArchitecture, classes: number, seed = 0): Sequential {
  const rng = new Rng(seed);
  return architecture === 'vgg16' ? vgg16({ numClasses: classes, rng }) : efficientNetB0({ numClasses: classes, rng });
}

/** The image side torchvision's ImageNet weights were trained at (resize 256, centre crop 224). */
export const TORCHVISION_INPUT = 224;
