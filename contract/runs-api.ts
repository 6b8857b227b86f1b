// The runs channels of issue 11, kept out of api.ts so that shared file only imports them: the
// Runs screen's query, a run's editable name/tags/note, downsampled curves, export, bundle import,
// "train again" and its reproduction check, and the runs still training (to reattach after a reload).
import type { TrainingProgress } from './events';
import type { HyperparameterValues } from './hyperparameters';
import type { LessonId } from './lessons/catalog';
import { RUN_STATUSES, type MetricSeries, type RunDetail, type RunStatus, type RunSummary } from './runs';
import { ApiInputError, expectObject, expectRunId } from './guards';

export interface ActiveTraining {
  runId: string;
  lessonId: LessonId;
  hyperparameters: HyperparameterValues;
  /** The latest progress event, null before the first. */
  progress: TrainingProgress | null;
}

export const RUN_SORT_KEYS = ['date', 'duration', 'metric'] as const;
export type RunSortKey = (typeof RUN_SORT_KEYS)[number];

export interface RunQuery {
  lessonId?: string;
  status?: RunStatus;
  tag?: string;
  /** Matched against the id, name, note, tags and lesson. */
  text?: string;
  sort?: RunSortKey;
  /** The metric to sort by when sort is 'metric' (e.g. testAccuracy). */
  metric?: string;
  descending?: boolean;
  offset?: number;
  limit?: number;
}

export interface RunQueryResult {
  total: number;
  runs: RunSummary[];
  /** Every tag in use, for the filter. */
  tags: string[];
  /** Every final metric name in use, for sorting. */
  metrics: string[];
}

export interface RunEdit {
  runId: string;
  name?: string;
  tags?: string[];
  note?: string;
}

