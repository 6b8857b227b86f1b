// How lesson 4 shows each optimizer of the race: its name (the same in both languages) and a colour
// from the Okabe-Ito palette, which stays distinguishable for colour-blind students.
import type { RaceOptimizerId } from '../../../airi/index';

export const OPTIMIZER_NAMES: Record<RaceOptimizerId, string> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  nesterov: 'Nesterov',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
  adamw: 'AdamW',
};

/** The notebook's climbing SGD (x += lr·dx): the app's danger red, drawn dashed. */
export const ASCENT_COLOUR = '#b42318';

export const OPTIMIZER_COLOURS: Record<RaceOptimizerId, string> = {
  sgd: '#D55E00',
  momentum: '#E69F00',
  nesterov: '#CC79A7',
  adagrad: '#009E73',
  rmsprop: '#56B4E9',
  adam: '#0072B2',
  adamw: '#1b2230',
};
