// `lab train cat-breeds --photos DIR --backbone <model id|name> [--seed S] [--epochs N] [--json]`:
// lesson 8's fast mode from a terminal, through the same API as the app (transfer:train), so the run
// lands in the same store with its head, and the lesson's screen shows it when opened. Progress: the
// photos' features first (epoch 0), then the head's epochs, with the time left.
import { DEFAULT_TRANSFER_EPOCHS, DEFAULT_TRANSFER_SEED } from '../../contract/transfer/transfer-api';
import type { ModelSummary } from '../../contract/models/models';
import type { Lab } from '../app/lab';
import type { ParsedArgs } from './parse-argv';
import { followTraining, metricText } from './train-command';

export const TRANSFER_TRAIN_USAGE = `lab train cat-breeds --photos DIR --backbone <model id|name> [--epochs N] [--seed S] [--json]
                                             lesson 8's fast mode: a new head on a library model's
                                             frozen features, for a folder with one subfolder per class`;

const KNOWN = new Set(['photos', 'backbone', 'epochs', 'seed']);

function whole(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`--${flag} must be a whole number, not "${value}"`);
  return n;
}

/** The library model named by id, by exact name, or by a name that only one model contains. */
export function findBackbone(models: ModelSummary[], wanted: string): ModelSummary {
  const exact = models.find((m) => m.id === wanted) ?? models.find((m) => m.name === wanted);
  if (exact) return exact;
  const partial = models.filter((m) => m.name.toLowerCase().includes(wanted.toLowerCase()));
  if (partial.length === 1) return partial[0];
  const known = models.map((m) => `${m.id} (${m.name})`).join(', ') || 'none: import one with `lab models import <file.onnx>`';
  if (partial.length > 1) throw new Error(`--backbone ${wanted} matches ${partial.length} models; give its id. Library: ${known}`);
  throw new Error(`no model ${wanted} in the library. Library: ${known}`);
}

export async function transferTrainCommand(lab: Lab, args: ParsedArgs): Promise<number> {
  const unknown = Object.keys(args.options).filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) throw new Error(`lab train cat-breeds takes no --${unknown.join(', --')}\n\nusage: ${TRANSFER_TRAIN_USAGE}`);
  const { photos, backbone } = args.options;
  if (!photos || !backbone) throw new Error(`usage: ${TRANSFER_TRAIN_USAGE}`);
  const model = findBackbone((await lab.dispatch('models:list', undefined)) as ModelSummary[], backbone);
  const request = {
    modelId: model.id,
    folder: photos,
    seed: whole(args.options.seed, 'seed', DEFAULT_TRANSFER_SEED),
    epochs: whole(args.options.epochs, 'epochs', DEFAULT_TRANSFER_EPOCHS),
  };
  if (!args.switches.has('json')) {
    const scan = (await lab.dispatch('transfer:scan', { folder: photos, seed: request.seed })) as { photos: number; classes: string[]; skipped: string[] };
    console.log(`${scan.photos} photos in ${scan.classes.length} classes (${scan.classes.join(', ')}); backbone ${model.name}`);
    if (scan.skipped.length > 0) console.log(`not photos, left out: ${scan.skipped.join(', ')}`);
  }
  return followTraining(lab, args.switches.has('json'), 'cat-breeds', { seed: request.seed, epochs: request.epochs },
    async () => (await lab.dispatch('transfer:train', request)) as { runId: string }, undefined,
    (p) => (p.epoch === 0 ? `features: photo ${p.step} of ${p.totalSteps - p.epochs}` : `head: epoch ${p.epoch}/${p.epochs} · ${metricText(p.metrics)}`));
}
