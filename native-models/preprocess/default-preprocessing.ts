// The preprocessing a model expects when the learner has not said otherwise, by what we know of it:
// the ONNX Model Zoo's and torchvision's classifiers (resize the shorter side to 256/224 of the input,
// centre-crop, ImageNet mean and std), Keras/TensorFlow exports (NHWC, pixels to [-1, 1]).
import type { ModelIo, Preprocessing } from '../../contract/models/models';

export const IMAGENET_MEAN: [number, number, number] = [0.485, 0.456, 0.406];
export const IMAGENET_STD: [number, number, number] = [0.229, 0.224, 0.225];

/** Models whose preprocessing is documented, by sha256 of the file. */
const KNOWN: Record<string, Partial<Preprocessing>> = {
  // ONNX Model Zoo mobilenetv2-12-int8 (../shared/models/README.md): torchvision style.
  cc028fe6cae7bc11a4ff53cfc9b79c920e8be65ce33a904ec3e2a8f66d77f95f: { resize: 'shorter-side-crop', resizeTo: 256, size: 224, kernel: 'linear' },
};

export function defaultPreprocessing(io: ModelIo, producer: string, sha256: string): Preprocessing {
  const size = io.height ?? io.width ?? 224;
  const tensorflow = /tf2onnx|keras|tensorflow/i.test(producer) || (io.layout === 'NHWC' && !/pytorch/i.test(producer));
  const base: Preprocessing = tensorflow
    ? { resize: 'squash', resizeTo: size, size, scale: 1 / 255, mean: [0.5, 0.5, 0.5], std: [0.5, 0.5, 0.5], channelOrder: 'RGB', layout: io.layout, kernel: 'linear' }
    : {
        resize: 'shorter-side-crop', resizeTo: Math.round((size * 256) / 224), size, scale: 1 / 255,
        mean: IMAGENET_MEAN, std: IMAGENET_STD, channelOrder: 'RGB', layout: io.layout, kernel: 'linear',
      };
  return { ...base, ...KNOWN[sha256], layout: io.layout };
}
