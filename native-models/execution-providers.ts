// Which ONNX Runtime execution providers this machine offers, read from onnxruntime-node at run time.
// Loaded lazily so a broken or missing native binary shows up as a message, not a crash at start-up.
export interface OnnxRuntimeInfo {
  version: string | null;
  /** Providers that can run here now (bundled with the package, or installed like CUDA). */
  available: string[];
  /** Providers this build knows but that need an extra install (e.g. CUDA on an NVIDIA machine). */
  installable: string[];
  error: string | null;
}

interface BackendEntry {
  name: string;
  bundled: boolean;
}

let cached: OnnxRuntimeInfo | undefined;

export async function onnxRuntimeInfo(): Promise<OnnxRuntimeInfo> {
  if (cached) return cached;
  try {
    const ort = (await import('onnxruntime-node')) as unknown as {
      listSupportedBackends(): BackendEntry[];
      env: { versions: { node?: string } };
    };
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
