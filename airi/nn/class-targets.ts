// Shape logic shared by CrossEntropyLoss and NLLLoss: [N, C] scores and one integer class per row.
// Targets arrive as Int32Array (a dataset's labels) or number[] (a hand-written test); both are
// checked here, once, so the kernels can index without bounds tests.
import type { ChannelLayout } from '../kernels/backend';
import { type Tensor, formatShape } from '../tensor';

/** Class indices, one per row of the scores. */
export type ClassTargets = Int32Array | readonly number[];

/** The [N, C] scores as a kernel layout and the targets as an Int32Array, or an error naming `where`. */
export function checkClassTargets(where: string, scores: Tensor, target: ClassTargets): { layout: ChannelLayout; targets: Int32Array } {
  if (scores.shape.length !== 2) throw new Error(`${where}: input has shape ${formatShape(scores.shape)}, expected [N, C]`);
  const [n, classes] = scores.shape;
  if (target.length !== n) {
    throw new Error(`${where}: target has ${target.length} class indices, expected ${n} (one per row of input ${formatShape(scores.shape)})`);
  }
  for (let i = 0; i < n; i++) {
    const t = target[i];
    if (!Number.isInteger(t) || t < 0 || t >= classes) {
      throw new Error(`${where}: target[${i}] = ${t} is not a class index in [0, ${classes})`);
    }
  }
  const targets = target instanceof Int32Array ? target : Int32Array.from(target);
  return { layout: { outer: n, channels: classes, inner: 1 }, targets };
}
