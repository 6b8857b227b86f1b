// Lesson 8 (cat breeds, notebook 8): EfficientNet-B0 transfer learning, with photo drop and Grad-CAM.
import type { LessonDescriptor } from './lesson-descriptor';

export const catBreedsLesson: LessonDescriptor = {
  id: 'cat-breeds', number: 8, status: 'ready', dataset: 'none',
  title: { 'pt-BR': 'Raças de gatos com EfficientNet', en: 'Cat breeds with EfficientNet' },
  summary: {
    'pt-BR': 'Transferência de aprendizado para 15 raças: arraste fotos de gatos e veja as classes e o Grad-CAM.',
    en: 'Transfer learning on 15 breeds: drop cat photos in and see the top classes and Grad-CAM.',
  },
  trains: { 'pt-BR': 'EfficientNet-B0 via ONNX Runtime', en: 'EfficientNet-B0 via ONNX Runtime' },
};
