// Which execution providers to try, best first, on this platform: the GPU paths this ONNX Runtime
// build knows (CUDA and TensorRT need NVIDIA's libraries installed; DirectML is Windows, CoreML macOS,
// WebGPU needs a GPU adapter), then the CPU, which always works. Whether each really runs is found out
// by opening a session (session-with-fallback.ts), never assumed from the list.
import type { ExecutionProvider } from '../../contract/models/models';

export function providerOrder(platform: NodeJS.Platform = process.platform): ExecutionProvider[] {
  if (platform === 'win32') return ['cuda', 'dml', 'webgpu', 'cpu'];
  if (platform === 'darwin') return ['coreml', 'webgpu', 'cpu'];
  return ['cuda', 'webgpu', 'cpu'];
}

/** The first line of ONNX Runtime's error, without its source path, for a learner to read. */
export function shortReason(message: string): string {
  const line = message.split('\n').find((l) => l.trim() !== '') ?? message;
  const cleaned = line
    .replace(/^\/?[\w./-]*onnxruntime[\w./-]*:\d+\s+/, '')
    // C++ frames such as "onnxruntime::webgpu::WebGpuContext::Initialize(...)::<lambda()> ".
    .replace(/^.*<lambda\(\)>\s*/, '')
    .replace(/adapter_result\.status == wgpu::RequestAdapterStatus::Success was false\.\s*/, '')
    .trim();
  return (cleaned || line).slice(0, 300);
}
