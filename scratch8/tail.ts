import { readFileSync } from 'node:fs';
import { onnx } from 'onnx-proto';
const m = onnx.ModelProto.decode(readFileSync('/work/wt/shared/models/mobilenetv2-12-int8.onnx'));
const g = m.graph!;
console.log(m.irVersion, m.opsetImport, g.input?.map(i=>i.name), g.output?.map(o=>o.name+JSON.stringify(o.type)));
for (const n of g.node!.slice(-8)) console.log(n.opType, n.input, n.output);
console.log(m.metadataProps);
