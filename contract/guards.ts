// Runtime guards for everything that arrives from outside a process (IPC, WebSocket, CLI).
// A guard returns the typed value or throws ApiInputError with a message fit for the UI.
import { validateValues, type HyperparameterValues } from './hyperparameters';
import { fieldErrorInfo } from './input-errors';
import { englishLabError, type LabErrorInfo } from './lab-errors';
import type { LessonId } from './lessons/catalog';
import { datasetOf, lessonById } from './lessons/registry';
import { isLocale, type Locale } from './locale';

export class ApiInputError extends Error {
  override name = 'ApiInputError';
  constructor(
    message: string,
    readonly fieldErrors: { key: string; message: string }[] = [],
    /** Set when the UI can word the error in its language. */
    readonly info?: LabErrorInfo,
  ) {
    super(message);
  }

  /** An input error the UI words itself (the message is the English wording). */
  static of(info: LabErrorInfo): ApiInputError {
    return new ApiInputError(englishLabError(info), [], info);
  }
}

export function expectObject(input: unknown, what: string): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ApiInputError(`${what} must be an object`);
  }
  return input as Record<string, unknown>;
}

export function expectNothing(input: unknown): void {
  if (input !== undefined && input !== null && !(typeof input === 'object' && Object.keys(input).length === 0)) {
    throw new ApiInputError('this call takes no arguments');
  }
}

export function expectRunId(input: unknown): { runId: string } {
  const o = expectObject(input, 'request');
  if (typeof o.runId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(o.runId)) {
    throw new ApiInputError('runId must be a run identifier');
  }
  return { runId: o.runId };
}

export function expectTrainingStart(input: unknown): { lessonId: LessonId; hyperparameters: HyperparameterValues; data?: string } {
  const o = expectObject(input, 'request');
  const lesson = typeof o.lessonId === 'string' ? lessonById(o.lessonId) : undefined;
  if (!lesson?.hyperparameters) {
    throw new ApiInputError(`lesson ${String(o.lessonId)} cannot be trained`, [], { code: 'lesson-not-trainable', params: { lessonId: String(o.lessonId) } });
  }
  const fieldErrors = validateValues(lesson.hyperparameters.fields, o.hyperparameters);
  if (fieldErrors.length > 0) {
    // The English text lists every field (CLI, logs); the UI words the first one in its language.
    const text = fieldErrors.map((e) => `${e.key} ${e.message}`).join('; ');
    throw new ApiInputError(`invalid hyperparameters: ${text}`, fieldErrors, fieldErrorInfo(fieldErrors[0]));
  }
  const start = { lessonId: lesson.id, hyperparameters: o.hyperparameters as HyperparameterValues };
  if (o.data === undefined) return start;
  if (typeof o.data !== 'string' || o.data.trim() === '' || o.data.length > 4096 || o.data.includes('\0')) {
    throw ApiInputError.of({ code: 'data-path-invalid', params: {} });
  }
  if (datasetOf(start.lessonId) === 'none') throw ApiInputError.of({ code: 'lesson-takes-no-data', params: { lessonId: start.lessonId } });
  return { ...start, data: o.data };
}

export function expectRunsFilter(input: unknown): { lessonId?: string } {
  if (input === undefined || input === null) return {};
  const o = expectObject(input, 'request');
  if (o.lessonId !== undefined && typeof o.lessonId !== 'string') throw new ApiInputError('lessonId must be a string');
  return o.lessonId === undefined ? {} : { lessonId: o.lessonId as string };
}

export function expectSettingsPatch(input: unknown): { locale?: Locale } {
  const o = expectObject(input, 'request');
  for (const key of Object.keys(o)) if (key !== 'locale') throw new ApiInputError(`unknown setting ${key}`);
  if (o.locale !== undefined && !isLocale(o.locale)) throw new ApiInputError('locale must be pt-BR or en');
  return o.locale === undefined ? {} : { locale: o.locale as Locale };
}
