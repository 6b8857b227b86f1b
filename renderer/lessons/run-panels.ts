// What a finished run's page (#/runs/<id>) shows of a lesson beyond its curves and numbers: the
// lesson's own pictures of that run (class templates, neuron grid...) and its results. One entry per
// lesson that has some; the run page renders the one registered for the run's lesson.
import type { Component } from 'svelte';
import type { LessonId } from '../../contract/lessons/catalog';
import type { RunDetail } from '../../contract/runs';
import SoftmaxRunPanel from './softmax/SoftmaxRunPanel.svelte';
import TwoLayerRunPanel from './two-layer/TwoLayerRunPanel.svelte';
import { ConvRunPanel } from './convnet';
import CatBreedsRunPanel from './cat-breeds/CatBreedsRunPanel.svelte';

export type RunPanel = Component<{ run: RunDetail }>;

const RUN_PANELS: Partial<Record<LessonId, RunPanel>> = {
  softmax: SoftmaxRunPanel,
  'two-layer': TwoLayerRunPanel,
  convnet: ConvRunPanel,
  cnn: ConvRunPanel,
  'cat-breeds': CatBreedsRunPanel,
};

export function runPanel(lessonId: LessonId): RunPanel | undefined {
  return RUN_PANELS[lessonId];
}
