// The eight lessons of Airi Lab as the home screen and `lab lessons` list them. Texts are ours,
// written for this app after the public PT-BR notebook series it follows.
import type { LessonSummary } from '../../contract/lessons/catalog';
import { hyperparameterSpecOf } from '../../contract/lessons/trainable';

const LESSONS: Omit<LessonSummary, 'hyperparameters'>[] = [
  {
    id: 'sine', number: 1, status: 'ready',
    title: { 'pt-BR': 'Aproximando o seno', en: 'Approximating the sine' },
    summary: {
      'pt-BR': 'Uma rede neural é um aproximador de funções: veja uma pequena MLP aprender sin(x) a partir de pontos ruidosos.',
      en: 'A neural net is a function approximator: watch a tiny MLP learn sin(x) from noisy points.',
    },
    trains: { 'pt-BR': 'MLP 1→16→16→16→1 (593 parâmetros) no airi', en: '1→16→16→16→1 MLP (593 parameters) in airi' },
  },
  {
    id: 'softmax', number: 2, status: 'ready',
    title: { 'pt-BR': 'Classificador softmax', en: 'Softmax classifier' },
    summary: {
      'pt-BR': 'Um classificador linear no CIFAR-10 e os “templates” de classe que ele aprende.',
      en: 'A linear classifier on CIFAR-10 and the class templates it learns.',
    },
    trains: { 'pt-BR': 'Matriz 3072×10 no CIFAR-10', en: '3072×10 weight matrix on CIFAR-10' },
  },
  {
    id: 'two-layer', number: 3, status: 'ready',
    title: { 'pt-BR': 'Rede de duas camadas', en: 'Two-layer network' },
    summary: {
      'pt-BR': 'Uma camada oculta e uma não linearidade: mais neurônios, templates mais ricos.',
      en: 'One hidden layer and a non-linearity: more neurons, richer templates.',
    },
    trains: { 'pt-BR': 'MLP de duas camadas no CIFAR-10', en: 'Two-layer MLP on CIFAR-10' },
  },
  {
    id: 'airi', number: 4, status: 'coming',
    title: { 'pt-BR': 'airi, nosso motor', en: 'airi, our engine' },
    summary: {
      'pt-BR': 'Camadas, retropropagação e otimizadores (SGD, Momentum, RMSProp, Adam) comparados ao vivo.',
      en: 'Layers, backprop and optimizers (SGD, Momentum, RMSProp, Adam) compared live.',
    },
    trains: { 'pt-BR': 'Otimizadores lado a lado', en: 'Optimizers side by side' },
  },
  {
    id: 'convnet', number: 5, status: 'coming',
    title: { 'pt-BR': 'Rede convolucional no airi', en: 'A convnet in airi' },
    summary: {
      'pt-BR': 'Convoluções treinadas no airi, com seus filtros e mapas de ativação.',
      en: 'Convolutions trained in airi, with their filters and feature maps.',
    },
    trains: { 'pt-BR': 'DemoConvNet no CIFAR-10', en: 'DemoConvNet on CIFAR-10' },
  },
  {
    id: 'cnn', number: 6, status: 'coming',
    title: { 'pt-BR': 'Uma CNN maior e Grad-CAM', en: 'A larger CNN and Grad-CAM' },
    summary: {
      'pt-BR': 'Cerca de 80% no CIFAR-10 e mapas Grad-CAM que mostram onde a rede olha.',
      en: 'About 80% on CIFAR-10 and Grad-CAM maps that show where the net looks.',
    },
    trains: { 'pt-BR': 'BetterConvNet no CIFAR-10', en: 'BetterConvNet on CIFAR-10' },
  },
  {
    id: 'vgg16', number: 7, status: 'coming',
    title: { 'pt-BR': 'VGG16', en: 'VGG16' },
    summary: {
      'pt-BR': 'Uma rede profunda clássica, executada com o ONNX Runtime.',
      en: 'A classic deep network, run with ONNX Runtime.',
    },
    trains: { 'pt-BR': 'VGG16 via ONNX Runtime', en: 'VGG16 via ONNX Runtime' },
  },
  {
    id: 'cat-breeds', number: 8, status: 'coming',
    title: { 'pt-BR': 'Raças de gatos com EfficientNet', en: 'Cat breeds with EfficientNet' },
    summary: {
      'pt-BR': 'Transferência de aprendizado para 15 raças: arraste fotos de gatos e veja as classes e o Grad-CAM.',
      en: 'Transfer learning on 15 breeds: drop cat photos in and see the top classes and Grad-CAM.',
    },
    trains: { 'pt-BR': 'EfficientNet-B0 via ONNX Runtime', en: 'EfficientNet-B0 via ONNX Runtime' },
  },
];

export function listLessons(): LessonSummary[] {
  return LESSONS.map((lesson) => {
    const hyperparameters = hyperparameterSpecOf(lesson.id);
    return hyperparameters && lesson.status === 'ready' ? { ...lesson, hyperparameters } : { ...lesson };
  });
}
