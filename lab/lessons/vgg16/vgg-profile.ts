// Lesson 7's panel, computed (never typed in): VGG16's layer table from airi's summary of the real
// network, for 10 and 1000 classes, and how long one training epoch on CIFAR-10's 50,000 images
// would take on this computer, from timed forward + backward + SGD steps of VGG16 at 224×224 (what
// notebook 7 did) and of the 32×32 VGG-16-BN this lesson trains. Heavy: VGG16 holds 134 M
// parameters (537 MB of float32) and one 224×224 step is about 46 G multiply-accumulates, so it runs
// in a worker thread (lab/trainer/vgg-profile-worker.ts), once per lab process.
import {
  CrossEntropyLoss, Rng, SGD, Tensor, summarize, vgg16, vgg16BnCifar, type Module, type ModelSummary, type Sequential,
} from '../../../airi';
import type { VggLayerRow, VggSpeed, VggTable } from '../../../contract/lessons/vgg16-profile';

const CIFAR_TRAIN_IMAGES = 50_000;

/** Multiply-accumulates are the weighted layers' (half their FLOPs); a pool's comparisons are not counted. */
function rowsOf(summary: ModelSummary, prefix = ''): VggLayerRow[] {
  return summary.layers.map((l) => ({
    name: prefix + l.name, layer: l.layer, outputShape: l.outputShape, parameters: l.parameters, macs: l.parameters > 0 ? l.flops / 2 : 0,
  }));
}

function tableOf(classes: number, inputShape: number[], rows: VggLayerRow[]): VggTable {
  return {
    classes, inputShape, rows,
    totalParameters: rows.reduce((sum, r) => sum + r.parameters, 0),
    totalMacs: rows.reduce((sum, r) => sum + r.macs, 0),
  };
}

function child(model: Sequential, name: string): Module {
  const found = model.namedChildren().find(([n]) => n === name);
  if (!found) throw new Error(`VGG16 has no ${name}`);
  return found[1];
}

/**
 * The 10-class table from a whole summary at 224×224; the 1000-class one reuses its convolutions
 * (identical) and summarizes the 1000-class network's head, which is all that differs.
 */
export function vggTables(model10: Sequential, build1000: () => Sequential): VggTable[] {
  const input = [1, 3, 224, 224];
  const rows10 = rowsOf(summarize(model10, input));
  const model1000 = build1000();
  const head = rowsOf(summarize(child(model1000, 'classifier'), [1, 512 * 7 * 7]), 'classifier.');
  const rows1000 = [...rows10.filter((r) => !r.name.startsWith('classifier.')), ...head];
  return [tableOf(10, input, rows10), tableOf(1000, input, rows1000)];
}

/** Times `steps` SGD steps of `model` on random images; the fastest step, scaled to one CIFAR-10 epoch. */
export function timeTraining(model: Sequential, size: number, batch: number, steps: number, now: () => number, rng: Rng): VggSpeed {
  const optimizer = new SGD(model.parameters(), { lr: 1e-3, momentum: 0.9 });
  const loss = new CrossEntropyLoss();
  const x = new Float32Array(batch * 3 * size * size);
  for (let i = 0; i < x.length; i++) x[i] = rng.normal();
  const labels = Int32Array.from({ length: batch }, (_, i) => i % 10);
  const times: number[] = [];
  for (let s = 0; s < steps; s++) {
    const started = now();
    optimizer.zeroGrad();
    const logits = model.forward(new Tensor(x, [batch, 3, size, size]), true);
    loss.forward(logits, labels);
    model.backwardParameters(loss.backward());
    optimizer.step();
    times.push((now() - started) / 1000);
  }
  // The fastest step: the first one also pays for warming the engine and touching fresh memory.
  const secondsPerStep = Math.min(...times);
  return { size, batch, secondsPerStep, secondsPerEpoch: secondsPerStep * (CIFAR_TRAIN_IMAGES / batch) };
}

/** The whole panel: tables first (VGG16 is built once for them and then timed), then the 32×32 network. */
export function computeVggProfile(now: () => number): { tables: VggTable[]; speed: { at224: VggSpeed; at32: VggSpeed } } {
  const rng = new Rng(7);
  const model10 = vgg16({ numClasses: 10, rng });
  const tables = vggTables(model10, () => vgg16({ numClasses: 1000, rng }));
  // Small batches keep the measurement short (a step's time grows about linearly with the batch). At
  // 224 one step of one image: the summary's forward pass has already warmed the engine, and a step
  // takes a minute on a busy two-core computer.
  const at224 = timeTraining(model10, 224, 1, 1, now, rng);
  const at32 = timeTraining(vgg16BnCifar({ numClasses: 10, rng }), 32, 16, 2, now, rng);
  return { tables, speed: { at224, at32 } };
}
