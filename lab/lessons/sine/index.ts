// Lesson 1 in the lab: the sine MLP trained on the readable reference backend (its 16-wide
// matrices are faster without the copies into WASM memory).
import { sineLesson } from '../../../contract/lessons/sine';
import { defineLabLesson } from '../lesson-trainer';
import { trainSine } from './train-sine';

export const sine = defineLabLesson({ descriptor: sineLesson, engine: 'reference', train: trainSine });
