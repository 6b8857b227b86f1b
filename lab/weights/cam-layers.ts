// An imported torchvision net laid out flat for Grad-CAM: airi's layer trace (airi/explain) walks one
// Sequential's modules, so the features' blocks, the pooling and the classifier's layers become one
// list (the same module objects, so the same weights). The layers offered are those a learner asks
// about: after each of VGG16's thirteen convolutions (conv1_1 … conv5_3, with its ReLU, as the
// Grad-CAM paper explains VGG16) and after each of EfficientNet-B0's stem, seven stages and 1×1 head.
import { type Module, Sequential } from '../../airi';
import type { TorchvisionArchitecture } from '../../contract/weights/imported-weights';
import type { CamLayer } from '../../contract/weights/weights-explain';

export interface CamNet {
  model: Sequential;
  layers: CamLayer[];
  /** Index into `layers` of the default: the last convolution block. */
  defaultLayer: number;
}

function child(net: Sequential, name: string): Sequential {
  const found = net.namedChildren().find(([n]) => n === name)?.[1];
  if (!(found instanceof Sequential)) throw new Error(`the net has no Sequential "${name}"`);
  return found;
}

const VGG_BLOCKS = [2, 2, 3, 3, 3];
const VGG_CHANNELS = [64, 128, 256, 512, 512];
const B0_STAGES = [{ c: 32, s: 112 }, { c: 16, s: 112 }, { c: 24, s: 56 }, { c: 40, s: 28 }, { c: 80, s: 14 }, { c: 112, s: 14 }, { c: 192, s: 7 }, { c: 320, s: 7 }, { c: 1280, s: 7 }];

export function camNet(architecture: TorchvisionArchitecture, net: Sequential): CamNet {
  const features = child(net, 'features');
  const rest: Module[] = net.namedChildren().filter(([name]) => name !== 'features' && name !== 'classifier').map(([, m]) => m);
  const model = new Sequential(...features.modules, ...rest, ...child(net, 'classifier').modules);
  const layers: CamLayer[] = [];
  if (architecture === 'vgg16') {
    let index = 0;
    let side = 224;
    VGG_BLOCKS.forEach((convs, block) => {
      for (let k = 0; k < convs; k++) {
        // conv at `index`, its ReLU at index + 1
        layers.push({ index: index + 1, path: `features.${index + 1}`, label: `conv${block + 1}_${k + 1}`, channels: VGG_CHANNELS[block], side });
        index += 2;
      }
      index += 1; // the block's max pool
      side /= 2;
    });
  } else {
    B0_STAGES.forEach(({ c, s }, i) => {
      const label = i === 0 ? 'stem' : i === 8 ? 'head 1×1' : `stage ${i}`;
      layers.push({ index: i, path: `features.${i}`, label, channels: c, side: s });
    });
  }
  return { model, layers, defaultLayer: layers.length - 1 };
}
