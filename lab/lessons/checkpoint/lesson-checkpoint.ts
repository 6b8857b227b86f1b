// A lesson's side of a checkpoint (issue 8): what it writes at an epoch's end and how a continued run
// takes it back. Rebuilding from the seed gives the same model, training subset and preprocessing as
// the first session; loading then puts back the weights (and BatchNorm statistics), the optimizer's
// buffers and the Rng's state, so every later step, shuffle and flip is the one it would have been.
import { loadStateDict, stateDict, type Module, type Optimizer, type Rng } from '../../../airi';
import type { HyperparameterValues } from '../../../contract/hyperparameters';
import { TrainingFailure, type TrainingContext } from '../lesson-trainer';
import type { LoopCarry } from '../loop-carry';
import { encodeCheckpoint, sameSettings, type RunCheckpoint } from './run-checkpoint';

export interface TrainingState {
  lessonId: string;
  /** The lesson's parsed settings (a typed interface, hence `object`). */
  hyperparameters: object;
  model: Module;
  optimizer: Optimizer;
  rng: Rng;
}

/** A lesson's parsed settings are plain values under their field names. */
const settingsOf = (hyperparameters: object): HyperparameterValues => ({ ...hyperparameters }) as HyperparameterValues;

export function writeCheckpoint(
  context: TrainingContext,
  state: TrainingState & { position: { epoch: number; epochs: number; step: number }; carry: LoopCarry; seconds: number; hooks: unknown },
): void {
  const { position, carry, seconds, hooks } = state;
  context.saveCheckpoint?.(encodeCheckpoint({
    lessonId: state.lessonId, hyperparameters: settingsOf(state.hyperparameters),
    epoch: position.epoch, epochs: position.epochs, step: position.step,
    model: stateDict(state.model), optimizer: state.optimizer.stateDict(), rng: [...state.rng.state()],
    carry, seconds, hooks,
  }));
}

/**
 * Loads `checkpoint` into a freshly built run and returns where the loop resumes. A checkpoint of
 * another lesson, other settings or another network (the lesson's code changed) fails the run
 * before any step, as continue-lesson-changed; nothing is loaded then.
 */
export function restoreCheckpoint(checkpoint: RunCheckpoint, state: TrainingState): { step: number; carry: LoopCarry } {
  const changed = (detail: string) => new TrainingFailure({ code: 'continue-lesson-changed', params: { runId: '', detail } }, null);
  if (checkpoint.lessonId !== state.lessonId) throw changed(`it is a checkpoint of lesson ${checkpoint.lessonId}`);
  if (!sameSettings(checkpoint.hyperparameters, settingsOf(state.hyperparameters))) throw changed('its settings differ from the run\'s');
  try {
    // Each load checks every name and shape before it copies anything.
    loadStateDict(state.model, checkpoint.model);
    state.optimizer.loadStateDict(checkpoint.optimizer);
  } catch (error) {
    throw changed(error instanceof Error ? error.message : String(error));
  }
  state.rng.setState(checkpoint.rng);
  return { step: checkpoint.step, carry: checkpoint.carry };
}
