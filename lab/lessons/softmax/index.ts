// Lesson 2's training: notebook 2's linear softmax classifier (3072×10, no bias) on mean-image
// subtracted pixels in the notebook's HWC order, so the weights reshape into its class templates.
import { softmaxLesson } from '../../../contract/lessons/softmax';
import { defineLabLesson } from '../lesson-trainer';
import { buildSoftmaxClassifier } from '../cifar/cifar-models';
import { lessonDataset } from '../cifar/cifar-data';
import { trainClassifier } from '../cifar/train-classifier';
import { pictureHooks } from '../pictures/picture-hooks';
import { classTemplates } from '../pictures/weight-pictures';

export const softmax = defineLabLesson({
  descriptor: softmaxLesson,
  engine: 'wasm-simd',
  train: (hyperparameters, context) => {
    const data = lessonDataset(context);
    return trainClassifier(
      {
        lessonId: 'softmax', architecture: 'Linear(3072→10, no bias)', hyperparameters, build: buildSoftmaxClassifier, layout: 'nhwc',
        // The class templates, live and at every epoch's end (the film strip).
        hooks: pictureHooks({ live: (tensors) => classTemplates(tensors, data.classes), film: true }, context),
      },
      data,
      context,
    );
  },
});
