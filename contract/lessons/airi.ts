// Lesson 4 (airi, notebook 4): the engine itself — layers, backprop and the optimizers compared live.
import type { LessonDescriptor } from './lesson-descriptor';

export const airiLesson: LessonDescriptor = {
  id: 'airi', number: 4, status: 'coming', dataset: 'none',
  title: { 'pt-BR': 'airi, nosso motor', en: 'airi, our engine' },
  summary: {
    'pt-BR': 'Camadas, retropropagação e otimizadores (SGD, Momentum, RMSProp, Adam) comparados ao vivo.',
    en: 'Layers, backprop and optimizers (SGD, Momentum, RMSProp, Adam) compared live.',
  },
  trains: { 'pt-BR': 'Otimizadores lado a lado', en: 'Optimizers side by side' },
};
