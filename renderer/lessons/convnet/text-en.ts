// Lesson 5 in English: a convolutional network trained in airi, and what it learned (filters,
// feature maps, the confusion matrix and its gallery of mistakes).
import type { LessonText } from '../lesson-text';

export const convnetTextEn: LessonText = {
  lead:
    'Lessons 2 and 3 learned whole-image templates: one blurry "average horse" per class. A convolutional network learns small patterns instead, edges, colour blobs, corners, and finds them anywhere in the picture. Here you train notebook 5\'s DemoConvNet in airi and then look inside it.',
  sections: [
    {
      id: 'convolution',
      heading: 'A filter slides over the image',
      blocks: [
        {
          kind: 'paragraph',
          text: 'A convolution layer holds a few small filters, here 5×5 pixels over the 3 colour channels. Each filter slides over the image; at every position it multiplies its 75 weights with the 75 pixel values under it and adds them up. The result is a feature map: a new image that is bright where the pattern of the filter is present.',
        },
        { kind: 'formula', text: 'y[o, i, j] = b[o] + Σ_c Σ_u Σ_v W[o, c, u, v] · x[c, i + u, j + v]' },
        {
          kind: 'paragraph',
          text: 'Because the same 75 weights are used at every position, a filter that detects a wheel detects it in any corner. That sharing is what makes a convolution so much cheaper than a dense layer over the whole image.',
        },
      ],
    },
    {
      id: 'network',
      heading: 'DemoConvNet',
      blocks: [
        {
          kind: 'paragraph',
          text: 'The notebook\'s network has two convolutions of 16 filters each, without padding or pooling, so a 32×32 image becomes 28×28 and then 24×24 maps. The 16 maps of 24×24 are flattened into 9,216 numbers and go through three dense layers to the 10 class scores.',
        },
        { kind: 'formula', text: 'Conv(3→16, 5×5) → ReLU → Conv(16→16, 5×5) → ReLU → Flatten → Linear(9216→120) → ReLU → Linear(120→84) → ReLU → Linear(84→10)' },
        {
          kind: 'paragraph',
          text: 'It has 1,124,686 parameters, and almost all of them (1,106,040) are in the first dense layer: the convolutions themselves hold only 1,216 + 6,416 weights. The notebook reached 58.7% (the mean of its per-class accuracies); with the defaults here (normalized inputs, AdamW and a one-cycle schedule) airi reaches about 60% or more in a few minutes.',
        },
      ],
    },
    {
      id: 'inside',
      heading: 'Looking inside',
      blocks: [
        {
          kind: 'paragraph',
          text: 'The first layer\'s 16 filters can be drawn directly as tiny 5×5 colour pictures, each scaled by its own minimum and maximum as the notebook did. Watch them while training: they start as noise and turn into edges at different angles and into colour detectors (green for grass, blue for sky).',
        },
        {
          kind: 'paragraph',
          text: 'The feature maps show what each filter responds to in one image, before the ReLU, with white for high activation. Pick a test image, or drop a photo of your own: it is resized to 32×32, the size the network knows, and shown next to the original.',
        },
      ],
    },
    {
      id: 'mistakes',
      heading: 'Where it goes wrong',
      blocks: [
        {
          kind: 'paragraph',
          text: 'An accuracy of 60% hides which mistakes the network makes. The confusion matrix counts, over the 10,000 test images, how often each true class (row) was predicted as each class (column). The diagonal holds the right answers. Click any cell to see its images, most confident first: cats taken for dogs, trucks for cars, birds for planes. Many mistakes are understandable at 32×32 pixels.',
        },
        {
          kind: 'paragraph',
          text: 'The notebook compared its per-class accuracies with the softmax classifier and the two-layer net: cat 0.428, bird 0.41, dog 0.461, deer 0.474 were the hard classes; ship 0.746, plane 0.727 and horse 0.68 the easy ones. Compare them with your run in the per-class table.',
        },
      ],
    },
    {
      id: 'try',
      heading: 'What to try',
      blocks: [
        {
          kind: 'list',
          items: [
            'Train with augmentation off, then on: the filters look similar, but does the test accuracy?',
            'Set the preprocessing to the notebook\'s mean image and the optimizer to Adam with 1e-4: how close do you get to 58.7%?',
            'Find the cell of the confusion matrix with the most mistakes. Are the images in its gallery hard even for you?',
            'Drop a photo of your cat. What does a network trained on 32×32 pictures make of it?',
          ],
        },
      ],
    },
  ],
};
