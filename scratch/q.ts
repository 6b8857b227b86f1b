import { readFileSync } from 'node:fs';
import { parseOnnx } from '../native-models/onnx/parse-onnx';
const g = parseOnnx(readFileSync(process.argv[2]));
for (const n of g.nodes.slice(0, 14)) console.log(n.opType, n.name, n.inputs.map(i => i + (g.initializers.has(i) ? '[' + g.initializers.get(i)!.dims + ']' : '')).join(' '), '->', n.outputs.join(' '));
