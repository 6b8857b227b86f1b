// torchvision's transforms for its ImageNet weights (Resize(256), CenterCrop(224), ToTensor,
// Normalize(ImageNet mean, std)), as the model library's Preprocessing: what the ONNX export is
// registered with and what airi's Grad-CAM feeds the same weights.
import type { Preprocessing } from '../../contract/models/models';
import { IMAGENET_MEAN, IMAGENET_STD } from '../../native-models/preprocess/default-preprocessing';
import { TORCHVISION_INPUT } from './torchvision-nets';

export const TORCHVISION_PREPROCESSING: Preprocessing = {
  resize: 'shorter-side-crop', resizeTo: 256, size: TORCHVISION_INPUT, scale: 1 / 255, mean: IMAGENET_MEAN, std: IMAGENET_STD,
  channelOrder: 'RGB', layout: 'NCHW', kernel: 'linear',
};
