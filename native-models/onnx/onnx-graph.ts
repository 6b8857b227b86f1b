// An ONNX model as the library and the inspector see it: the graph's nodes with their attributes,
// the weights' names, types and shapes (not their bytes, except small integer constants that shapes
// depend on), and the graph's inputs and outputs. Field numbers are onnx.proto's.

/** A dimension: a number, or a symbolic name such as "batch_size". */
export type Dim = number | string;

export interface TensorInfo {
  name: string;
  /** ONNX TensorProto.DataType: 1 float, 2 uint8, 3 int8, 6 int32, 7 int64... */
  elemType: number;
  /** Null when the file gives no shape. */
  dims: Dim[] | null;
}

export interface Initializer {
  name: string;
  dataType: number;
  dims: number[];
  /** Values of a small integer tensor (Reshape's target shape, Unsqueeze's axes...); null otherwise. */
  ints: number[] | null;
  /** The weights live in another file beside the model. */
  external: boolean;
}

export type AttributeValue = number | string | number[] | string[] | Initializer;

export interface OnnxNode {
  name: string;
  opType: string;
  /** '' for the default ai.onnx domain; 'com.microsoft' for ORT's contrib ops. */
  domain: string;
  inputs: string[];
  outputs: string[];
  attributes: Record<string, AttributeValue>;
}

export interface OnnxGraph {
  irVersion: number;
  producer: string;
  /** Opset version per domain ('' is ai.onnx). */
  opsets: Record<string, number>;
  graphName: string;
  nodes: OnnxNode[];
  initializers: Map<string, Initializer>;
  /** Graph inputs that are not weights (older exporters list weights as inputs too). */
  inputs: TensorInfo[];
  outputs: TensorInfo[];
}

export const DATA_TYPE_NAMES: Record<number, string> = {
  1: 'float32', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string', 9: 'bool',
  10: 'float16', 11: 'float64', 12: 'uint32', 13: 'uint64', 16: 'bfloat16',
};

export function elementCount(dims: readonly number[]): number {
  return dims.reduce((n, d) => n * d, 1);
}
