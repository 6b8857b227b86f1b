// scratch/p.ts
var import_node_fs = require("node:fs");

// native-models/onnx/onnx-graph.ts
var DATA_TYPE_NAMES = {
  1: "float32",
  2: "uint8",
  3: "int8",
  4: "uint16",
  5: "int16",
  6: "int32",
  7: "int64",
  8: "string",
  9: "bool",
  10: "float16",
  11: "float64",
  12: "uint32",
  13: "uint64",
  16: "bfloat16"
};
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
  const ints2 = [];
  for (const f of fields(bytes)) {
    if (f.number === 1) tensor.dims.push(...varints(f));
    else if (f.number === 2) tensor.dataType = f.varint;
    else if (f.number === 8) tensor.name = text(f.bytes);
    else if (f.number === 9) raw = f.bytes;
    else if ((f.number === 5 || f.number === 7) && ints2.length <= SMALL_INTS) ints2.push(...varints(f));
    else if (f.number === 14) tensor.external = f.varint === 1;
  }
  const count = elementCount(tensor.dims);
  if (tensor.dims.some((d) => !Number.isSafeInteger(d) || d < 0)) throw new OnnxParseError(`weight ${tensor.name} has an invalid shape`);
  if ((tensor.dataType === 7 || tensor.dataType === 6) && count <= SMALL_INTS) {
    if (raw && raw.length === count * (tensor.dataType === 7 ? 8 : 4)) {
      const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
      tensor.ints = Array.from({ length: count }, (_, i) => tensor.dataType === 7 ? Number(view.getBigInt64(i * 8, true)) : view.getInt32(i * 4, true));
    } else if (ints2.length === count) tensor.ints = ints2;
  }
  return tensor;
}
function parseAttribute(bytes) {
  let name = "";
  let value;
  const list2 = [];
  const strings = [];
  for (const f of fields(bytes)) {
    if (f.number === 1) name = text(f.bytes);
    else if (f.number === 2 && f.wire === WIRE.fixed32) value = float32(f.bytes);
    else if (f.number === 3) value = f.varint;
    else if (f.number === 4) value = text(f.bytes);
    else if (f.number === 5) value = parseTensor(f.bytes);
    else if (f.number === 7) list2.push(...floats(f));
    else if (f.number === 8) list2.push(...varints(f));
    else if (f.number === 9) strings.push(text(f.bytes));
  }
  if (value === void 0 && list2.length > 0) value = list2;
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

// native-models/onnx/shape-rules.ts
function list(value, length, fallback) {
  return Array.isArray(value) && value.length >= length ? value.slice(0, length) : Array.from({ length }, () => fallback);
}
function normaliseAxis(axis, rank) {
  const at = axis < 0 ? axis + rank : axis;
  if (at < 0 || at >= rank) throw new RangeError(`axis ${axis} out of range for rank ${rank}`);
  return at;
}
function windowOutput(spatial, kernel, a, ceil) {
  const n = spatial.length;
  const strides = list(a.strides, n, 1);
  const dilations = list(a.dilations, n, 1);
  const pads = list(a.pads, 2 * n, 0);
  const autoPad = typeof a.auto_pad === "string" ? a.auto_pad : "NOTSET";
  return spatial.map((size, i) => {
    if (autoPad === "SAME_UPPER" || autoPad === "SAME_LOWER") return Math.ceil(size / strides[i]);
    const span = dilations[i] * (kernel[i] - 1) + 1;
    const padded = size + (autoPad === "VALID" ? 0 : pads[i] + pads[i + n]) - span;
    if (padded < 0) throw new RangeError("window larger than its input");
    return (ceil ? Math.ceil(padded / strides[i]) : Math.floor(padded / strides[i])) + 1;
  });
}
function convOutput(x, w, a) {
  const kernel = Array.isArray(a.kernel_shape) ? a.kernel_shape : w.slice(2);
  return [x[0], w[0], ...windowOutput(x.slice(2), kernel, a, false)];
}
function poolOutput(x, a) {
  const kernel = list(a.kernel_shape, x.length - 2, 1);
  return [x[0], x[1], ...windowOutput(x.slice(2), kernel, a, a.ceil_mode === 1)];
}
function broadcast(a, b) {
  const rank = Math.max(a.length, b.length);
  return Array.from({ length: rank }, (_, i) => {
    const p = a[a.length - rank + i] ?? 1;
    const q = b[b.length - rank + i] ?? 1;
    if (p !== q && p !== 1 && q !== 1) throw new RangeError(`shapes [${a}] and [${b}] do not broadcast`);
    return p === 1 ? q : p;
  });
}
function matmulShape(a, b) {
  const left = a.length === 1 ? [1, a[0]] : a;
  const right = b.length === 1 ? [b[0], 1] : b;
  if (left[left.length - 1] !== right[right.length - 2]) throw new RangeError(`cannot multiply [${a}] by [${b}]`);
  const batch = broadcast(left.slice(0, -2), right.slice(0, -2));
  const out = [...batch, left[left.length - 2], right[right.length - 1]];
  return a.length === 1 ? out.filter((_, i) => i !== out.length - 2) : b.length === 1 ? out.slice(0, -1) : out;
}

// native-models/onnx/infer-shapes.ts
var SAME_SHAPE = /* @__PURE__ */ new Set([
  "Relu",
  "Clip",
  "Sigmoid",
  "Tanh",
  "LeakyRelu",
  "HardSigmoid",
  "HardSwish",
  "Softmax",
  "LogSoftmax",
  "Dropout",
  "Identity",
  "QuantizeLinear",
  "DequantizeLinear",
  "BatchNormalization",
  "Erf",
  "Exp",
  "Cast",
  "Neg",
  "Sqrt",
  "Elu",
  "Selu",
  "Gelu",
  "PRelu",
  "InstanceNormalization",
  "LRN",
  "Abs",
  "Log",
  "Reciprocal",
  "Softplus",
  "Mish",
  "LayerNormalization",
  "QLinearSigmoid",
  "QLinearLeakyRelu",
  "DynamicQuantizeLinear"
]);
var BROADCAST = /* @__PURE__ */ new Set(["Add", "Sub", "Mul", "Div", "Pow", "Max", "Min", "Sum", "Mean", "Equal", "Greater", "Less", "And", "Or"]);
var QLINEAR_BINARY = /* @__PURE__ */ new Set(["QLinearAdd", "QLinearMul"]);
function ints(value) {
  return Array.isArray(value) && value.every((v) => typeof v === "number") ? value : void 0;
}
function int(value, fallback) {
  return typeof value === "number" ? value : fallback;
}
function inferShapes(graph) {
  const shapes = /* @__PURE__ */ new Map();
  const values = /* @__PURE__ */ new Map();
  for (const input of graph.inputs) {
    if (input.dims) shapes.set(input.name, input.dims.map((d) => typeof d === "number" && d > 0 ? d : 1));
  }
  for (const [name, init] of graph.initializers) {
    shapes.set(name, init.dims);
    if (init.ints) values.set(name, init.ints);
  }
  for (const node of graph.nodes) {
    try {
      inferNode(node, shapes, values);
    } catch {
    }
  }
  return { shapes, values };
}
function inferNode(node, shapes, values) {
  const a = node.attributes;
  const shapeOf = (i) => node.inputs[i] ? shapes.get(node.inputs[i]) : void 0;
  const valueOf = (i) => node.inputs[i] ? values.get(node.inputs[i]) : void 0;
  const set = (shape, value) => {
    if (!shape || shape.some((d) => !Number.isSafeInteger(d) || d < 0)) return;
    shapes.set(node.outputs[0], shape);
    if (value && value.length <= 64) values.set(node.outputs[0], value);
  };
  const x = shapeOf(0);
  const op = node.opType;
  if (op === "Conv" || op === "QLinearConv") {
    const w = shapeOf(op === "Conv" ? 1 : 3);
    if (x && w) set(convOutput(x, w, a));
  } else if (op === "MaxPool" || op === "AveragePool" || op === "QLinearAveragePool" || op === "LpPool") {
    if (x) set(poolOutput(x, a));
  } else if (op === "GlobalAveragePool" || op === "GlobalMaxPool" || op === "QLinearGlobalAveragePool") {
    if (x) set(int(a.channels_last, 0) ? [x[0], 1, 1, x[3]] : [x[0], x[1], ...x.slice(2).map(() => 1)]);
  } else if (op === "Gemm") {
    const b = shapeOf(1);
    if (x && b) set([int(a.transA, 0) ? x[1] : x[0], int(a.transB, 0) ? b[0] : b[1]]);
  } else if (op === "MatMul" || op === "QLinearMatMul" || op === "MatMulInteger") {
    const b = shapeOf(op === "QLinearMatMul" ? 3 : 1);
    if (x && b) set(matmulShape(x, b));
  } else if (SAME_SHAPE.has(op)) {
    if (x) set([...x]);
  } else if (BROADCAST.has(op) || op === "Where") {
    const all = node.inputs.map((_, i) => shapeOf(i));
    if (all.every(Boolean)) set(all.reduce((s, t) => broadcast(s, t)));
  } else if (QLINEAR_BINARY.has(op)) {
    const b = shapeOf(3);
    if (x && b) set(broadcast(x, b));
  } else if (op === "Flatten") {
    if (x) {
      const axis = normaliseAxis(int(a.axis, 1), x.length + 1);
      set([elementCount(x.slice(0, axis)), elementCount(x.slice(axis))]);
    }
  } else if (op === "Reshape") {
    const target = valueOf(1);
    if (x && target) {
      const out = target.map((d, i) => d === 0 ? x[i] : d);
      const known = elementCount(out.filter((d) => d !== -1));
      set(out.map((d) => d === -1 ? elementCount(x) / known : d));
    }
  } else if (op === "Shape") {
    if (x) set([x.length], [...x]);
  } else if (op === "Constant") {
    const t = a.value;
    if (t && typeof t === "object" && !Array.isArray(t)) set(t.dims, t.ints ?? void 0);
  } else if (op === "Gather") {
    const indices = shapeOf(1);
    if (x && indices) {
      const axis = normaliseAxis(int(a.axis, 0), x.length);
      const data = valueOf(0);
      const at = valueOf(1);
      set([...x.slice(0, axis), ...indices, ...x.slice(axis + 1)], data && at && x.length === 1 ? at.map((i) => data[i < 0 ? i + data.length : i]) : void 0);
    }
  } else if (op === "Unsqueeze" || op === "Squeeze") {
    const axes = ints(a.axes) ?? valueOf(1);
    if (x && op === "Unsqueeze" && axes) {
      const rank = x.length + axes.length;
      const out = [...x];
      for (const axis of axes.map((v) => normaliseAxis(v, rank)).sort((p, q) => p - q)) out.splice(axis, 0, 1);
      set(out, valueOf(0));
    } else if (x && op === "Squeeze") {
      const drop = axes ? axes.map((v) => normaliseAxis(v, x.length)) : x.flatMap((d, i) => d === 1 ? [i] : []);
      set(x.filter((_, i) => !drop.includes(i)), valueOf(0));
    }
  } else if (op === "Concat") {
    const all = node.inputs.map((_, i) => shapeOf(i));
    if (all.length > 0 && all.every(Boolean)) {
      const axis = normaliseAxis(int(a.axis, 0), all[0].length);
      const out = [...all[0]];
      out[axis] = all.reduce((n, s) => n + s[axis], 0);
      const parts = node.inputs.map((_, i) => valueOf(i));
      set(out, parts.every(Boolean) ? parts.flatMap((p) => p) : void 0);
    }
  } else if (op === "Transpose") {
    if (x) set((ints(a.perm) ?? x.map((_, i) => x.length - 1 - i)).map((p) => x[p]));
  } else if (op.startsWith("Reduce")) {
    const axes = ints(a.axes) ?? valueOf(1);
    if (x) {
      const reduced = (axes ?? x.map((_, i) => i)).map((v) => normaliseAxis(v, x.length));
      set(int(a.keepdims, 1) ? x.map((d, i) => reduced.includes(i) ? 1 : d) : x.filter((_, i) => !reduced.includes(i)));
    }
  }
}

// native-models/onnx/weight-aliases.ts
function withoutWeightAliases(graph) {
  const initializers = new Map(graph.initializers);
  const nodes = graph.nodes.filter((node) => {
    const source = node.opType === "Identity" && node.inputs.length === 1 ? initializers.get(node.inputs[0]) : void 0;
    if (!source || node.outputs.length !== 1) return true;
    initializers.set(node.outputs[0], source);
    return false;
  });
  return { ...graph, nodes, initializers };
}

// native-models/inspector/block-names.ts
var MODULE_WEIGHT = /^([A-Za-z_]\w*(?:\.\w+)+)\.(weight|bias|weight_quantized|bias_quantized)$/;
function moduleOf(node, graph) {
  if (node.name.startsWith("/")) {
    const parts = node.name.split("/").filter(Boolean);
    if (parts.length >= 2) return parts.slice(0, -1).slice(-2).length === 2 ? parts[1] ?? parts[0] : parts[0];
  }
  for (const input of node.inputs) {
    if (!graph.initializers.has(input)) continue;
    const match = MODULE_WEIGHT.exec(input);
    if (match) return match[1].split(".").slice(0, 2).join(".");
  }
  return null;
}
function blockNames(graph, shapes) {
  const weighted = graph.nodes.filter((n) => n.inputs.some((i) => graph.initializers.get(i)?.dataType === 1 || graph.initializers.get(i)?.dataType === 3));
  const named = weighted.filter((n) => moduleOf(n, graph) !== null).length;
  if (weighted.length > 0 && named / weighted.length >= 0.8) {
    let current2 = "input";
    const names2 = graph.nodes.map((node) => current2 = moduleOf(node, graph) ?? current2);
    if (names2.length / new Set(names2).size >= 2) return { names: names2, grouping: "module" };
  }
  const seen = /* @__PURE__ */ new Set();
  let current = "stage 1 \xB7 ?";
  const names = graph.nodes.map((node) => {
    const shape = shapes.get(node.outputs[0]);
    const here = shape && shape.length === 4 ? `${shape[2]}\xD7${shape[3]}` : shape && shape.length === 2 ? "head" : null;
    if (here && !seen.has(here)) {
      seen.add(here);
      current = `stage ${seen.size} \xB7 ${here}`;
    }
    return current;
  });
  return { names, grouping: "stage" };
}

// native-models/inspector/layer-costs.ts
var NOT_PARAMS = {
  QLinearConv: [1, 2, 4, 5, 6, 7],
  QLinearMatMul: [1, 2, 4, 5, 6, 7],
  QLinearAdd: [1, 2, 4, 5, 6, 7],
  QLinearMul: [1, 2, 4, 5, 6, 7],
  QLinearGlobalAveragePool: [1, 2, 3, 4],
  QLinearAveragePool: [1, 2, 3, 4],
  QLinearSigmoid: [1, 2, 3, 4],
  QLinearLeakyRelu: [1, 2, 3, 4],
  QuantizeLinear: [1, 2],
  DequantizeLinear: [1, 2],
  BatchNormalization: [3, 4],
  Reshape: [1]
};
var INDEX_TYPES = /* @__PURE__ */ new Set([7, 9, 8, 13]);
function kindOf(opType) {
  const op = opType.replace(/^QLinear/, "");
  if (/^Conv/.test(op)) return "conv";
  if (op === "Gemm" || op === "MatMul" || op === "MatMulInteger") return "linear";
  if (/Pool$/.test(op)) return "pool";
  if (/Normalization$|^LRN$/.test(op)) return "norm";
  if (/^(Relu|Clip|Sigmoid|Tanh|LeakyRelu|HardSigmoid|HardSwish|Softmax|LogSoftmax|Elu|Selu|Gelu|PRelu|Mish|Softplus|Erf)$/.test(op)) return "activation";
  if (/^(Add|Sub|Mul|Div|Pow|Max|Min|Sum|Mean|Where)$/.test(op)) return "elementwise";
  if (/^(Flatten|Reshape|Transpose|Squeeze|Unsqueeze|Concat|Shape|Gather|Slice|Split|Identity|Dropout|Cast|Constant)$/.test(op)) return "reshape";
  if (/^(Quantize|Dequantize|DynamicQuantize)Linear$/.test(opType)) return "quantize";
  return "other";
}
function weightsOf(node, graph) {
  const skip = NOT_PARAMS[node.opType] ?? [];
  return node.inputs.filter((name, i) => {
    const init = graph.initializers.get(name);
    return init !== void 0 && !skip.includes(i) && !INDEX_TYPES.has(init.dataType);
  });
}
function paramsOf(node, graph) {
  return weightsOf(node, graph).reduce((n, name) => n + elementCount(graph.initializers.get(name).dims), 0);
}
function macsOf(node, shapes) {
  const out = shapes.get(node.outputs[0]);
  const kind = kindOf(node.opType);
  if (kind !== "conv" && kind !== "linear") return out ? 0 : null;
  if (!out) return null;
  const batch = out[0] > 0 ? out[0] : 1;
  if (kind === "conv") {
    const w = shapes.get(node.inputs[node.opType === "QLinearConv" ? 3 : 1]);
    return w ? elementCount(out) / batch * elementCount(w.slice(1)) : null;
  }
  const a = shapes.get(node.inputs[0]);
  if (!a) return null;
  const k = node.opType === "Gemm" && node.attributes.transA === 1 ? a[0] : a[a.length - 1];
  return elementCount(out) / batch * k;
}

// native-models/inspector/inspect-model.ts
var MARKED = 3;
function contractOf(t) {
  return { name: t.name, type: DATA_TYPE_NAMES[t.elemType] ?? `type ${t.elemType}`, dims: t.dims };
}
function markLargest(layers, key, flag) {
  const ranked = layers.filter((l) => (l[key] ?? 0) > 0).sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0));
  for (const layer of ranked.slice(0, MARKED)) layer[flag] = true;
}
function inspectGraph(parsed) {
  const graph = withoutWeightAliases(parsed);
  const { shapes } = inferShapes(graph);
  const { names, grouping } = blockNames(graph, shapes);
  const operators = {};
  const layers = graph.nodes.map((node, index) => {
    operators[node.opType] = (operators[node.opType] ?? 0) + 1;
    const shape = shapes.get(node.outputs[0]);
    return {
      index,
      name: node.name || `${node.opType}_${index}`,
      opType: node.opType,
      kind: kindOf(node.opType),
      block: names[index],
      outputShape: shape ? [...shape] : null,
      params: paramsOf(node, graph),
      macs: macsOf(node, shapes),
      largestByParams: false,
      largestByMacs: false
    };
  });
  markLargest(layers, "params", "largestByParams");
  markLargest(layers, "macs", "largestByMacs");
  const blocks = [];
  for (const layer of layers) {
    let block = blocks.at(-1);
    if (!block || block.name !== layer.block) {
      block = { name: layer.block, layers: 0, params: 0, macs: 0, outputShape: null };
      blocks.push(block);
    }
    block.layers += 1;
    block.params += layer.params;
    block.macs += layer.macs ?? 0;
    if (layer.outputShape) block.outputShape = layer.outputShape;
  }
  return {
    producer: graph.producer,
    opsets: graph.opsets,
    inputs: graph.inputs.map(contractOf),
    outputs: graph.outputs.map(contractOf),
    layers,
    blocks,
    totals: {
      params: layers.reduce((n, l) => n + l.params, 0),
      macs: layers.reduce((n, l) => n + (l.macs ?? 0), 0),
      storedParams: [...new Set(graph.nodes.flatMap((n) => weightsOf(n, graph).map((name) => graph.initializers.get(name))))].reduce((n, init) => n + elementCount(init.dims), 0),
      layers: layers.length,
      unknownShapes: layers.filter((l) => l.outputShape === null).length,
      operators
    },
    grouping
  };
}

// scratch/p.ts
var r = inspectGraph(parseOnnx((0, import_node_fs.readFileSync)(process.argv[2])));
console.log(r.totals, r.grouping, r.blocks.length);
console.log(r.blocks.map((b) => `${b.name} ${b.layers} ${b.params} ${(b.macs / 1e6).toFixed(1)}M [${b.outputShape}]`).join("\n"));
console.log(r.layers.filter((l) => l.largestByMacs || l.largestByParams).map((l) => JSON.stringify(l)).join("\n"));
console.log(r.layers.filter((l) => !l.outputShape).map((l) => l.opType + " " + l.name).join("\n"));
