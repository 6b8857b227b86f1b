// The ten CIFAR-10 classes in label order (the dataset's own names, as lab/ sends them in pictures);
// the screens word them in the learner's language.
export const CIFAR10_CLASS_KEYS = ['airplane', 'automobile', 'bird', 'cat', 'deer', 'dog', 'frog', 'horse', 'ship', 'truck'] as const;

/** Notebook 5's per-class accuracy of DemoConvNet on the 10,000 test images, in label order (mean 0.587). */
export const NOTEBOOK5_PER_CLASS: readonly number[] = [0.727, 0.63, 0.41, 0.428, 0.474, 0.461, 0.642, 0.68, 0.746, 0.671];
