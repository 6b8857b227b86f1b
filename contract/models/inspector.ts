// What the model inspector shows for one model: a row per operator with its output shape, weights and
// multiply-accumulates, the rows grouped into blocks, totals, and the largest layers marked.

export type LayerKind = 'conv' | 'linear' | 'pool' | 'activation' | 'norm' | 'elementwise' | 'reshape' | 'quantize' | 'other';

export interface LayerRow {
  index: number;
  name: string;
  opType: string;
  kind: LayerKind;
  block: string;
  /** Null when the inspector could not work it out (an operator it does not know). */
  outputShape: number[] | null;
  /** Learned numbers stored in the file for this layer (weights and biases, not quantization scales). */
  params: number;
  /** Multiply-accumulates for one image; null when the shape is unknown; 0 for layers that do none. */
  macs: number | null;
  /** Among the three largest by parameters / by compute. */
  largestByParams: boolean;
  largestByMacs: boolean;
}

export interface BlockRow {
  /** A module's name ("features.3"), or for stages an English name the UI rewords from `stage`. */
  name: string;
  /** Set when grouped by stage: its number and feature-map size ("head" after the last feature map). */
  stage: { index: number; size: string } | null;
  layers: number;
  params: number;
  macs: number;
  outputShape: number[] | null;
}

export interface TensorContract {
  name: string;
  type: string;
  /** Numbers, or names such as "batch_size". */
  dims: (number | string)[] | null;
}

export interface InspectorReport {
  producer: string;
  opsets: Record<string, number>;
  inputs: TensorContract[];
  outputs: TensorContract[];
  layers: LayerRow[];
  blocks: BlockRow[];
  totals: {
    /** Parameters of every layer (a tensor the file stores once but two layers use counts twice). */
    params: number;
    /** Numbers the file stores as weights, each tensor once. */
    storedParams: number;
    macs: number;
    layers: number;
    /** Layers whose output shape is unknown (their compute is not in the total). */
    unknownShapes: number;
    /** Operators by count, e.g. { Conv: 52, Relu: 35 }. */
    operators: Record<string, number>;
  };
  /** How rows were grouped: by the module names the exporter kept, or by stage of resolution. */
  grouping: 'module' | 'stage';
}
