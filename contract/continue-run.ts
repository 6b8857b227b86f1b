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
