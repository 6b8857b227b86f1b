// Lesson 8's full fine-tuning in airi, as the notebook did it: torchvision's EfficientNet-B0 with its
// imported ImageNet weights, a new N-class classifier.1, trained on the photo folder at 224 with
// augmentation. By default the last stages train (features.6 to 8 and the new head) and the earlier
// ones stay frozen, running forward only: on a 2-core machine the early high-resolution stages cost
// most of a backward pass (measured on the 2-core lab machine at 224, batch 4: the whole network ~1.0 s
// per image forward and backward, the last stages ~0.45 s with the frozen front's forward), and with a
// few dozen photos per class their edge and texture filters have little to gain. trainFrom 0 trains every layer (the notebook's way). Frozen
// layers run in evaluation mode (batch norm keeps ImageNet's statistics). The epoch kept is the one with
// the best validation accuracy; the test split is scored once, at the end.
import { Adam, CrossEntropyLoss, Dropout, Linear, namedBuffers, Rng, Sequential, Tensor, type Parameter } from '../../airi';
import { augmented, centred, type SquarePhoto } from './finetune-photos';

export interface FineTuneOptions {
  classes: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  weightDecay: number;
  seed: number;
  /** Input side (224 as the weights were trained; tests use less). */
  size: number;
  /** The first features.N stage that trains; 0 = every layer. */
  trainFrom: number;
  shouldStop?: () => boolean;
  onBatch?: (done: number, total: number, loss: number) => void;
  onEpoch?: (epoch: number, metrics: { loss: number; trainAccuracy: number; validationAccuracy: number }) => void;
}

export interface FineTuned {
  bestEpoch: number;
  validationAccuracy: number;
  testAccuracy: number;
  testPredictions: Int32Array;
  testLabels: Int32Array;
  epochsDone: number;
}

export interface SplitNet {
  /** The whole network, torchvision's names: what is saved and exported. */
  net: Sequential;
  /** features.0 .. features.(trainFrom − 1): forward only, in evaluation mode. */
  front: Sequential | null;
  /** The rest, through the new classifier: trained. */
  back: Sequential;
}

/**
 * `imported`: torchvision's EfficientNet-B0 with its weights. Returns it with a new classifier.1 for
 * `classes` (drawn from `rng`), split where training starts. The layers are the same objects.
 */
export function withNewHead(imported: Sequential, classes: number, trainFrom: number, rng: Rng): SplitNet {
  const parts = new Map(imported.namedChildren());
  const features = parts.get('features');
  const avgpool = parts.get('avgpool');
  const flatten = parts.get('flatten');
  if (!(features instanceof Sequential) || !avgpool || !flatten) throw new Error('not torchvision\'s EfficientNet-B0 layout (features, avgpool, classifier)');
  const head = new Linear(1280, classes, { rng });
  const classifier = new Sequential(new Dropout(0.2, { rng }), head);
  const net = Sequential.named({ features, avgpool, flatten, classifier });
  const stages = features.modules;
  if (!Number.isInteger(trainFrom) || trainFrom < 0 || trainFrom >= stages.length) throw new Error(`trainFrom must be a stage from 0 to ${stages.length - 1}`);
  const front = trainFrom > 0 ? new Sequential(...stages.slice(0, trainFrom)) : null;
  const back = new Sequential(...stages.slice(trainFrom), avgpool, flatten, classifier);
  return { net, front, back };
}

function argmaxRows(scores: Tensor): Int32Array {
  const [rows, classes] = scores.shape;
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (scores.data[r * classes + c] > scores.data[r * classes + best]) best = c;
    out[r] = best;
  }
  return out;
}

