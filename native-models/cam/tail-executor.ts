// Runs a classifier's tail (tail-graph.ts) forward in airi from the activations ONNX Runtime exposed,
// then backward from one class's score, giving d score / d tensor at the explained layers: the
// gradient Grad-CAM averages. One forward serves every class; each class is one backward.
import type { GraphIndex } from './graph-index';
import type { Tail } from './tail-graph';
import { TAIL_OPS, type TailOp } from './tail-ops';
import type { Value } from './tail-value';

export class TailRun {
  private readonly values = new Map<string, Value>();
  private readonly ops: TailOp[] = [];

  /** Runs the forward pass; `given` holds the starts and the externals. */
  constructor(
    private readonly index: GraphIndex,
    private readonly tail: Tail,
    given: Map<string, Value>,
  ) {
    for (const [name, value] of given) this.values.set(name, value);
    for (const node of tail.nodes) {
      const op = TAIL_OPS[node.opType ?? ''](node, index);
      const inputs = (node.input ?? []).map((name) => (name ? this.value(name) : null));
      let outputs: Value[];
      try {
        outputs = op.forward(inputs);
      } catch (error) {
        throw new Error(`${node.opType} ${node.name || node.output?.[0]}: ${(error as Error).message}`);
      }
      (node.output ?? []).forEach((name, i) => {
        if (outputs[i]) this.values.set(name, outputs[i]);
      });
      this.ops.push(op);
    }
  }

  /** The scores the tail computed (compare with ONNX Runtime's to check the tail ran right). */
  get scores(): Value {
    return this.value(this.tail.output);
  }

  /** d score[classIndex] / d each of `at` (tensors of the tail: its starts or inner ones). */
  gradients(classIndex: number, at: string[]): Map<string, Float32Array> {
    const adjoints = new Map<string, Float32Array>();
    const seed = new Float32Array(this.scores.data.length);
    seed[classIndex] = 1;
    adjoints.set(this.tail.output, seed);
    for (let n = this.tail.nodes.length - 1; n >= 0; n--) {
      const node = this.tail.nodes[n];
      const dOutputs = (node.output ?? []).map((o) => adjoints.get(o) ?? null);
      if (dOutputs.every((d) => d === null)) continue;
      const dInputs = this.ops[n].backward(dOutputs);
      (node.input ?? []).forEach((name, slot) => {
        const d = dInputs[slot];
        if (!name || !d || this.index.isConstant(name)) return;
        const sum = adjoints.get(name);
        if (!sum) adjoints.set(name, d.slice());
        else for (let i = 0; i < sum.length; i++) sum[i] += d[i];
      });
    }
    return new Map(at.map((name) => [name, adjoints.get(name) ?? new Float32Array(this.value(name).data.length)]));
  }

  private value(name: string): Value {
    const known = this.values.get(name);
    if (known) return known;
    const constant = this.index.constant(name);
    if (!constant) throw new Error(`the tail has no value for ${name}`);
    const value = { dims: constant.dims, data: constant.values, raw: this.index.constantType(name) !== 1 };
    this.values.set(name, value);
    return value;
  }
}
