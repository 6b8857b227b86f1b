// Lesson 8 (cat breeds, notebook 8): transfer learning on any photo folder. The notebook fine-tuned
// EfficientNet-B0; here the backbone is whichever classifier the learner picks from the model library
// (the screen names it), so the title does not promise one network.
import type { LessonDescriptor } from './lesson-descriptor';

export const catBreedsLesson: LessonDescriptor = {
  id: 'cat-breeds', number: 8, status: 'ready', dataset: 'none',
  title: { 'pt-BR': 'Raças de gatos: transferência de aprendizado', en: 'Cat breeds: transfer learning' },
  summary: {
    'pt-BR': 'Uma rede pré-treinada da biblioteca de modelos ganha uma nova última camada para as raças da sua pasta de fotos: arraste fotos de gatos e veja as classes e o Grad-CAM.',
    en: 'A pretrained network from the model library gets a new last layer for the breeds in your photo folder: drop cat photos in and see the top classes and Grad-CAM.',
  },
  trains: {
    'pt-BR': 'uma nova cabeça em airi sobre a rede da biblioteca (ONNX Runtime)',
    en: 'a new head in airi on the library network (ONNX Runtime)',
  },
};
