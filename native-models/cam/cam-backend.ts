// airi's backend for the Grad-CAM tails in the inference worker: the WASM SIMD gemm (one thread: the
// worker already shares the machine with ONNX Runtime's own threads) when it loads, else the
// reference backend. Measured on MobileNetV2's int8 tail from the 14×14 stage, the reference
// backend's convolutions take seconds per image (npm run bench -- --onnx-cam).
import { createWasmBackend, referenceBackend, setBackend } from '../../airi/index';

let chosen: Promise<'wasm-simd' | 'reference'> | null = null;

export function useCamBackend(): Promise<'wasm-simd' | 'reference'> {
  chosen ??= createWasmBackend().then(
    (wasm) => {
      setBackend(wasm);
      return 'wasm-simd' as const;
    },
    () => {
      setBackend(referenceBackend);
      return 'reference' as const;
    },
  );
  return chosen;
}
