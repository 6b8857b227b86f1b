// Messages between lab/ and the inference worker thread (inference-worker.ts), which owns every ONNX
// Runtime session so no inference ever runs on the UI's or the server's event loop. Tensors travel as
// transferred Float32Array buffers.
import type { ExecutionProvider, ProviderAttempt } from '../../contract/models/models';
import type { CamLayersRequest, CamResult, ExplainRunRequest } from '../cam/cam-protocol';

export type InferenceRequest =
  | { kind: 'probe'; id: number; order: ExecutionProvider[] }
  | { kind: 'open'; id: number; key: string; path: string; order: ExecutionProvider[] }
  | { kind: 'run'; id: number; key: string; input: string; data: Float32Array; dims: number[]; output: string }
  | { kind: 'close'; id: number; key: string }
  // Class activation maps (native-models/cam/cam-protocol.ts).
  | CamLayersRequest
  | ExplainRunRequest;

export interface OpenResult {
  provider: ExecutionProvider;
  attempts: ProviderAttempt[];
  inputNames: string[];
  outputNames: string[];
}
export interface RunResult {
  data: Float32Array;
  dims: number[];
  /** session.run alone, measured in the worker. */
  ms: number;
}
export interface ProbeResult {
  version: string | null;
  attempts: ProviderAttempt[];
}

export type InferenceResponse =
  | { id: number; ok: true; result: OpenResult | RunResult | ProbeResult | CamResult | null }
  | { id: number; ok: false; message: string; attempts?: ProviderAttempt[] };