export const EXPORT_FORMATS = ['csv', 'json', 'safetensors', 'bundle'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** A bundle travels to lab/ in parts (a WebSocket message is limited); the last part imports it. */
export interface ImportPart {
  uploadId: string;
  fileName: string;
  index: number;
  count: number;
  base64: string;
}

export interface ImportResult {
  /** Present once the last part arrived. */
  imported?: { fileName: string; runId: string; alreadyThere: boolean }[];
}

export interface Reproduction {
  runId: string;
  ofRunId: string;
  /** True when every point of every shared curve is bit for bit the same. */
  exact: boolean;
  /** The first point that differs, or where one curve ends early. */
  firstDifference: { metric: string; step: number; original: number | null; rerun: number | null } | null;
  /** Why a bit-for-bit result was not to be expected (other engine version, other thread count). */
  caveats: ('app-version' | 'threads' | 'settings' | 'still-running')[];
}

/** A run as its page and the comparison open it: long curves downsampled, with each curve's full length. */
export interface OpenedRun extends RunDetail {
  pointCounts: Record<string, number>;
}

export interface RunsChannels {
  'runs:open': { request: { runId: string; maxPoints?: number }; response: OpenedRun };
  'training:active': { request: { lessonId?: string }; response: ActiveTraining[] };
  'runs:query': { request: RunQuery; response: RunQueryResult };
  'runs:update': { request: RunEdit; response: RunSummary };
  'runs:series': { request: { runId: string; maxPoints?: number }; response: MetricSeries[] };
  'runs:export': { request: { runId: string; format: ExportFormat }; response: ExportedFile };
  'runs:import': { request: ImportPart; response: ImportResult };
  'runs:rerun': { request: { runId: string; hyperparameters?: HyperparameterValues }; response: { runId: string } };
  'runs:reproduction': { request: { runId: string }; response: Reproduction | null };
}

const text = (o: Record<string, unknown>, key: string, max: number): string | undefined => {
  const value = o[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > max) throw new ApiInputError(`${key} must be text of at most ${max} characters`);
  return value;
};
const whole = (o: Record<string, unknown>, key: string, min: number, max: number): number | undefined => {
  const value = o[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ApiInputError(`${key} must be a whole number from ${min} to ${max}`);
  }
  return value;
};
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function expectQuery(input: unknown): RunQuery {
  const o = input === undefined || input === null ? {} : expectObject(input, 'request');
  const status = o.status;
  if (status !== undefined && !(RUN_STATUSES as readonly unknown[]).includes(status)) throw new ApiInputError('unknown run status');
  const sort = o.sort;
  if (sort !== undefined && !(RUN_SORT_KEYS as readonly unknown[]).includes(sort)) throw new ApiInputError('unknown sort');
  if (o.descending !== undefined && typeof o.descending !== 'boolean') throw new ApiInputError('descending must be true or false');
  return defined({
    lessonId: text(o, 'lessonId', 40), status: status as RunStatus | undefined, tag: text(o, 'tag', 60), text: text(o, 'text', 200),
    sort: sort as RunSortKey | undefined, metric: text(o, 'metric', 60), descending: o.descending as boolean | undefined,
    offset: whole(o, 'offset', 0, 1e9), limit: whole(o, 'limit', 1, 100_000),
  });
}

function expectEdit(input: unknown): RunEdit {
  const { runId } = expectRunId(input);
  const o = expectObject(input, 'request');
  let tags: string[] | undefined;
  if (o.tags !== undefined) {
    if (!Array.isArray(o.tags) || o.tags.length > 20 || !o.tags.every((t) => typeof t === 'string' && t.trim().length > 0 && t.length <= 60)) {
      throw new ApiInputError('tags must be at most 20 words of up to 60 characters');
    }
    tags = [...new Set(o.tags.map((t: string) => t.trim()))];
  }
  return defined({ runId, name: text(o, 'name', 200), note: text(o, 'note', 10_000), tags });
}

function expectSeries(input: unknown): { runId: string; maxPoints?: number } {
  const { runId } = expectRunId(input);
  return defined({ runId, maxPoints: whole(expectObject(input, 'request'), 'maxPoints', 10, 1_000_000) });
}

function expectExport(input: unknown): { runId: string; format: ExportFormat } {
  const { runId } = expectRunId(input);
  const format = expectObject(input, 'request').format;
  if (!(EXPORT_FORMATS as readonly unknown[]).includes(format)) throw new ApiInputError(`format must be one of ${EXPORT_FORMATS.join(', ')}`);
  return { runId, format: format as ExportFormat };
}

function expectImportPart(input: unknown): ImportPart {
  const o = expectObject(input, 'request');
  const uploadId = text(o, 'uploadId', 64);
  if (!uploadId || !/^[A-Za-z0-9_-]+$/.test(uploadId)) throw new ApiInputError('uploadId must be an identifier');
  const fileName = text(o, 'fileName', 255) ?? 'bundle';
  const count = whole(o, 'count', 1, 4096) ?? 1;
  const index = whole(o, 'index', 0, count - 1) ?? 0;
  const base64 = o.base64;
  if (typeof base64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new ApiInputError('base64 must be base64 text');
  return { uploadId, fileName, index, count, base64 };
}

function expectRerun(input: unknown): { runId: string; hyperparameters?: HyperparameterValues } {
  const { runId } = expectRunId(input);
  const hp = expectObject(input, 'request').hyperparameters;
  if (hp === undefined) return { runId };
  // The values are checked against the lesson's spec by training:start's own guard in lab/.
  return { runId, hyperparameters: expectObject(hp, 'hyperparameters') as HyperparameterValues };
}

export const runsRequestGuards: { [C in keyof RunsChannels]: (input: unknown) => RunsChannels[C]['request'] } = {
  'training:active': (input) => {
    const o = input === undefined || input === null ? {} : expectObject(input, 'request');
    return defined({ lessonId: text(o, 'lessonId', 40) });
  },
  'runs:open': expectSeries,
  'runs:query': expectQuery,
  'runs:update': expectEdit,
  'runs:series': expectSeries,
  'runs:export': expectExport,
  'runs:import': expectImportPart,
  'runs:rerun': expectRerun,
  'runs:reproduction': expectRunId,
};
