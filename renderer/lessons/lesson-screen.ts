// What every lesson's screen component receives: its summary from the API (with the hyperparameter
// fields, since only ready lessons get a screen).
import type { Component } from 'svelte';
import type { LessonSummary } from '../../contract/lessons/catalog';

export interface LessonScreenProps {
  lesson: LessonSummary;
}

export type LessonScreen = Component<LessonScreenProps>;
