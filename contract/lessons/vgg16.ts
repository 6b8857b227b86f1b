// Lesson 7 (VGG16, notebook 7): a classic deep network, run with ONNX Runtime.
import type { LessonDescriptor } from './lesson-descriptor';

export const vgg16Lesson: LessonDescriptor = {
  id: 'vgg16', number: 7, status: 'coming', dataset: 'none',
  title: { 'pt-BR': 'VGG16', en: 'VGG16' },
  summary: {
    'pt-BR': 'Uma rede profunda clássica, executada com o ONNX Runtime.',
    en: 'A classic deep network, run with ONNX Runtime.',
  },
  trains: { 'pt-BR': 'VGG16 via ONNX Runtime', en: 'VGG16 via ONNX Runtime' },
};
