// scratch8/tail.ts
var import_node_fs = require("node:fs");
var import_onnx_proto = require("onnx-proto");
var m = import_onnx_proto.onnx.ModelProto.decode((0, import_node_fs.readFileSync)("/work/wt/shared/models/mobilenetv2-12-int8.onnx"));
var g = m.graph;
console.log(m.irVersion, m.opsetImport, g.input?.map((i) => i.name), g.output?.map((o) => o.name + JSON.stringify(o.type)));
for (const n of g.node.slice(-8)) console.log(n.opType, n.input, n.output);
console.log(m.metadataProps);
