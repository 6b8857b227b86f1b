// One decoded ONNX graph, indexed for the class activation maps: which node produces and which nodes
// consume each tensor, and the constant tensors (initializers and Constant nodes' values) by name.
import { onnx } from 'onnx-proto';
import { type ConstTensor, readTensor } from './tensor-data';

export type Node = onnx.INodeProto;

export class GraphIndex {
  readonly nodes: Node[];
  private readonly producers = new Map<string, Node>();
  private readonly consumers = new Map<string, Node[]>();
  private readonly initializers = new Map<string, onnx.ITensorProto>();
  private readonly constantNodes = new Map<string, onnx.ITensorProto>();
  private readonly decoded = new Map<string, ConstTensor>();

  constructor(readonly model: onnx.ModelProto) {
    const graph = model.graph;
    if (!graph) throw new Error('the model has no graph');
    this.nodes = graph.node ?? [];
    for (const t of graph.initializer ?? []) if (t.name) this.initializers.set(t.name, t);
    for (const node of this.nodes) {
      for (const out of node.output ?? []) this.producers.set(out, node);
      for (const input of node.input ?? []) {
        if (!input) continue;
        const list = this.consumers.get(input) ?? [];
        list.push(node);
        this.consumers.set(input, list);
      }
      if (node.opType === 'Constant' && node.output?.[0]) {
        const value = node.attribute?.find((a) => a.name === 'value')?.t;
        if (value) this.constantNodes.set(node.output[0], value);
      }
    }
  }

  static decode(bytes: Uint8Array): GraphIndex {
    return new GraphIndex(onnx.ModelProto.decode(bytes));
  }

  get graph(): onnx.IGraphProto {
    return this.model.graph!;
  }

  producer(tensor: string): Node | undefined {
    return this.producers.get(tensor);
  }

  consumersOf(tensor: string): Node[] {
    return this.consumers.get(tensor) ?? [];
  }

  /** True for a weight or a Constant node's value: known without running the graph. */
  isConstant(tensor: string): boolean {
    return this.initializers.has(tensor) || this.constantNodes.has(tensor);
  }

  /** A constant tensor's values (decoded once), or null when the tensor is computed. */
  constant(tensor: string): ConstTensor | null {
    const cached = this.decoded.get(tensor);
    if (cached) return cached;
    const proto = this.initializers.get(tensor) ?? this.constantNodes.get(tensor);
    if (!proto) return null;
    const value = readTensor(proto);
    this.decoded.set(tensor, value);
    return value;
  }

  /** The element type of a weight (ONNX TensorProto.DataType), or null. */
  constantType(tensor: string): number | null {
    return (this.initializers.get(tensor) ?? this.constantNodes.get(tensor))?.dataType ?? null;
  }
}

/** An attribute's value: a number, a list of numbers, or a string. */
export function attribute(node: Node, name: string): number | number[] | string | undefined {
  const a = node.attribute?.find((x) => x.name === name);
  if (!a) return undefined;
  const num = (v: number | { toNumber(): number }) => (typeof v === 'number' ? v : v.toNumber());
  switch (a.type) {
    case onnx.AttributeProto.AttributeType.INT: return num(a.i ?? 0);
    case onnx.AttributeProto.AttributeType.FLOAT: return a.f ?? 0;
    case onnx.AttributeProto.AttributeType.INTS: return (a.ints ?? []).map(num);
    case onnx.AttributeProto.AttributeType.FLOATS: return [...(a.floats ?? [])];
    case onnx.AttributeProto.AttributeType.STRING: return new TextDecoder().decode(a.s ?? new Uint8Array());
    default: return undefined;
  }
}
