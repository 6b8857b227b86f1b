// Finds which input of a classifier takes the image and which output gives the class scores, from the
// graph alone: an image is a rank-4 tensor with 3 channels first ([N,3,H,W]) or last ([N,H,W,3]);
// scores are a rank-2 [N, classes] output (or [N, classes, 1, 1]). Refusals name the file and list
// what the model does have, so the learner sees why.
import { ApiInputError } from '../../contract/guards';
import type { ModelIo } from '../../contract/models/models';
import { inferShapes } from '../onnx/infer-shapes';
import type { Dim, OnnxGraph, TensorInfo } from '../onnx/onnx-graph';
import { DATA_TYPE_NAMES } from '../onnx/onnx-graph';

/** "input float32 [batch, 3, 224, 224]" */
export function describeTensor(t: TensorInfo): string {
  return `${t.name} ${DATA_TYPE_NAMES[t.elemType] ?? '?'} [${t.dims ? t.dims.join(', ') : '?'}]`;
}

const IMAGE_TYPES = new Set([1, 10]); // float32, float16
const fixed = (d: Dim | undefined): number | null => (typeof d === 'number' && d > 0 ? d : null);

export function findModelIo(graph: OnnxGraph, file: string): ModelIo {
  const image = graph.inputs.find((i) => IMAGE_TYPES.has(i.elemType) && i.dims?.length === 4 && (i.dims[1] === 3 || i.dims[3] === 3));
  if (!image || !image.dims) {
    throw ApiInputError.of({ code: 'model-no-image-input', params: { file, inputs: graph.inputs.map(describeTensor).join('; ') || 'none' } });
  }
  const layout = image.dims[1] === 3 ? 'NCHW' : 'NHWC';
  const [height, width] = layout === 'NCHW' ? [image.dims[2], image.dims[3]] : [image.dims[1], image.dims[2]];

  const inferred = inferShapes(graph).shapes;
  const scoresShape = (o: TensorInfo): number[] | null => {
    const declared = o.dims?.map((d) => (typeof d === 'number' ? d : -1)) ?? null;
    const shape = declared && declared.slice(1).every((d) => d > 0) ? declared : inferred.get(o.name) ?? declared;
    if (!shape) return null;
    const squeezed = shape.length === 4 && shape[2] === 1 && shape[3] === 1 ? shape.slice(0, 2) : shape;
    return squeezed.length === 2 && squeezed[1] >= 2 ? squeezed : null;
  };
  const scores = graph.outputs.find((o) => (o.elemType === 1 || o.elemType === 10 || o.elemType === 0) && scoresShape(o));
  if (!scores) {
    throw ApiInputError.of({ code: 'model-no-scores-output', params: { file, outputs: graph.outputs.map(describeTensor).join('; ') || 'none' } });
  }
  return {
    imageInput: image.name,
    inputDims: image.dims,
    layout,
    height: fixed(height),
    width: fixed(width),
    scoresOutput: scores.name,
    classes: scoresShape(scores)![1],
  };
}
