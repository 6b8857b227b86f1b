// The four CIFAR-10 networks of lessons 2, 3, 5 and 6, as the notebooks built them (PyTorch's layer
// order, so the state_dict names match a torch.nn.Sequential of the same layers).
import { BatchNorm2d, Conv2d, Flatten, Linear, MaxPool2d, ReLU, Sequential, type InitName, type Rng } from '../../../airi';

const INPUTS = 3 * 32 * 32;
const CLASSES = 10;

/** Notebook 2: scores = x·W with W 3072×10, no bias, W ~ N(0, 1e-4²) ("random", the one it used). 30,720 parameters. */
export function buildSoftmaxClassifier(rng: Rng): Sequential {
  return new Sequential(new Linear(INPUTS, CLASSES, { rng, bias: false, init: 'small-random' }));
}

/**
 * Notebook 3: Linear(3072→H) → ReLU → Linear(H→10). The notebook drew weights N(0, 1e-4²); with
 * 1000 hidden units that start is so small the second layer's gradient nearly vanishes, so the
 * default here is PyTorch's (the learner can still pick the notebook's).
 */
export function buildTwoLayerNet(hiddenSize: number, rng: Rng, init: InitName = 'pytorch-default'): Sequential {
  return new Sequential(
    new Linear(INPUTS, hiddenSize, { rng, init }),
    new ReLU(),
    new Linear(hiddenSize, CLASSES, { rng, init }),
  );
}

/** Notebook 5 (airi/model.py): DemoConvNet, 1,124,686 parameters, no pooling. */
export function buildDemoConvNet(rng: Rng): Sequential {
  return new Sequential(
    new Conv2d(3, 16, 5, { rng }),
    new ReLU(),
    new Conv2d(16, 16, 5, { rng }),
    new ReLU(),
    new Flatten(),
    new Linear(16 * 24 * 24, 120, { rng }),
    new ReLU(),
    new Linear(120, 84, { rng }),
    new ReLU(),
    new Linear(84, CLASSES, { rng }),
  );
}

/**
 * Notebook 6: BetterConvNet, conv → BatchNorm → pool → ReLU three times, then two Linear layers;
 * 2,152,706 parameters. The notebook's final Softmax is left out: CrossEntropyLoss takes logits.
 */
export function buildBetterConvNet(rng: Rng): Sequential {
  const block = (inChannels: number, outChannels: number) => [
    new Conv2d(inChannels, outChannels, 3, { rng, padding: 1 }),
    new BatchNorm2d(outChannels),
    new MaxPool2d(2),
    new ReLU(),
  ];
  return new Sequential(
    ...block(3, 32),
    ...block(32, 64),
    ...block(64, 128),
    new Flatten(),
    new Linear(128 * 4 * 4, 1000, { rng }),
    new ReLU(),
    new Linear(1000, CLASSES, { rng }),
  );
}
