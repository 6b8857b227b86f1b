// Lesson 3 in English: a two-layer network on CIFAR-10 and its first-layer neurons, with what is
// known of notebook 3 (its HEAD is lost; notebooks-spec.md sections 3 and 9).
import type { LessonText } from '../lesson-text';

export const twoLayerTextEn: LessonText = {
  lead:
    'One template per class was the limit of lesson 2. Put a layer of hidden neurons between the pixels and the scores, add a non-linearity, and the network can keep many templates (a car from the front, a car from the side) and combine them.',
  sections: [
    {
      id: 'network',
      heading: 'Two layers',
      blocks: [
        { kind: 'paragraph', text: 'The input is the same as in lesson 2: a photo as 3072 numbers. The first layer computes H scores, one per hidden neuron; ReLU keeps the positive ones; the second layer mixes them into the ten class scores:' },
        { kind: 'formula', text: 'h = max(0, x·W₁ + b₁)        s = h·W₂ + b₂' },
        { kind: 'paragraph', text: 'With H = 1000 that is 3072·1000 + 1000 + 1000·10 + 10 = 3,083,010 parameters, a hundred times lesson 2’s. Without the ReLU the two layers would collapse into one matrix W₁W₂, and we would be back to one template per class.' },
      ],
    },
    {
      id: 'backprop',
      heading: 'Backpropagation through the hidden layer',
      blocks: [
        { kind: 'paragraph', text: 'The loss is the same cross-entropy. The chain rule now runs through two layers: the gradient at the scores, p − onehot(y), flows back through W₂, is masked by the ReLU (zero where the neuron was off), and reaches W₁:' },
        { kind: 'formula', text: 'dW₂ = hᵀ·dS    dh = dS·W₂ᵀ    dz = dh ⊙ [z > 0]    dW₁ = xᵀ·dz    db = Σ over the batch' },
        { kind: 'paragraph', text: 'That is exactly what the notebook wrote by hand in its forward and backward methods, and what airi’s Linear and ReLU layers do here.' },
      ],
    },
    {
      id: 'neurons',
      heading: 'What the neurons look for',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Each row of W₁ has one weight per pixel and colour, so, like lesson 2’s templates, it can be drawn as a 32×32 image. The notebook drew all of them in a grid, scaling each tile on its own (its own minimum and maximum), so that weak neurons stay visible. The lab draws the grid live while the network trains and shows all the neurons of a finished run from its saved weights.',
        },
        {
          kind: 'paragraph',
          text: 'Look for colour blobs, horizons (sky above, ground below), faint car and horse shapes facing different ways, and many noisy tiles: neurons that found nothing consistent. More neurons mean more templates, but each is still a whole-image pattern; the convolutions of lesson 5 will share small patterns across the image instead.',
        },
      ],
    },
    {
      id: 'training',
      heading: 'Training and what the notebook reached',
      blocks: [
        {
          kind: 'paragraph',
          text: 'The last surviving version of notebook 3 used 100 hidden neurons, weights drawn from N(0, 1e-4²), plain SGD with learning rate 1e-3 on batches of 256 drawn with replacement, 1000 steps (about 5 passes over the data). Its test accuracy climbed from 0.12 to 0.48 (0.4801 at step 900). The final version is lost; its README says 1000 neurons and “nearly 50%”, and notebook 5’s comparison table gives a mean per-class accuracy of 0.4998.',
        },
        {
          kind: 'paragraph',
          text: 'Our defaults: 1000 hidden neurons, inputs normalized per channel, PyTorch’s weight initialization, SGD with Nesterov momentum 0.9, learning rate 0.01 under a cosine schedule, weight decay 5e-4, 6 epochs of batch 256: about 0.53 in a little over a minute on two cores. Change the hidden size from 10 to 1000 and watch what changes in the accuracy and in the grid.',
        },
      ],
    },
    {
      id: 'notebook-bugs',
      heading: 'What the notebook got wrong',
      blocks: [
        {
          kind: 'list',
          items: [
            'Its regularization was half there: the gradient added 2·reg·W (reg = 0.15) to both weight matrices, but the printed loss was computed with reg = 0, so the loss it showed was not the one it minimized.',
            'Batches were drawn with replacement, so some images were seen twice in an epoch and others not at all; the lab shuffles every epoch.',
            'With 1000 neurons and weights of size 1e-4 on raw pixels, the second layer’s gradient almost vanishes at the start; that is why the lab normalizes the inputs and uses PyTorch’s initialization.',
            'As in every notebook of the series, “validation” is the official test split.',
          ],
        },
      ],
    },
  ],
};
