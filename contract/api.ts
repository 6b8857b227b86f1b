// The one API between the UI and lab/: every channel with its request, response and input guard.
// lab/ implements `Handlers` (a missing channel is a compile error); Electron IPC and the WebSocket
// both carry exactly these calls, so the renderer never knows which transport it uses.
import type { AppInfo, Settings } from './app-info';
import type { HyperparameterValues } from './hyperparameters';
import type { LessonId, LessonSummary } from './lessons/catalog';
import type { RunDetail, RunSummary } from './runs';
import * as guard from './guards';
import { expectDatasetImport, expectDatasetPick, type DatasetImportRequest, type DatasetStatus } from './datasets';
import { expectPictureRequest, type PictureRequest, type PictureSet } from './insights';
import { modelGuards, type ModelChannels } from './models/model-channels';
import { runsRequestGuards, type RunsChannels } from './runs-api';
import { uploadGuards, type UploadChannels } from './uploads';
import { transferGuards, type TransferChannels } from './transfer/transfer-api';
import { vgg16Guards, type Vgg16Channels } from './lessons/vgg16-profile';
import { continueGuards, type ContinueChannels } from './continue-run';
import { weightsGuards, type WeightsChannels } from './weights/weights-channels';

export interface Channels extends UploadChannels, ModelChannels, RunsChannels, TransferChannels, Vgg16Channels,
  ContinueChannels, WeightsChannels {
  'app:info': { request: void; response: AppInfo };
  'settings:get': { request: void; response: Settings };
  'settings:update': { request: Partial<Settings>; response: Settings };
  'lessons:list': { request: void; response: LessonSummary[] };
  'training:start': {
    /** `data`: CIFAR-10 for lessons 2 to 6 (an archive, image folder or cache folder); defaults to the dataset imported last. */
    request: { lessonId: LessonId; hyperparameters: HyperparameterValues; data?: string };
    response: { runId: string };
  };
  'training:stop': { request: { runId: string }; response: { stopped: boolean } };
  'runs:list': { request: { lessonId?: string }; response: RunSummary[] };
  'runs:get': { request: { runId: string }; response: RunDetail };
  'runs:delete': { request: { runId: string }; response: { deleted: boolean } };
  'datasets:status': { request: void; response: DatasetStatus };
  /** Starts importing CIFAR-10 from a path on the lab's computer; progress arrives as datasets:progress events. */
  'datasets:import': { request: DatasetImportRequest; response: DatasetStatus };
  /** Opens the desktop file dialog for an archive, or for a folder; null when the user cancelled. */
  'datasets:pick': { request: { folder: boolean }; response: { path: string | null } };
  'insights:compute': { request: PictureRequest; response: PictureSet };
}
export type Channel = keyof Channels;
export type RequestOf<C extends Channel> = Channels[C]['request'];
export type ResponseOf<C extends Channel> = Channels[C]['response'];

/** Turns untrusted input into a typed request, or throws ApiInputError. */
export const requestGuards: { [C in Channel]: (input: unknown) => RequestOf<C> } = {
  'app:info': guard.expectNothing,
  'settings:get': guard.expectNothing,
  'settings:update': guard.expectSettingsPatch,
  'lessons:list': guard.expectNothing,
  'training:start': guard.expectTrainingStart,
  'training:stop': guard.expectRunId,
  'runs:list': guard.expectRunsFilter,
  'runs:get': guard.expectRunId,
  'runs:delete': guard.expectRunId,
  'datasets:status': guard.expectNothing,
  'datasets:import': expectDatasetImport,
  'datasets:pick': expectDatasetPick,
  'insights:compute': expectPictureRequest,
  ...uploadGuards,
  ...modelGuards,
  ...runsRequestGuards,
  ...transferGuards,
  ...vgg16Guards,
  ...continueGuards,
  ...weightsGuards,
};
export const CHANNELS = Object.keys(requestGuards) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(requestGuards, value);
}

export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C> };
