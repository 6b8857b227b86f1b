// Lesson 2 in English: a linear softmax classifier on CIFAR-10, its class templates, and the notebook's
// results and slips (notebooks-spec.md sections 2 and 9).
import type { LessonText } from '../lesson-text';

export const softmaxTextEn: LessonText = {
  lead:
    'From curves to photos. A single matrix of weights learns to tell airplanes from frogs in 32×32 colour images, and because it is linear you can look inside it: each class turns out to be one blurry picture, its template.',
  sections: [
    {
      id: 'data',
      heading: 'Images as vectors',
      blocks: [
        {
          kind: 'paragraph',
          text: 'CIFAR-10 has 50,000 training and 10,000 test photos of 32×32 pixels in ten classes: airplane, automobile, bird, cat, deer, dog, frog, horse, ship and truck. A photo is 32·32·3 = 3072 numbers between 0 and 255. We lay them out in one long vector x, row by row, each pixel’s red, green and blue together, exactly as the notebook did.',
        },
        {
          kind: 'paragraph',
          text: 'Before training, we subtract the mean image (the average of all training photos at every pixel and colour) from every photo, train and test alike. The inputs are then centred on zero, which makes gradient descent far better behaved. The statistics come from the training photos only.',
        },
      ],
    },
    {
      id: 'model',
      heading: 'A score for each class',
      blocks: [
        { kind: 'paragraph', text: 'The classifier is one matrix W with 3072 rows and 10 columns, and no bias, as in the notebook: 30,720 numbers. The score of each class is a weighted sum of all the pixels:' },
        { kind: 'formula', text: 's = x · W        (1×3072 · 3072×10 = 1×10)' },
        { kind: 'paragraph', text: 'Softmax turns the ten scores into probabilities, and the loss is the negative log-probability of the right class (the cross-entropy):' },
        { kind: 'formula', text: 'p_k = e^{s_k} / Σ_j e^{s_j}        L = −ln p_y' },
        {
          kind: 'paragraph',
          text: 'Its gradient is strikingly simple: dL/ds = p − onehot(y), and by the chain rule dL/dW = xᵀ(p − onehot(y)). Every image pushes the weights of its own class toward itself and those of the classes it was mistaken for away from itself.',
        },
      ],
    },
    {
      id: 'templates',
      heading: 'Class templates',
      blocks: [
        {
          kind: 'paragraph',
          text: 'A column of W has one weight per pixel and colour, so it can be reshaped into a 32×32 colour image. The score s_k is the dot product of the photo with that image: the classifier compares every photo with one template per class. The notebook rescaled all ten templates with one global minimum and maximum, so they can be compared with each other; the lab draws them the same way, live while training.',
        },
        {
          kind: 'paragraph',
          text: 'What you should see after training: the ship and the airplane are blue blobs (sea and sky), the car is red and seen from the front, the horse has two heads because horses face both ways in the photos, the frog is a green-brown blob. One template per class cannot hold a car seen from the side and from the front at once: that limit motivates the next lesson.',
        },
      ],
    },
    {
      id: 'one-image',
      heading: 'One image, one step',
      blocks: [
        {
          kind: 'paragraph',
          text: 'The notebook’s centrepiece: take a random W, a single cat photo, and compute dW for it. Adding dW (gradient ascent, W + 1e-5·dW) makes the loss explode (the notebook printed 212) and the model becomes sure the cat is a dog, with p(cat) ≈ 1e-93: the cat template now holds an inverted copy of the cat. Subtracting it (descent, W − 1e-5·dW) prints the cat itself into the template, and the model is 100% sure it is a cat. Try it below with any training image.',
        },
        {
          kind: 'paragraph',
          text: 'Careful with signs: the notebook’s markdown writes the update as x += lr·dx, which is ascent. Gradient descent subtracts: W ← W − lr·dW.',
        },
      ],
    },
    {
      id: 'training',
      heading: 'Training: the notebook’s recipe and ours',
      blocks: [
        {
          kind: 'paragraph',
          text: 'The notebook trained with plain gradient descent on all 50,000 images at once: 500 steps, learning rate 2.5e-6, and an L2 penalty reg·ΣW² with reg = 1000 (2000·W in the gradient). It printed a loss of 2.68 at the start, 1.94 after 100 steps, 1.82 after 450, and a best accuracy of 0.3991 on the 10,000 test images.',
        },
        {
          kind: 'paragraph',
          text: 'Our default recipe takes mini-batches of 256 images with momentum 0.9, a cosine schedule and weight decay 500, for 6 epochs: about 0.41 in about ten seconds on two cores. Both buttons in the lab fill the form, so you can run each one and compare.',
        },
        {
          kind: 'list',
          items: [
            'Notebook per-class accuracy: plane 49.2%, car 46.9%, bird 20.0%, cat 21.5%, deer 27.9%, dog 34.6%, frog 54.5%, horse 38.6%, ship 55.8%, truck 49.9%.',
            'Bird and cat are hardest: their photos vary too much for one template. Ship and frog are easiest: their colours give them away.',
          ],
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
            'The “best” weights were kept by reference while W kept changing in place, so its per-class report and templates show the final W (39.89%), not the best one (39.91%). The lab stores the final weights and says so.',
            'What the notebook calls validation is the official test split: there is no separate held-out set. The lab calls it the test set.',
            'The markdown’s update rule has the sign of ascent (x += lr·dx); descent subtracts the gradient.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Forty percent is four times better than chance, but it is the ceiling of a linear model: a score that is a weighted sum of pixels cannot represent “a car, seen from either side”. The next lesson adds a hidden layer and a non-linearity.',
        },
      ],
    },
  ],
};
