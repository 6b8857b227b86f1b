// Graph surgery on the shared int8 MobileNetV2: its 1280 pooled features become an extra output that
// ONNX Runtime returns (uint8, dequantized with the graph's own scale and zero point); the scores are
// unchanged by the surgery.
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { exposeFeatures } from '../../../native-models/surgery/expose-tensor';
import { SHARED_MODEL } from '../../helpers/onnx-fixtures';

describe('exposing a classifier\'s features', () => {
  it('returns MobileNetV2\'s 1280 features beside unchanged scores', async () => {
    const original = new Uint8Array(readFileSync(SHARED_MODEL));
    const exposed = exposeFeatures(original);
    expect(exposed).not.toBeNull();
    if (!exposed) return;
    expect(exposed.features.quantization).not.toBeNull();
    const input = new ort.Tensor('float32', Float32Array.from({ length: 3 * 224 * 224 }, (_, i) => Math.sin(i / 997)), [1, 3, 224, 224]);
    const before = await ort.InferenceSession.create(original);
    const after = await ort.InferenceSession.create(exposed.bytes);
    const plain = await before.run({ input });
    const both = await after.run({ input });
    const features = both[exposed.features.name];
    expect(features.dims).toEqual([1, 1280]);
    expect(Array.from(both.output.data as Float32Array)).toEqual(Array.from(plain.output.data as Float32Array));
    const q = exposed.features.quantization ?? { scale: 1, zeroPoint: 0 };
    const real = Array.from(features.data as Uint8Array, (v) => (v - q.zeroPoint) * q.scale);
    expect(Math.max(...real)).toBeGreaterThan(0);
    expect(real.every((v) => v >= 0)).toBe(true); // after ReLU6 and average pooling
  });

  it('says when a graph has no classifier head to find', () => {
    expect(exposeFeatures(new Uint8Array([0x0a, 0x00]))).toBeNull();
  });
});
