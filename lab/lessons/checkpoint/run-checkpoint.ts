// A run's checkpoint (issue 8): everything needed to train a stopped run on from the end of its last
// finished epoch exactly as if it had never stopped, in one safetensors file in the run's folder:
//   tensors   "model.<name>" (the state dict, BatchNorm statistics included) and
//             "optimizer.<name>" (its step count and moment buffers, airi/optim/optimizer-state.ts)
//   metadata  the format, the lesson and its settings (a continued run must train the same thing),
//             the epoch and step, the Rng's four words (the next shuffles, flips and dropout masks),
//             the loop's carry (a curve point spanning the epoch's end), the seconds trained so far,
//             what the lesson's picture hooks keep across epochs, and a SHA-256 of every tensor.
// The file is replaced atomically at each epoch's end, so it is always one whole epoch's state.
import { createHash } from 'node:crypto';
import { loadSafetensors, saveSafetensors, type Tensor } from '../../../airi';
import type { HyperparameterValues } from '../../../contract/hyperparameters';
import type { LoopCarry } from '../loop-carry';

export const CHECKPOINT_FILE = 'checkpoint.safetensors';
const FORMAT = 'airi-lab-checkpoint/1';

export interface RunCheckpoint {
  lessonId: string;
  hyperparameters: HyperparameterValues;
  /** Epochs finished (1-based: the end of this epoch), and the steps trained by then. */
  epoch: number;
  epochs: number;
  step: number;
  model: Record<string, Tensor>;
  optimizer: Record<string, Tensor>;
  rng: number[];
  carry: LoopCarry;
  /** Wall-clock seconds the run had trained when the checkpoint was taken. */
  seconds: number;
  /** What the lesson's hooks keep across epochs (film-strip frames), as JSON; null when nothing. */
  hooks: unknown;
}

/** A checkpoint that cannot be read (truncated, edited, from another format): the run cannot continue. */
export class CheckpointDamagedError extends Error {
  override name = 'CheckpointDamagedError';
}

function digest(model: Record<string, Tensor>, optimizer: Record<string, Tensor>): string {
  const hash = createHash('sha256');
  for (const [prefix, tensors] of [['model', model], ['optimizer', optimizer]] as const) {
    for (const name of Object.keys(tensors).sort()) {
      const { data, shape } = tensors[name];
      hash.update(`${prefix}.${name}${JSON.stringify(shape)}`);
      hash.update(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    }
  }
  return hash.digest('hex');
}

export function encodeCheckpoint(checkpoint: RunCheckpoint): Uint8Array {
  const tensors: Record<string, Tensor> = {};
  for (const [name, t] of Object.entries(checkpoint.model)) tensors[`model.${name}`] = t;
  for (const [name, t] of Object.entries(checkpoint.optimizer)) tensors[`optimizer.${name}`] = t;
  const { lessonId, hyperparameters, epoch, epochs, step, rng, carry, seconds, hooks } = checkpoint;
  return saveSafetensors(tensors, {
    format: FORMAT,
    lessonId,
    hyperparameters: JSON.stringify(hyperparameters),
    // Numbers as JSON: a double survives JSON.stringify and JSON.parse bit for bit.
    position: JSON.stringify({ epoch, epochs, step, seconds }),
    rng: JSON.stringify(rng),
    carry: JSON.stringify(carry),
    hooks: JSON.stringify(hooks ?? null),
    sha256: digest(checkpoint.model, checkpoint.optimizer),
  });
}

function parseJson(metadata: Record<string, string>, key: string): unknown {
  const text = metadata[key];
  if (text === undefined) throw new CheckpointDamagedError(`its "${key}" entry is missing`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CheckpointDamagedError(`its "${key}" entry is not JSON`);
  }
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkCarry(value: unknown): LoopCarry {
  const ok = isObject(value) && isObject(value.window) && Array.isArray(value.recent) && value.recent.every((x) => typeof x === 'number')
    && isObject(value.evaluation) && (value.lastEpochLoss === null || typeof value.lastEpochLoss === 'number')
    && ['loss', 'steps', 'correct', 'samples'].every((k) => typeof (value.window as Record<string, unknown>)[k] === 'number');
  if (!ok) throw new CheckpointDamagedError('its "carry" entry is not the training loop\'s');
  return value as unknown as LoopCarry;
}

/** Reads and checks a whole checkpoint; throws CheckpointDamagedError saying what is wrong. */
export function decodeCheckpoint(bytes: Uint8Array): RunCheckpoint {
  let file: ReturnType<typeof loadSafetensors>;
  try {
    file = loadSafetensors(bytes);
  } catch (error) {
    throw new CheckpointDamagedError(error instanceof Error ? error.message : String(error));
  }
  const { metadata } = file;
  if (metadata.format !== FORMAT) throw new CheckpointDamagedError(`it is not a ${FORMAT} file (format ${JSON.stringify(metadata.format ?? null)})`);
  const hyperparameters = parseJson(metadata, 'hyperparameters');
  const position = parseJson(metadata, 'position');
  const rng = parseJson(metadata, 'rng');
  if (typeof metadata.lessonId !== 'string') throw new CheckpointDamagedError('its lesson is missing');
  if (!isObject(hyperparameters)) throw new CheckpointDamagedError('its settings are not an object');
  if (!isObject(position) || !isCount(position.epoch) || !isCount(position.epochs) || !isCount(position.step) || typeof position.seconds !== 'number') {
    throw new CheckpointDamagedError('its epoch and step are unreadable');
  }
  if (!Array.isArray(rng) || rng.length !== 4 || !rng.every(isCount)) throw new CheckpointDamagedError('its random generator state is unreadable');
  const model: Record<string, Tensor> = {};
  const optimizer: Record<string, Tensor> = {};
  for (const [name, tensor] of Object.entries(file.tensors)) {
    if (name.startsWith('model.')) model[name.slice('model.'.length)] = tensor;
    else if (name.startsWith('optimizer.')) optimizer[name.slice('optimizer.'.length)] = tensor;
    else throw new CheckpointDamagedError(`it holds a tensor "${name}" that is neither the model's nor the optimizer's`);
  }
  if (digest(model, optimizer) !== metadata.sha256) throw new CheckpointDamagedError('its tensors do not match their SHA-256 (the file was changed or damaged)');
  return {
    lessonId: metadata.lessonId,
    hyperparameters: hyperparameters as HyperparameterValues,
    epoch: position.epoch, epochs: position.epochs, step: position.step, seconds: position.seconds,
    model, optimizer, rng, carry: checkCarry(parseJson(metadata, 'carry')), hooks: parseJson(metadata, 'hooks'),
  };
}

/** Same keys and values, whatever their order: a continued run trains with exactly the stored settings. */
export function sameSettings(a: HyperparameterValues, b: HyperparameterValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}
