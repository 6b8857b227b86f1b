// Lesson 6 in English: a larger CNN (BetterConvNet, ~80% on CIFAR-10), Grad-CAM computed by airi's
// own backward pass, and the notebook's four bugs as part of the lesson.
import type { LessonText } from '../lesson-text';

export const cnnTextEn: LessonText = {
  lead:
    'Notebook 6 rebuilt the convnet in PyTorch and then made it better with two "black-box" modules, batch normalization and max pooling, reaching about 80% on CIFAR-10. Then it asked where the network looks. Here you train the same BetterConvNet in airi and answer that question with Grad-CAM, computed by airi\'s own backward pass.',
  sections: [
    {
      id: 'network',
      heading: 'BetterConvNet',
      blocks: [
        { kind: 'formula', text: '3 × [Conv 3×3 (pad 1) → BatchNorm2d → MaxPool2d(2) → ReLU]   (32, 64, 128 channels) → Flatten → Linear(2048→1000) → ReLU → Linear(1000→10)' },
        {
          kind: 'paragraph',
          text: 'Each block halves the image, 32 → 16 → 8 → 4, while the channels double, so deeper layers see larger regions with more kinds of patterns. Batch normalization rescales each channel to a steady range during training, which lets the network learn with larger steps. 2,152,706 parameters.',
        },
        {
          kind: 'paragraph',
          text: 'The notebook trained 50 epochs of Adam at 3·10⁻⁴ on a GPU and reported 0.7991. The defaults here add random crops and flips, SGD with Nesterov momentum under a one-cycle schedule, weight decay and label smoothing, and reach 0.80 in about 12 epochs on two CPU cores.',
        },
      ],
    },
    {
      id: 'grad-cam',
      heading: 'Grad-CAM: where is the evidence?',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Take the feature maps A_k of a convolution block and the score y_c of a class c. The gradient ∂y_c/∂A_k says how much the score would rise if channel k fired more at each position. Its average over the positions is the weight of channel k for that class; the map is the weighted sum of the channels, keeping only the positive part:',
        },
        { kind: 'formula', text: 'α_k = (1/Z) Σ_i Σ_j ∂y_c / ∂A_k[i, j]        L_c = ReLU( Σ_k α_k · A_k )' },
        {
          kind: 'paragraph',
          text: 'The map has the block\'s resolution (16×16, 8×8 or 4×4 here), so it is stretched over the image and scaled from 0 to 1. Red means most evidence. The class score, the weights α_k and the small map are one click away under each picture: the picture is only a drawing of those numbers.',
        },
        {
          kind: 'paragraph',
          text: 'Try the top 3 classes of an image: the evidence for "cat" and for "dog" often sits on different parts of the same animal. Compare the blocks: the first block\'s maps follow edges, the last one\'s cover whole objects but only coarsely.',
        },
        {
          kind: 'paragraph',
          text: 'Grad-CAM++ weights each position by a formula that favours the positive gradients, so several separate objects of a class all show up. Eigen-CAM uses no gradient and no class at all: it projects the activations on their first principal component, the direction along which the positions differ most. When the three methods agree, the picture is more trustworthy.',
        },
        {
          kind: 'paragraph',
          text: 'The film strip shows the same test images at the end of each epoch: at first the heat is spread or on the background, later it settles on the object.',
        },
      ],
    },
    {
      id: 'bugs',
      heading: 'Four bugs in the notebook, and what they teach',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Double softmax. The notebook\'s models end in a Softmax and are trained with CrossEntropyLoss, which applies softmax again. The loss then cannot fall below ln(1 + 9/e) ≈ 1.461 even for a perfect prediction: the largest "logit" a probability can give is 1, against 0 for the other nine classes. That is why the notebook\'s losses stayed near 1.5 at 80% accuracy. Switch on "double softmax" in the lab to see the floor, and how much slower it learns.',
        },
        { kind: 'formula', text: 'min loss = −ln( e¹ / (e¹ + 9 · e⁰) ) = ln(1 + 9/e) ≈ 1.461' },
        {
          kind: 'paragraph',
          text: 'A typo in the mean. The notebook normalized with mean (0.485, 0.485, 0.406): the second value should be 0.456. The green channel is shifted a little; the network adapts, so the damage is small, but a model trained this way gets slightly wrong inputs from any code that uses the right numbers.',
        },
        {
          kind: 'paragraph',
          text: 'Model selection on the test set. The notebook kept the epoch with the best accuracy on the 10,000 test images, so its 0.7991 is an optimistic number: the test set helped choose the model. This app reports the last epoch\'s accuracy, with nothing chosen by looking at the test set.',
        },
        {
          kind: 'paragraph',
          text: 'Inverted colours. OpenCV\'s colour maps return BGR; the notebook inverted the heatmap to make red look like "high" again after the channel swap. Here the colour map is applied in RGB: red is high, with no inversion.',
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
            'Drop a photo and look at its Grad-CAM for the predicted class and for one you pick. Does the network look at the animal or at the background?',
            'Find a misclassified image in the gallery and compare the maps of its true and predicted classes.',
            'Train with double softmax on and compare both runs\' loss curves in Runs.',
          ],
        },
      ],
    },
  ],
};
