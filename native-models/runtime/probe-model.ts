// The smallest ONNX model (y = Relu(x), x float32 [1, 4]), written byte by byte in protobuf's wire
// format, for asking each execution provider "can you open a session here?" without any model file.
function varint(value: number): number[] {
  const bytes: number[] = [];
  while (value > 0x7f) {
    bytes.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  bytes.push(value);
  return bytes;
}
const key = (field: number, wire: number) => varint(field * 8 + wire);
const int = (field: number, value: number) => [...key(field, 0), ...varint(value)];
const bytes = (field: number, body: number[]) => [...key(field, 2), ...varint(body.length), ...body];
const str = (field: number, s: string) => bytes(field, [...new TextEncoder().encode(s)]);

function tensorValue(name: string): number[] {
  // ValueInfoProto { name, type: TypeProto { tensor_type { elem_type: FLOAT, shape { dim 1, dim 4 } } } }
  const shape = [...bytes(1, int(1, 1)), ...bytes(1, int(1, 4))];
  return [...str(1, name), ...bytes(2, bytes(1, [...int(1, 1), ...bytes(2, shape)]))];
}

export function probeModelBytes(): Uint8Array {
  const node = [...str(1, 'x'), ...str(2, 'y'), ...str(3, 'relu'), ...str(4, 'Relu')];
  const graph = [...bytes(1, node), ...str(2, 'probe'), ...bytes(11, tensorValue('x')), ...bytes(12, tensorValue('y'))];
  const model = [...int(1, 7), ...str(2, 'airi-lab'), ...bytes(7, graph), ...bytes(8, int(2, 13))];
  return new Uint8Array(model);
}
