// Errors a learner reads in the UI, in the UI's language: lab/ reports a code and its parameters,
// the renderer words them (renderer/i18n), and englishLabError keeps one English wording for the
// CLI, logs and the stored run record. A detail (a file name, a decoder's message) stays as it came.
import { ENGLISH_MODEL_ERRORS, type ModelErrorParams } from './models/model-errors';
import { ENGLISH_PHOTO_ERRORS, type PhotoErrorParams } from './photo-errors';
import { ENGLISH_INPUT_ERRORS, type InputErrorParams } from './input-errors';
import { ENGLISH_WEIGHTS_ERRORS, type WeightsErrorParams } from './weights-errors';
import { ENGLISH_TRANSFER_ERRORS, type TransferErrorParams } from './transfer/transfer-errors';
import { ENGLISH_CONTINUE_ERRORS, type ContinueErrorParams } from './continue-errors';

export interface LabErrorParams extends PhotoErrorParams, ModelErrorParams, WeightsErrorParams, InputErrorParams, TransferErrorParams,
  ContinueErrorParams {
  'loss-not-finite': { value: string; step: number; epoch: number };
  'dataset-not-imported': Record<string, never>;
  'dataset-unreadable': { detail: string };
  'dataset-empty': { split: 'train' | 'test' };
  'lesson-not-trainable': { lessonId: string };
  'worker-crashed': { detail: string };
  'worker-exited': { exitCode: number };
  'run-interrupted': Record<string, never>;
  'run-not-found': { runId: string };
  'run-still-running': Record<string, never>;
  'dataset-import-failed': { source: string; member: string | null; reason: string };
  'dataset-import-busy': { source: string };
  'dataset-paths-refused': Record<string, never>;
  'file-dialog-unavailable': Record<string, never>;
  'run-has-no-weights': { runId: string };
  'pictures-unavailable': { detail: string };
  'store-unavailable': { detail: string };
  'run-damaged': { fields: string };
  'teacher-only': Record<string, never>;
  'run-too-big': { neededMegabytes: number; availableMegabytes: number };
  'not-your-run': { trainedBy: string };
  // Issue 11 (runs): a --data path that is not there, and run bundles that cannot be imported.
  'dataset-not-found': { path: string };
  'bundle-unreadable': { file: string; detail: string };
  'bundle-too-large': { file: string; limitMegabytes: number };
  'bundle-unsafe-entry': { file: string; entry: string };
  'bundle-unknown-lesson': { file: string; lessonId: string };
  'rerun-unsupported': { lessonId: string };
  'onnx-export-unsupported': { lessonId: string };
}

export type LabErrorCode = keyof LabErrorParams;

export type LabErrorInfo = { [C in LabErrorCode]: { code: C; params: LabErrorParams[C] } }[LabErrorCode];

/** Words each code for a language: the renderer's dictionaries implement one per locale. */
export type LabErrorTexts = { [C in LabErrorCode]: (params: LabErrorParams[C]) => string };

export const ENGLISH_LAB_ERRORS: LabErrorTexts = {
  ...ENGLISH_PHOTO_ERRORS,
  ...ENGLISH_MODEL_ERRORS,
  ...ENGLISH_WEIGHTS_ERRORS,
  ...ENGLISH_INPUT_ERRORS,
  ...ENGLISH_TRANSFER_ERRORS,
  ...ENGLISH_CONTINUE_ERRORS,
  'loss-not-finite': (p) => `the loss became ${p.value} at step ${p.step} (epoch ${p.epoch}); try a smaller learning rate`,
  'dataset-not-imported': () => 'this lesson trains on CIFAR-10: import it first (lab datasets import <path>) or pass --data <path>',
  'dataset-unreadable': (p) => `CIFAR-10 could not be loaded: ${p.detail}`,
  'dataset-empty': (p) => `the imported dataset has no ${p.split === 'train' ? 'training' : 'test'} images`,
  'lesson-not-trainable': (p) => `lesson ${p.lessonId} cannot be trained yet`,
  'worker-crashed': (p) => `training crashed: ${p.detail}`,
  'worker-exited': (p) => `the training worker exited unexpectedly (code ${p.exitCode})`,
  'run-interrupted': () => 'the process running this training ended before it finished',
  'run-not-found': (p) => `there is no run ${p.runId}`,
  'run-still-running': () => 'stop the run before deleting it',
  'dataset-import-failed': (p) => `cannot import ${p.source}${p.member === null ? '' : ` (${p.member})`}: ${p.reason}; the dataset imported before is kept`,
  'dataset-import-busy': (p) => `CIFAR-10 is already being imported from ${p.source}; wait for it to finish`,
  'dataset-paths-refused': () => 'in classroom mode only the teacher, on the computer running the lab, can import a dataset',
  'file-dialog-unavailable': () => 'a file dialog only opens in the desktop app; type the path instead',
  'run-has-no-weights': (p) => `run ${p.runId} stored no weights (it stopped before saving, or was trained by an older version)`,
  'pictures-unavailable': (p) => `the pictures could not be computed: ${p.detail}`,
  'run-too-big': (p) => `this run would need about ${p.neededMegabytes} MB of memory, but only ${p.availableMegabytes} MB are free for trainings on this computer; try a smaller batch size or fewer hidden units, or wait for other runs to end`,
  'teacher-only': () => 'only the teacher can do this; ask your teacher',
  'not-your-run': (p) => `this run belongs to ${p.trainedBy || 'the teacher'}: you can stop, continue and delete only your own runs`,
  'run-damaged': (p) => `part of this run's record could not be read (${p.fields}); what remains is shown`,
  'store-unavailable': (p) => `the lab could not save this run (${p.detail}), so it was stopped; other runs keep training`,
  'dataset-not-found': (p) => `there is no file or folder at ${p.path}: check the --data path`,
  'bundle-unreadable': (p) => `${p.file} is not a readable Airi Lab run bundle (${p.detail}); nothing was imported from it`,
  'bundle-too-large': (p) => `${p.file} is larger than the ${p.limitMegabytes} MB a run bundle may be; nothing was imported from it`,
  'bundle-unsafe-entry': (p) => `${p.file} holds a file named "${p.entry}" that points outside the run; nothing was imported from it`,
  'bundle-unknown-lesson': (p) => `${p.file} holds a run of lesson "${p.lessonId}", which this version of Airi Lab does not know`,
  'rerun-unsupported': (p) => `runs of lesson ${p.lessonId} cannot be trained again in this version`,
  'onnx-export-unsupported': (p) => `runs of lesson ${p.lessonId} cannot be exported as ONNX in this version`,
};

/** The error in `texts`' language. */
export function wordLabError(info: LabErrorInfo, texts: LabErrorTexts): string {
  return (texts[info.code] as (params: LabErrorInfo['params']) => string)(info.params);
}

export function englishLabError(info: LabErrorInfo): string {
  return wordLabError(info, ENGLISH_LAB_ERRORS);
}

/** True for a { code, params } this version knows (a stored record or a message may come from another). */
export function isLabErrorInfo(value: unknown): value is LabErrorInfo {
  if (typeof value !== 'object' || value === null) return false;
  const { code, params } = value as { code?: unknown; params?: unknown };
  return typeof code === 'string' && Object.hasOwn(ENGLISH_LAB_ERRORS, code) && typeof params === 'object' && params !== null;
}
