// Builds an ONNX graph with ONNX's own schema (onnx-proto): nodes with unique names, float32
// initializers, and the model around them (opset 13, producer, metadata). The airi exporter appends to
// it layer by layer; nothing here knows about layers.
import { onnx } from 'onnx-proto';

export const OPSET = 13;

type AttributeValue = number | number[] | string;

function attribute(name: string, value: AttributeValue): onnx.IAttributeProto {
  const A = onnx.AttributeProto.AttributeType;
  if (typeof value === 'string') return { name, type: A.STRING, s: new TextEncoder().encode(value) };
  if (Array.isArray(value)) return { name, type: A.INTS, ints: value };
  return Number.isInteger(value) ? { name, type: A.INT, i: value } : { name, type: A.FLOAT, f: value };
}

export class OnnxGraphBuilder {
  private readonly nodes: onnx.INodeProto[] = [];
  private readonly initializers: onnx.ITensorProto[] = [];
  private readonly used = new Set<string>();

  /** Names an existing graph already uses (appending to an imported model): never handed out. */
  reserve(names: Iterable<string>): void {
    for (const name of names) this.used.add(name);
  }

  /** The nodes and initializers built so far, to splice into an existing graph. */
  parts(): { node: onnx.INodeProto[]; initializer: onnx.ITensorProto[] } {
    return { node: [...this.nodes], initializer: [...this.initializers] };
  }

  /** A fresh tensor or node name starting with `base`. */
  name(base: string): string {
    let candidate = base;
    for (let i = 1; this.used.has(candidate); i++) candidate = `${base}_${i}`;
    this.used.add(candidate);
    return candidate;
  }

  /** A float32 constant (weights, biases, running statistics); returns its name. */
  constant(base: string, data: Float32Array, dims: number[]): string {
    const name = this.name(base);
    // A view, not a copy: encode() runs before anything can change the weights, and copying VGG16's
    // 528 MB of weights would hold a third copy in memory while its ONNX file is written.
    const raw = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    this.initializers.push({ name, dataType: onnx.TensorProto.DataType.FLOAT, dims, rawData: raw });
    return name;
  }

  /** Appends one node; returns the name of its (single) output. */
  node(opType: string, inputs: string[], base: string, attributes: Record<string, AttributeValue> = {}): string {
    const output = this.name(base);
    this.nodes.push({
      opType, name: this.name(`${base}/${opType}`), input: inputs, output: [output],
      attribute: Object.entries(attributes).map(([key, value]) => attribute(key, value)),
    });
    return output;
  }

  /** The finished model's bytes: one float32 input [batch, ...inputDims] and one output. */
  encode(options: { input: string; inputDims: number[]; output: string; graphName: string; metadata: Record<string, string> }): Uint8Array {
    const tensorType = (dims: (number | string)[]): onnx.ITypeProto => ({
      tensorType: {
        elemType: onnx.TensorProto.DataType.FLOAT,
        shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    });
    const model: onnx.IModelProto = {
      irVersion: 7,
      producerName: 'Airi Lab (airi)',
      opsetImport: [{ domain: '', version: OPSET }],
      metadataProps: Object.entries(options.metadata).map(([key, value]) => ({ key, value })),
      graph: {
        name: options.graphName,
        node: this.nodes,
        initializer: this.initializers,
        input: [{ name: options.input, type: tensorType(['batch', ...options.inputDims]) }],
        output: [{ name: options.output, type: { tensorType: { elemType: onnx.TensorProto.DataType.FLOAT } } }],
      },
    };
    return onnx.ModelProto.encode(model).finish();
  }
}
