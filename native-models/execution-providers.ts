// Which ONNX Runtime execution providers this build of onnxruntime-node lists, and its version. A listed
// provider may still not run here (webgpu without a GPU adapter): runtime/session-with-fallback.ts
// finds out by opening sessions, and the About screen shows that. Loaded lazily so a broken or missing
// native binary shows up as a message, not a crash at start-up.
export interface OnnxRuntimeInfo {
  version: string | null;
  /** Providers that can run here now (bundled with the package, or installed like CUDA). */
  available: string[];
  /** Providers this build knows but that need an extra install (e.g. CUDA on an NVIDIA machine). */
  installable: string[];
  error: string | null;
}

let cached: OnnxRuntimeInfo | undefined;

export async function onnxRuntimeInfo(): Promise<OnnxRuntimeInfo> {
  if (cached) return cached;
  try {
    const ort = await import('onnxruntime-node');
    const backends = ort.listSupportedBackends();
    cached = {
      version: ort.env.versions.node ?? null,
      available: backends.filter((b) => b.bundled).map((b) => b.name),
      installable: backends.filter((b) => !b.bundled).map((b) => b.name),
      error: null,
    };
  } catch (error) {
    cached = { version: null, available: [], installable: [], error: `ONNX Runtime could not be loaded: ${(error as Error).message}` };
  }
  return cached;
}
