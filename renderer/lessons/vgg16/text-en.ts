// Lesson 7 in English: VGG16 (configuration D), where its parameters are, why notebook 7's training
// from scratch at 224×224 was impractical, what the notebook really measured, and the 32×32 VGG-16
// a learner trains here.
import type { LessonText } from '../lesson-text';

export const vgg16TextEn: LessonText = {
  lead:
    'Notebook 7 told the story of the ImageNet networks (LeNet 1989; AlexNet 2012, top-5 error 15.3%; ZFNet 2013, 11.2%; GoogLeNet 2014, 6.67%; VGG 2014, 7.3%, "trained on 4 GPUs for 2–3 weeks") and built VGG16 by hand from the same pieces as airi. Here airi builds it too: below you see its layer table, where its parameters are, and what training it on this computer would cost, measured on this computer. Then you train a VGG-16 made for 32×32 images.',
  sections: [
    {
      id: 'network',
      heading: 'VGG16, configuration D',
      blocks: [
        { kind: 'formula', text: '[Conv 3×3 (pad 1) → ReLU] × (2, 2, 3, 3, 3) with 64, 128, 256, 512, 512 channels, MaxPool 2×2 after each block → Flatten (512·7·7 = 25,088) → Linear(25088→4096) → ReLU → Dropout → Linear(4096→4096) → ReLU → Dropout → Linear(4096→classes)' },
        {
          kind: 'paragraph',
          text: 'Only 3×3 convolutions, stacked: two of them see a 5×5 region, three see 7×7, with fewer weights and more ReLUs than one large filter. The convolutions do almost all the arithmetic, but the first fully connected layer alone holds 102,764,544 weights, three quarters of the network: the table below shows it.',
        },
      ],
    },
    {
      id: 'notebook',
      heading: 'What notebook 7 really measured',
      blocks: [
        {
          kind: 'list',
          items: [
            'It upsampled CIFAR-10 from 32×32 to 224×224 and trained from scratch with Adam 3·10⁻⁴, batch 64, on a Colab Tesla K80. After ONE epoch it printed loss 1.9267 and accuracy 0.4235; then the run was interrupted by hand (KeyboardInterrupt). The final accuracy is unknown.',
            'It says the model reaches 93.42% on CIFAR-10 and 74.4% (top-1) on ImageNet. Neither number was measured in the notebook. (torchvision lists 71.592% top-1 for its trained VGG16.)',
            'Its dropout was the functional form with training=True, so dropout stayed on during evaluation too: the 0.4235 was measured with half the neurons of the head switched off at random.',
            'It normalized with the mean (0.485, 0.485, 0.406), a typo for 0.456 in the green channel.',
          ],
        },
      ],
    },
    {
      id: 'small-vgg',
      heading: 'A VGG-16 you can train: 32×32 with batch norm',
      blocks: [
        {
          kind: 'paragraph',
          text: 'The same thirteen convolutions, each followed by batch normalization, applied to the 32×32 images as they are: five poolings leave 1×1×512, so the head is 512 → 512 → 512 → 10 and the network has 15.25 M parameters instead of 134 M, and about 50 times less arithmetic per image. It is still the slowest network in this app: the default is 2 epochs, and the lab shows the time left.',
        },
        {
          kind: 'paragraph',
          text: 'With torchvision\'s VGG16 trained on ImageNet imported (Models screen, "Import torchvision weights": vgg16-397923af.pth from a USB stick, a path, or torchvision\'s download), the panel "VGG16 trained on ImageNet" on this page classifies your own photos with it through ONNX Runtime, times it on each execution provider, and shows Grad-CAM at any of its thirteen convolutions, computed by airi\'s backward pass on the same weights.',
        },
      ],
    },
  ],
};
