// Refusals of a call before anything runs, as codes the UI words in the learner's language: a
// hyperparameter the form should not have let through (an old tab, a script), a training the
// machine has no room for, a data path a classroom student may not give.
import type { FieldError } from './hyperparameters';

export interface InputErrorParams {
  'hyperparameters-not-object': Record<string, never>;
  'hyperparameter-missing': { key: string };
  'hyperparameter-unknown': { key: string };
  'hyperparameter-not-number': { key: string };
  'hyperparameter-not-whole': { key: string };
  'hyperparameter-out-of-range': { key: string; min: number; max: number };
  'hyperparameter-not-choice': { key: string; options: string };
  'lesson-takes-no-data': { lessonId: string };
  'data-path-invalid': Record<string, never>;
  'trainer-busy': { running: number };
  'classroom-no-data-path': Record<string, never>;
  'classroom-teacher-only': Record<string, never>;
}

type Texts<P> = { [C in keyof P]: (params: P[C]) => string };

export const ENGLISH_INPUT_ERRORS: Texts<InputErrorParams> = {
  'hyperparameters-not-object': () => 'hyperparameters must be an object',
  'hyperparameter-missing': (p) => `${p.key} is missing`,
  'hyperparameter-unknown': (p) => `${p.key} is not a hyperparameter of this lesson`,
  'hyperparameter-not-number': (p) => `${p.key} must be a finite number`,
  'hyperparameter-not-whole': (p) => `${p.key} must be a whole number`,
  'hyperparameter-out-of-range': (p) => `${p.key} must be between ${p.min} and ${p.max}`,
  'hyperparameter-not-choice': (p) => `${p.key} must be one of ${p.options}`,
  'lesson-takes-no-data': (p) => `lesson ${p.lessonId} takes no dataset`,
  'data-path-invalid': () => 'data must be the path of a CIFAR-10 archive or folder',
  'trainer-busy': (p) => `${p.running} training${p.running > 1 ? 's are' : ' is'} already running on this computer and the line of waiting ones is full; wait for one to finish or stop one`,
  'classroom-no-data-path': () => 'in classroom mode the dataset is chosen on the teacher\'s computer; start without a data path',
  'classroom-teacher-only': () => 'in classroom mode the model library is managed on the teacher\'s computer; students classify with its models',
};

type InputErrorInfo = { [C in keyof InputErrorParams]: { code: C; params: InputErrorParams[C] } }[keyof InputErrorParams];

/** One refused hyperparameter as a code and its parameters. */
export function fieldErrorInfo(error: FieldError): InputErrorInfo {
  const { key, problem } = error;
  switch (problem.code) {
    case 'not-an-object': return { code: 'hyperparameters-not-object', params: {} };
    case 'missing': return { code: 'hyperparameter-missing', params: { key } };
    case 'unknown-key': return { code: 'hyperparameter-unknown', params: { key } };
    case 'not-a-number': return { code: 'hyperparameter-not-number', params: { key } };
    case 'not-whole': return { code: 'hyperparameter-not-whole', params: { key } };
    case 'out-of-range': return { code: 'hyperparameter-out-of-range', params: { key, min: problem.min, max: problem.max } };
    case 'not-a-choice': return { code: 'hyperparameter-not-choice', params: { key, options: problem.options.join(', ') } };
  }
}
