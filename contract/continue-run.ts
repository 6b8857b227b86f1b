// Continuing a stopped run (issue 8): a run that was stopped or interrupted after at least one whole
// epoch keeps a checkpoint of that epoch's end (weights, optimizer, Rng); training:continue trains
// the same run on from there, and training:checkpoint tells a screen whether there is one to offer.
import { expectRunId } from './guards';

/** Where a run can be continued from: the end of epoch `epoch` of `epochs` (step `step`). */
export interface CheckpointInfo {
  epoch: number;
  epochs: number;
  step: number;
}

export interface ContinueChannels {
  /** Trains a stopped or interrupted run on from its checkpoint; the same run id goes back to running. */
  'training:continue': { request: { runId: string }; response: { runId: string; epoch: number } };
  /** The run's checkpoint, or null when it has none that could be continued (running, completed, none kept). */
  'training:checkpoint': { request: { runId: string }; response: CheckpointInfo | null };
}

export const continueGuards = {
  'training:continue': expectRunId,
  'training:checkpoint': expectRunId,
};

export interface ContinueErrorParams {
  'continue-no-checkpoint': { runId: string };
  'continue-not-stopped': { runId: string; status: string };
  'continue-lesson-changed': { runId: string; detail: string };
  'continue-checkpoint-damaged': { runId: string; detail: string };
}

type Texts<P> = { [C in keyof P]: (params: P[C]) => string };

export const ENGLISH_CONTINUE_ERRORS: Texts<ContinueErrorParams> = {
  'continue-no-checkpoint': (p) =>
    `run ${p.runId} kept no checkpoint to continue from (it stopped before its first epoch ended, or an older version trained it)`,
  'continue-not-stopped': (p) => `only a stopped or interrupted run can be continued; run ${p.runId} is ${p.status}`,
  'continue-lesson-changed': (p) =>
    `run ${p.runId} cannot be continued: its lesson changed since it was trained (${p.detail}); train it again instead`,
  'continue-checkpoint-damaged': (p) =>
    `the checkpoint of run ${p.runId} is damaged (${p.detail}); the run was left as it was, train it again instead`,
};
