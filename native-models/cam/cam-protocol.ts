// The inference worker's class-activation-map messages (beside inference-protocol.ts's open/run):
// lab/ names the model file and the scores output, the worker answers with the layers or the maps.
import type { CamLayers, ExplainMethod } from '../../contract/models/explain';
import type { ExecutionProvider } from '../../contract/models/models';
import type { OnnxExplanation } from './explain-onnx';

export interface CamLayersRequest {
  kind: 'cam-layers';
  id: number;
  path: string;
  scoresOutput: string;
}

export interface ExplainRunRequest {
  kind: 'explain';
  id: number;
  path: string;
  order: ExecutionProvider[];
  scoresOutput: string;
  /** The image input's name and the prepared tensor (transferred). */
  input: string;
  data: Float32Array;
  dims: number[];
  method: ExplainMethod;
  layers?: string[];
  classIndices?: number[];
}

export interface ExplainRunResult extends OnnxExplanation {
  provider: ExecutionProvider;
}

export type CamLayersResult = Omit<CamLayers, 'modelId'>;
export type CamResult = CamLayersResult | ExplainRunResult;
