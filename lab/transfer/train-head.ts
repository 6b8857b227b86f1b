// Lesson 8's fast mode, the part that learns: a new classifier head (one Linear layer, softmax
// regression) trained in airi on features a frozen backbone computed once per photo. Features are
// standardized with the training split's mean and std (stored with the head, so a photo dropped later
// gets the same treatment); the epoch kept is the one with the best validation accuracy, and the test
// split is scored once, with that head: the notebook picked its epoch on test, which flatters the result.
import { Adam, CrossEntropyLoss, Linear, Rng, Tensor, type Parameter } from '../../airi';

export interface FeatureSplit {
  /** rows × dim, row-major. */
  features: Float32Array;
  labels: Int32Array;
}

export interface HeadOptions {
  classes: number;
  epochs: number;
  learningRate: number;
  weightDecay: number;
  batchSize: number;
  seed: number;
  /** Checked between batches; a stopped run keeps the best head so far. */
  shouldStop?: () => boolean;
  onEpoch?: (epoch: number, metrics: { loss: number; trainAccuracy: number; validationAccuracy: number }) => void;
}

export interface TrainedHead {
  weight: Float32Array;
  bias: Float32Array;
  mean: Float32Array;
  std: Float32Array;
  bestEpoch: number;
  validationAccuracy: number;
  testAccuracy: number;
  /** Test predictions, in the test split's order. */
  testPredictions: Int32Array;
  epochsDone: number;
}

function standardizer(train: FeatureSplit, dim: number): { mean: Float32Array; std: Float32Array } {
  const rows = train.labels.length;
  const mean = new Float32Array(dim);
  const std = new Float32Array(dim);
  for (let r = 0; r < rows; r++) for (let d = 0; d < dim; d++) mean[d] += train.features[r * dim + d] / rows;
  for (let r = 0; r < rows; r++) for (let d = 0; d < dim; d++) std[d] += (train.features[r * dim + d] - mean[d]) ** 2 / rows;
  for (let d = 0; d < dim; d++) std[d] = Math.sqrt(std[d]) + 1e-6;
  return { mean, std };
}

function standardize(split: FeatureSplit, dim: number, mean: Float32Array, std: Float32Array): Float32Array {
  const out = new Float32Array(split.features.length);
  for (let i = 0; i < out.length; i++) out[i] = (split.features[i] - mean[i % dim]) / std[i % dim];
  return out;
}

function predict(head: Linear, x: Float32Array, rows: number, dim: number): Int32Array {
  const scores = head.forward(new Tensor(x, [rows, dim]), false);
  const classes = scores.shape[1];
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (scores.data[r * classes + c] > scores.data[r * classes + best]) best = c;
    out[r] = best;
  }
  return out;
}

const accuracyOf = (predicted: Int32Array, labels: Int32Array) =>
  labels.length === 0 ? 0 : predicted.reduce((n, p, i) => n + (p === labels[i] ? 1 : 0), 0) / labels.length;

export function trainHead(train: FeatureSplit, validation: FeatureSplit, test: FeatureSplit, options: HeadOptions): TrainedHead {
  const rows = train.labels.length;
  if (rows === 0) throw new Error('the training split has no photos');
  const dim = train.features.length / rows;
  const { mean, std } = standardizer(train, dim);
  const [x, xVal, xTest] = [train, validation, test].map((s) => standardize(s, dim, mean, std));
  const rng = new Rng(options.seed);
  const head = new Linear(dim, options.classes, { rng });
  const parameters: Parameter[] = head.parameters();
  const optimizer = new Adam(parameters, { lr: options.learningRate, weightDecay: options.weightDecay });
  const loss = new CrossEntropyLoss();
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  let best = { epoch: 0, accuracy: -1, weight: head.weight.value.data.slice(), bias: (head.bias?.value.data ?? new Float32Array()).slice() };
  let epochsDone = 0;

  for (let epoch = 1; epoch <= options.epochs && !options.shouldStop?.(); epoch++) {
    for (let i = rows - 1; i > 0; i--) {
      const j = Math.floor(rng.uniform() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let lossSum = 0;
    let batches = 0;
    for (let start = 0; start < rows; start += options.batchSize) {
      const size = Math.min(options.batchSize, rows - start);
      const batch = new Float32Array(size * dim);
      const labels = new Int32Array(size);
      for (let b = 0; b < size; b++) {
        batch.set(x.subarray(order[start + b] * dim, (order[start + b] + 1) * dim), b * dim);
        labels[b] = train.labels[order[start + b]];
      }
      optimizer.zeroGrad();
      lossSum += loss.forward(head.forward(new Tensor(batch, [size, dim]), true), labels);
      head.backward(loss.backward());
      optimizer.step();
      batches++;
    }
    epochsDone = epoch;
    const validationAccuracy = accuracyOf(predict(head, xVal, validation.labels.length, dim), validation.labels);
    const trainAccuracy = accuracyOf(predict(head, x, rows, dim), train.labels);
    options.onEpoch?.(epoch, { loss: lossSum / batches, trainAccuracy, validationAccuracy });
    // Ties go to the later epoch, which has seen more of the data.
    if (validationAccuracy >= best.accuracy) {
      best = { epoch, accuracy: validationAccuracy, weight: head.weight.value.data.slice(), bias: (head.bias?.value.data ?? new Float32Array()).slice() };
    }
  }
  head.weight.value.data.set(best.weight);
  head.bias?.value.data.set(best.bias);
  const testPredictions = predict(head, xTest, test.labels.length, dim);
  return {
    weight: best.weight, bias: best.bias, mean, std, bestEpoch: best.epoch, validationAccuracy: Math.max(0, best.accuracy),
    testAccuracy: accuracyOf(testPredictions, test.labels), testPredictions, epochsDone,
  };
}
