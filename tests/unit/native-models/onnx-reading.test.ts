// The ONNX reader's edges: negative int64 varints, lengths past the end, the hand-written probe model,
// shape rules for windows, broadcasting and matrix products, and ONNX Runtime's messages shortened.
import { describe, expect, it } from 'vitest';
import { parseOnnx } from '../../../native-models/onnx/parse-onnx';
import { ProtobufError, ProtobufReader } from '../../../native-models/onnx/protobuf-reader';
import { broadcast, convOutput, matmulShape, poolOutput } from '../../../native-models/onnx/shape-rules';
import { probeModelBytes } from '../../../native-models/runtime/probe-model';
import { shortReason } from '../../../native-models/runtime/provider-order';

describe('protobuf reader', () => {
  it('reads a 10-byte varint as a negative int64', () => {
    const minusOne = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    expect(new ProtobufReader(minusOne).varint()).toBe(-1);
  });

  it('refuses a length running past the end', () => {
    expect(() => new ProtobufReader(Uint8Array.from([0x0a, 0x05, 1, 2])).next()).toThrow(ProtobufError);
  });

  it('parses the probe model it writes', () => {
    const graph = parseOnnx(probeModelBytes());
    expect(graph.nodes.map((n) => n.opType)).toEqual(['Relu']);
    expect(graph.inputs).toEqual([{ name: 'x', elemType: 1, dims: [1, 4] }]);
    expect(graph.opsets['']).toBe(13);
  });
});

describe('shape rules', () => {
  it('computes convolution and pooling outputs with pads, strides and auto_pad', () => {
    expect(convOutput([1, 3, 224, 224], [64, 3, 7, 7], { strides: [2, 2], pads: [3, 3, 3, 3] })).toEqual([1, 64, 112, 112]);
    expect(convOutput([1, 3, 225, 225], [8, 3, 3, 3], { strides: [2, 2], auto_pad: 'SAME_UPPER' })).toEqual([1, 8, 113, 113]);
    expect(poolOutput([1, 8, 7, 7], { kernel_shape: [2, 2], strides: [2, 2] })).toEqual([1, 8, 3, 3]);
    expect(poolOutput([1, 8, 7, 7], { kernel_shape: [2, 2], strides: [2, 2], ceil_mode: 1 })).toEqual([1, 8, 4, 4]);
  });

  it('broadcasts like NumPy and multiplies matrices', () => {
    expect(broadcast([1, 32, 1, 1], [1, 32, 56, 56])).toEqual([1, 32, 56, 56]);
    expect(() => broadcast([2, 3], [4, 3])).toThrow(/broadcast/);
    expect(matmulShape([1, 1280], [1280, 1000])).toEqual([1, 1000]);
    expect(() => matmulShape([1, 10], [11, 2])).toThrow(/multiply/);
  });
});

describe('shortReason', () => {
  it('keeps what a learner can read of ONNX Runtime’s provider errors', () => {
    const webgpu =
      "/onnxruntime_src/onnxruntime/core/providers/webgpu/webgpu_context.cc:136 onnxruntime::webgpu::WebGpuContext::Initialize(const onnxruntime::webgpu::WebGpuContextConfig&)::<lambda()> adapter_result.status == wgpu::RequestAdapterStatus::Success was false. Failed to get a WebGPU adapter: No supported adapters";
    expect(shortReason(webgpu)).toBe('Failed to get a WebGPU adapter: No supported adapters');
    expect(shortReason('OrtSessionOptionsAppendExecutionProvider_Cuda: Failed to load shared library\nmore')).toBe(
      'OrtSessionOptionsAppendExecutionProvider_Cuda: Failed to load shared library',
    );
  });
});
