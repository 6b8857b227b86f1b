import { readFileSync } from 'node:fs';
import { parseOnnx } from '../native-models/onnx/parse-onnx';
import { inspectGraph } from '../native-models/inspector/inspect-model';
const r = inspectGraph(parseOnnx(readFileSync(process.argv[2])));
console.log(r.totals, r.grouping, r.blocks.length);
console.log(r.blocks.map(b=>`${b.name} ${b.layers} ${b.params} ${(b.macs/1e6).toFixed(1)}M [${b.outputShape}]`).join('\n'));
console.log(r.layers.filter(l=>l.largestByMacs||l.largestByParams).map(l=>JSON.stringify(l)).join('\n'));
console.log(r.layers.filter(l=>!l.outputShape).map(l=>l.opType+' '+l.name).join('\n'));
