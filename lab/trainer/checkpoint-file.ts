// A run's checkpoint file on disk (issue 8): <data directory>/runs/<runId>/checkpoint.safetensors.
// The host reads only its header to offer "Continue from epoch N" and checks the whole file before
// a run is continued; the worker reads it again to train on. A damaged or missing file is an
// ApiInputError (host) or a TrainingFailure (worker), worded by its code.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckpointInfo } from '../../contract/continue-run';
import { ApiInputError } from '../../contract/guards';
import type { HyperparameterValues } from '../../contract/hyperparameters';
import { lessonById } from '../../contract/lessons/registry';
import { CHECKPOINT_FILE, CheckpointDamagedError, decodeCheckpoint, sameSettings, type RunCheckpoint } from '../lessons/checkpoint/run-checkpoint';
import { TrainingFailure } from '../lessons/lesson-trainer';

export function checkpointPath(dataDirectory: string, runId: string): string {
  return join(dataDirectory, 'runs', runId, CHECKPOINT_FILE);
}

/** The epoch and step a checkpoint was taken at, from its header alone; null when there is none or it cannot be read. */
export function checkpointInfo(path: string): CheckpointInfo | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const head = Buffer.alloc(8);
    if (readSync(fd, head, 0, 8, 0) !== 8) return null;
    const length = Number(head.readBigUInt64LE(0));
    if (length > 1_000_000) return null;
    const header = Buffer.alloc(length);
    if (readSync(fd, header, 0, length, 8) !== length) return null;
    const metadata = (JSON.parse(header.toString('utf8')) as { __metadata__?: { position?: string } }).__metadata__;
    const position = JSON.parse(metadata?.position ?? 'null') as CheckpointInfo | null;
    if (!position || ![position.epoch, position.epochs, position.step].every((n) => Number.isInteger(n) && n >= 0)) return null;
    return { epoch: position.epoch, epochs: position.epochs, step: position.step };
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads and checks the whole checkpoint of a stopped run before it is continued, against the run's
 * lesson and settings: nothing of the run is changed when this throws.
 */
export function checkRunCheckpoint(path: string, run: { id: string; lessonId: string; hyperparameters: HyperparameterValues }): RunCheckpoint {
  if (!existsSync(path)) throw ApiInputError.of({ code: 'continue-no-checkpoint', params: { runId: run.id } });
  let checkpoint: RunCheckpoint;
  try {
    checkpoint = decodeCheckpoint(readFileSync(path));
  } catch (error) {
    const detail = error instanceof CheckpointDamagedError ? error.message : String(error);
    throw ApiInputError.of({ code: 'continue-checkpoint-damaged', params: { runId: run.id, detail } });
  }
  const changed = (detail: string) => ApiInputError.of({ code: 'continue-lesson-changed', params: { runId: run.id, detail } });
  const spec = lessonById(run.lessonId)?.hyperparameters;
  if (checkpoint.lessonId !== run.lessonId) throw changed(`the checkpoint is of lesson ${checkpoint.lessonId}`);
  if (!spec) throw changed(`lesson ${run.lessonId} cannot be trained in this version`);
  let parsed: HyperparameterValues;
  try {
    parsed = spec.parse(run.hyperparameters);
  } catch (error) {
    throw changed(`this version does not accept the run's settings: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!sameSettings(parsed, checkpoint.hyperparameters)) throw changed('the checkpoint was taken with other settings');
  if (checkpoint.epoch >= checkpoint.epochs) throw ApiInputError.of({ code: 'continue-no-checkpoint', params: { runId: run.id } });
  return checkpoint;
}

/** The worker's read of the checkpoint it continues from (the host checked it a moment ago). */
export function readRunCheckpoint(runId: string, runDir: string | undefined): RunCheckpoint {
  try {
    if (!runDir) throw new CheckpointDamagedError('this run has no folder');
    return decodeCheckpoint(readFileSync(join(runDir, CHECKPOINT_FILE)));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new TrainingFailure({ code: 'continue-checkpoint-damaged', params: { runId, detail } }, null);
  }
}
