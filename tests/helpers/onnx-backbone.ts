// A frozen ONNX backbone for tests and benchmarks: the model's features exposed by graph surgery, run
// in this process by onnxruntime-node (the app runs the same through its inference worker).
import * as ort from 'onnxruntime-node';
import type { Preprocessing } from '../../contract/models/models';
import { geometryOf } from '../../lab/models/model-service';
import type { FeatureBackbone } from '../../lab/transfer/photo-features';
import { exposeFeatures } from '../../native-models/surgery/expose-tensor';

export async function inProcessBackbone(modelBytes: Uint8Array, preprocessing: Preprocessing, inputName: string): Promise<FeatureBackbone> {
  const exposed = exposeFeatures(modelBytes);
  if (!exposed) throw new Error('no classifier head found');
  const session = await ort.InferenceSession.create(exposed.bytes);
  const { name, quantization } = exposed.features;
  return {
    preprocessing,
    geometry: geometryOf(preprocessing),
    async features(batch, count) {
      const dims = preprocessing.layout === 'NCHW' ? [count, 3, preprocessing.size, preprocessing.size] : [count, preprocessing.size, preprocessing.size, 3];
      const out = await session.run({ [inputName]: new ort.Tensor('float32', batch, dims) }, [name]);
      const q = quantization ?? { scale: 1, zeroPoint: 0 };
      return Float32Array.from(out[name].data as ArrayLike<number>, (v) => (v - q.zeroPoint) * q.scale);
    },
  };
}

/** torchvision's ImageNet contract (the shared MobileNetV2's README gives it). */
export const IMAGENET_224: Preprocessing = {
  resize: 'shorter-side-crop', resizeTo: 256, size: 224, scale: 1 / 255,
  mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225], channelOrder: 'RGB', layout: 'NCHW', kernel: 'linear',
};
