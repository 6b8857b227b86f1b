// scratch/q.ts
var import_node_fs = require("node:fs");

// native-models/onnx/onnx-graph.ts
function elementCount(dims) {
  return dims.reduce((n, d) => n * d, 1);
}

// native-models/onnx/protobuf-reader.ts
var ProtobufError = class extends Error {
  name = "ProtobufError";
};
var WIRE = { varint: 0, fixed64: 1, bytes: 2, fixed32: 5 };
var ProtobufReader = class {
  constructor(buffer) {
    this.buffer = buffer;
  }
  buffer;
  at = 0;
  get done() {
    return this.at >= this.buffer.length;
  }
  /** The next field, or null at the end. */
  next() {
    if (this.done) return null;
    const key = this.varint();
    const number = Math.floor(key / 8);
    const wire = key % 8;
    if (number < 1) throw new ProtobufError(`field number 0 at byte ${this.at}`);
    if (wire === WIRE.varint) return { number, wire, varint: this.varint(), bytes: EMPTY };
    if (wire === WIRE.bytes) {
      const length = this.varint();
      return { number, wire, varint: 0, bytes: this.take(length) };
    }
    if (wire === WIRE.fixed64) return { number, wire, varint: 0, bytes: this.take(8) };
    if (wire === WIRE.fixed32) return { number, wire, varint: 0, bytes: this.take(4) };
    throw new ProtobufError(`unsupported wire type ${wire} (field ${number}) at byte ${this.at}`);
  }
  /** A base-128 varint; 10-byte negatives (two's complement int64) come back negative. */
  varint() {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (this.at >= this.buffer.length) throw new ProtobufError("the data ends inside a number");
      const byte = this.buffer[this.at++];
      if (i === 9) {
        return byte & 1 ? value - 2 ** 64 : value;
      }
      value += (byte & 127) * scale;
      scale *= 128;
      if (byte < 128) return value;
    }
    throw new ProtobufError("a number is longer than 10 bytes");
  }
  take(length) {
    if (!Number.isSafeInteger(length) || length < 0 || this.at + length > this.buffer.length) {
      throw new ProtobufError(`a field claims ${length} bytes but only ${this.buffer.length - this.at} remain`);
    }
    const view = this.buffer.subarray(this.at, this.at + length);
    this.at += length;
    return view;
  }
};
var EMPTY = new Uint8Array(0);
var UTF8 = new TextDecoder("utf-8", { fatal: false });
function text(bytes) {
  return UTF8.decode(bytes);
}
function float32(bytes) {
  return new DataView(bytes.buffer, bytes.byteOffset, 4).getFloat32(0, true);
}
function varints(field) {
  if (field.wire === WIRE.varint) return [field.varint];
  if (field.wire !== WIRE.bytes) throw new ProtobufError(`field ${field.number} should hold integers`);
  const reader = new ProtobufReader(field.bytes);
  const values = [];
  while (!reader.done) values.push(reader.varint());
  return values;
}
function floats(field) {
  if (field.wire === WIRE.fixed32) return [float32(field.bytes)];
  if (field.wire !== WIRE.bytes || field.bytes.length % 4 !== 0) throw new ProtobufError(`field ${field.number} should hold floats`);
  const values = [];
  for (let i = 0; i < field.bytes.length; i += 4) values.push(float32(field.bytes.subarray(i, i + 4)));
  return values;
}
function* fields(bytes) {
  const reader = new ProtobufReader(bytes);
  for (let field = reader.next(); field; field = reader.next()) yield field;
}

// native-models/onnx/parse-onnx.ts
var OnnxParseError = class extends Error {
  name = "OnnxParseError";
};
var SMALL_INTS = 64;
function parseTensor(bytes) {
  const tensor = { name: "", dataType: 0, dims: [], ints: null, external: false };
  let raw = null;
  const ints = [];
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
      tensor.ints = Array.from({ length: count }, (_, i) => tensor.dataType === 7 ? Number(view.getBigInt64(i * 8, true)) : view.getInt32(i * 4, true));
    } else if (ints.length === count) tensor.ints = ints;
  }
  return tensor;
}
function parseAttribute(bytes) {
  let name = "";
  let value;
  const list = [];
  const strings = [];
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
  if (value === void 0 && list.length > 0) value = list;
  if (value === void 0 && strings.length > 0) value = strings;
  return [name, value];
}
function parseNode(bytes) {
  const node = { name: "", opType: "", domain: "", inputs: [], outputs: [], attributes: {} };
  for (const f of fields(bytes)) {
    if (f.number === 1) node.inputs.push(text(f.bytes));
    else if (f.number === 2) node.outputs.push(text(f.bytes));
    else if (f.number === 3) node.name = text(f.bytes);
    else if (f.number === 4) node.opType = text(f.bytes);
    else if (f.number === 7) node.domain = text(f.bytes);
    else if (f.number === 5) {
      const [name, value] = parseAttribute(f.bytes);
      if (name && value !== void 0) node.attributes[name] = value;
    }
  }
  if (!node.opType) throw new OnnxParseError("a node has no operator");
  return node;
}
function parseShape(bytes) {
  const dims = [];
  for (const dim of fields(bytes)) {
    if (dim.number !== 1) continue;
    let value = "?";
    for (const f of fields(dim.bytes)) {
      if (f.number === 1) value = f.varint;
      else if (f.number === 2) value = text(f.bytes);
    }
    dims.push(value);
  }
  return dims;
}
function parseValueInfo(bytes) {
  const info = { name: "", elemType: 0, dims: null };
  for (const f of fields(bytes)) {
    if (f.number === 1) info.name = text(f.bytes);
    else if (f.number === 2) {
      for (const type of fields(f.bytes)) {
        if (type.number !== 1) continue;
        for (const t of fields(type.bytes)) {
          if (t.number === 1) info.elemType = t.varint;
          else if (t.number === 2) info.dims = parseShape(t.bytes);
        }
      }
    }
  }
  return info;
}
function parseGraph(bytes, graph) {
  const declaredInputs = [];
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
function parseOnnx(bytes) {
  const graph = {
    irVersion: 0,
    producer: "",
    opsets: {},
    graphName: "",
    nodes: [],
    initializers: /* @__PURE__ */ new Map(),
    inputs: [],
    outputs: []
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
  if (graph.irVersion < 1 || graph.irVersion > 100) throw new OnnxParseError("it has no ONNX IR version");
  if (!sawGraph || graph.nodes.length === 0) throw new OnnxParseError("it has no graph of operators");
  return graph;
}
function readOpset(field, graph) {
  let domain = "";
  let version = 0;
  for (const f of fields(field.bytes)) {
    if (f.number === 1) domain = text(f.bytes);
    else if (f.number === 2) version = f.varint;
  }
  graph.opsets[domain === "ai.onnx" ? "" : domain] = version;
}

// scratch/q.ts
var g = parseOnnx((0, import_node_fs.readFileSync)(process.argv[2]));
for (const n of g.nodes.slice(0, 14)) console.log(n.opType, n.name, n.inputs.map((i) => i + (g.initializers.has(i) ? "[" + g.initializers.get(i).dims + "]" : "")).join(" "), "->", n.outputs.join(" "));