/** Evaluation-mode predictions on centre crops, in batches. */
export function predict(split: SplitNet, photos: SquarePhoto[], side: number, size: number, batchSize: number): Int32Array {
  const out = new Int32Array(photos.length);
  for (let start = 0; start < photos.length; start += batchSize) {
    const batch = photos.slice(start, start + batchSize);
    const x = new Float32Array(batch.length * 3 * size * size);
    batch.forEach((p, i) => centred(p, side, size, x, i));
    out.set(argmaxRows(split.net.forward(new Tensor(x, [batch.length, 3, size, size]), false)), start);
  }
  return out;
}

const accuracyOf = (predicted: Int32Array, photos: SquarePhoto[]) =>
  photos.length === 0 ? 0 : predicted.reduce((n, p, i) => n + (p === photos[i].label ? 1 : 0), 0) / photos.length;

export function fineTune(split: SplitNet, data: { side: number; train: SquarePhoto[]; validation: SquarePhoto[]; test: SquarePhoto[] }, o: FineTuneOptions): FineTuned {
  const { side, train, validation, test } = data;
  if (train.length === 0) throw new Error('the training split has no photos');
  const rng = new Rng(o.seed);
  const parameters: Parameter[] = split.back.parameters();
  const optimizer = new Adam(parameters, { lr: o.learningRate, weightDecay: o.weightDecay });
  const loss = new CrossEntropyLoss();
  const trainable = parameters.map((p) => p.value);
  const snapshot = () => trainable.map((t) => t.data.slice());
  // Batch norm's running statistics of the trained part change too: kept with the best epoch.
  const buffers = namedBuffers(split.back).map((b) => b.value);
  const snapshotBuffers = () => buffers.map((t) => t.data.slice());
  let best = { epoch: 0, accuracy: -1, values: snapshot(), buffers: snapshotBuffers() };
  const batches = Math.ceil(train.length / o.batchSize);
  const total = batches * o.epochs;
  let done = 0;
  let epochsDone = 0;
  const order = Int32Array.from(train.keys());
  for (let epoch = 1; epoch <= o.epochs && !o.shouldStop?.(); epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng.uniform() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let lossSum = 0;
    let right = 0;
    for (let b = 0; b < batches && !o.shouldStop?.(); b++) {
      const members = Array.from(order.subarray(b * o.batchSize, (b + 1) * o.batchSize), (i) => train[i]);
      const x = new Float32Array(members.length * 3 * o.size * o.size);
      members.forEach((p, i) => augmented(p, side, o.size, rng, x, i));
      let input = new Tensor(x, [members.length, 3, o.size, o.size]);
      if (split.front) input = split.front.forward(input, false);
      optimizer.zeroGrad();
      const scores = split.back.forward(input, true);
      const batchLoss = loss.forward(scores, Int32Array.from(members, (p) => p.label));
      argmaxRows(scores).forEach((k, i) => (right += k === members[i].label ? 1 : 0));
      split.back.backward(loss.backward());
      optimizer.step();
      lossSum += batchLoss;
      o.onBatch?.(++done, total, batchLoss);
    }
    epochsDone = epoch;
    const validationAccuracy = accuracyOf(predict(split, validation, side, o.size, o.batchSize), validation);
    // On the epoch's own augmented batches, as they trained: scoring the training split again would
    // cost as much as a third of the epoch at 224 on 2 cores.
    const trainAccuracy = right / train.length;
    o.onEpoch?.(epoch, { loss: lossSum / batches, trainAccuracy, validationAccuracy });
    if (validationAccuracy >= best.accuracy) best = { epoch, accuracy: validationAccuracy, values: snapshot(), buffers: snapshotBuffers() };
  }
  trainable.forEach((t, i) => t.data.set(best.values[i]));
  buffers.forEach((t, i) => t.data.set(best.buffers[i]));
  const testPredictions = predict(split, test, side, o.size, o.batchSize);
  return {
    bestEpoch: best.epoch, validationAccuracy: Math.max(0, best.accuracy), testAccuracy: accuracyOf(testPredictions, test),
    testPredictions, testLabels: Int32Array.from(test, (p) => p.label), epochsDone,
  };
}
