// Reads an ONNX file's ModelProto into an OnnxGraph (onnx-graph.ts) with the bounds-checked reader.
// Anything that is not a plausible model (no IR version, no graph, no nodes, bytes that break the
// wire format) throws OnnxParseError with a reason a learner can act on.
import type { AttributeValue, Dim, Initializer, OnnxGraph, OnnxNode, TensorInfo } from './onnx-graph';
import { elementCount } from './onnx-graph';
import { fields, floats, float32, ProtobufError, text, varints, WIRE, type Field } from './protobuf-reader';

export class OnnxParseError extends Error {
  override name = 'OnnxParseError';
}

/** Integer tensors up to this many values are read (shapes, axes); larger ones only counted. */
const SMALL_INTS = 64;

function parseTensor(bytes: Uint8Array): Initializer {
  const tensor: Initializer = { name: '', dataType: 0, dims: [], ints: null, external: false };
  let raw: Uint8Array | null = null;
  const ints: number[] = [];
  for (const f of fields(bytes)) {
    if (f.number === 1) tensor.dims.push(...varints(f));
    else if (f.number === 2) tensor.dataType = f.varint;
    else if (f.number === 8) tensor.name = text(f.bytes);
    else if (f.number === 9) raw = f.bytes;
    else if ((f.number === 5 || f.number === 7) && ints.length <= SMALL_INTS) ints.push(...varints(f));
    else if (f.number === 14) tensor.external = f.varint === 1;
  }
  const count = elementCount(tensor.dims);
  if (tensor.dims.some((d) => !Number.isSafeInteger(d) || d < 0)) throw new OnnxParseError(`weight ${tensor.name} has an invalid shape`);
  if ((tensor.dataType === 7 || tensor.dataType === 6) && count <= SMALL_INTS) {
    if (raw && raw.length === count * (tensor.dataType === 7 ? 8 : 4)) {
      const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
      tensor.ints = Array.from({ length: count }, (_, i) =>
        tensor.dataType === 7 ? Number(view.getBigInt64(i * 8, true)) : view.getInt32(i * 4, true));
    } else if (ints.length === count) tensor.ints = ints;
  }
  return tensor;
}

function parseAttribute(bytes: Uint8Array): [string, AttributeValue | undefined] {
  let name = '';
  let value: AttributeValue | undefined;
  const list: number[] = [];
  const strings: string[] = [];
  for (const f of fields(bytes)) {
    if (f.number === 1) name = text(f.bytes);
    else if (f.number === 2 && f.wire === WIRE.fixed32) value = float32(f.bytes);
    else if (f.number === 3) value = f.varint;
    else if (f.number === 4) value = text(f.bytes);
    else if (f.number === 5) value = parseTensor(f.bytes);
    else if (f.number === 7) list.push(...floats(f));
    else if (f.number === 8) list.push(...varints(f));
    else if (f.number === 9) strings.push(text(f.bytes));
  }
  if (value === undefined && list.length > 0) value = list;
  if (value === undefined && strings.length > 0) value = strings;
  return [name, value];
}

function parseNode(bytes: Uint8Array): OnnxNode {
  const node: OnnxNode = { name: '', opType: '', domain: '', inputs: [], outputs: [], attributes: {} };
  for (const f of fields(bytes)) {
    if (f.number === 1) node.inputs.push(text(f.bytes));
    else if (f.number === 2) node.outputs.push(text(f.bytes));
    else if (f.number === 3) node.name = text(f.bytes);
    else if (f.number === 4) node.opType = text(f.bytes);
    else if (f.number === 7) node.domain = text(f.bytes);
    else if (f.number === 5) {
      const [name, value] = parseAttribute(f.bytes);
      if (name && value !== undefined) node.attributes[name] = value;
    }
  }
  if (!node.opType) throw new OnnxParseError('a node has no operator');
  return node;
}

function parseShape(bytes: Uint8Array): Dim[] {
  const dims: Dim[] = [];
  for (const dim of fields(bytes)) {
    if (dim.number !== 1) continue;
    let value: Dim = '?';
    for (const f of fields(dim.bytes)) {
      if (f.number === 1) value = f.varint;
      else if (f.number === 2) value = text(f.bytes);
    }
    dims.push(value);
  }
  return dims;
}

function parseValueInfo(bytes: Uint8Array): TensorInfo {
  const info: TensorInfo = { name: '', elemType: 0, dims: null };
  for (const f of fields(bytes)) {
    if (f.number === 1) info.name = text(f.bytes);
    else if (f.number === 2) {
      for (const type of fields(f.bytes)) {
        if (type.number !== 1) continue; // only tensors
        for (const t of fields(type.bytes)) {
          if (t.number === 1) info.elemType = t.varint;
          else if (t.number === 2) info.dims = parseShape(t.bytes);
        }
      }
    }
  }
  return info;
}

function parseGraph(bytes: Uint8Array, graph: OnnxGraph): void {
  const declaredInputs: TensorInfo[] = [];
  for (const f of fields(bytes)) {
    if (f.number === 1) graph.nodes.push(parseNode(f.bytes));
    else if (f.number === 2) graph.graphName = text(f.bytes);
    else if (f.number === 5) {
      const tensor = parseTensor(f.bytes);
      graph.initializers.set(tensor.name, tensor);
    } else if (f.number === 11) declaredInputs.push(parseValueInfo(f.bytes));
    else if (f.number === 12) graph.outputs.push(parseValueInfo(f.bytes));
  }
  graph.inputs = declaredInputs.filter((i) => !graph.initializers.has(i.name));
}

/** Parses a whole .onnx file. Throws OnnxParseError when it is not one. */
export function parseOnnx(bytes: Uint8Array): OnnxGraph {
  const graph: OnnxGraph = {
    irVersion: 0, producer: '', opsets: {}, graphName: '', nodes: [], initializers: new Map(), inputs: [], outputs: [],
  };
  let sawGraph = false;
  try {
    for (const f of fields(bytes)) {
      if (f.number === 1 && f.wire === WIRE.varint) graph.irVersion = f.varint;
      else if (f.number === 2 && f.wire === WIRE.bytes) graph.producer = text(f.bytes);
      else if (f.number === 8 && f.wire === WIRE.bytes) readOpset(f, graph);
      else if (f.number === 7 && f.wire === WIRE.bytes) {
        sawGraph = true;
        parseGraph(f.bytes, graph);
      }
    }
  } catch (error) {
    if (error instanceof ProtobufError) throw new OnnxParseError(`the file is damaged or not ONNX: ${error.message}`);
    throw error;
  }
  if (graph.irVersion < 1 || graph.irVersion > 100) throw new OnnxParseError('it has no ONNX IR version');
  if (!sawGraph || graph.nodes.length === 0) throw new OnnxParseError('it has no graph of operators');
  return graph;
}

function readOpset(field: Field, graph: OnnxGraph): void {
  let domain = '';
  let version = 0;
  for (const f of fields(field.bytes)) {
    if (f.number === 1) domain = text(f.bytes);
    else if (f.number === 2) version = f.varint;
  }
  graph.opsets[domain === 'ai.onnx' ? '' : domain] = version;
}
