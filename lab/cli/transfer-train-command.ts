// `lab train cat-breeds --photos DIR --backbone <model id|name> [--seed S] [--epochs N] [--json]`:
// lesson 8's fast mode from a terminal, through the same API as the app (transfer:train), so the run
// lands in the same store with its head, and the lesson's screen shows it when opened. Progress: the
// photos' features first (epoch 0), then the head's epochs, with the time left.
import { DEFAULT_FINETUNE, DEFAULT_TRANSFER_EPOCHS, DEFAULT_TRANSFER_SEED, type FineTuneWeights } from '../../contract/transfer/transfer-api';
import type { ModelSummary } from '../../contract/models/models';
import type { Lab } from '../app/lab';
import type { ParsedArgs } from './parse-argv';
import { followTraining, metricText } from './train-command';

export const TRANSFER_TRAIN_USAGE = `lab train cat-breeds --photos DIR --backbone <model id|name> [--epochs N] [--seed S] [--json]
                                             lesson 8's fast mode: a new head on a library model's
                                             frozen features, for a folder with one subfolder per class
  lab train cat-breeds --photos DIR --mode full [--weights <id|name>] [--train-from 6] [--size 224] [--batch 8] [--epochs N] [--seed S]
                                             lesson 8's full fine-tuning in airi: imported torchvision
                                             EfficientNet-B0 weights, a new head, stages from --train-from
                                             on trained (0: every layer)`;

const KNOWN = new Set(['photos', 'backbone', 'epochs', 'seed', 'mode', 'weights', 'train-from', 'size', 'batch']);

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
  const { photos, backbone, mode = 'fast' } = args.options;
  if (mode !== 'fast' && mode !== 'full') throw new Error(`--mode must be fast or full, not "${mode}"`);
  if (mode === 'full') return fullFineTune(lab, args);
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

async function fullFineTune(lab: Lab, args: ParsedArgs): Promise<number> {
  const o = args.options;
  if (!o.photos) throw new Error(`usage: ${TRANSFER_TRAIN_USAGE}`);
  const all = (await lab.dispatch('transfer:finetune-weights', undefined)) as FineTuneWeights[];
  const weights = o.weights ? all.find((w) => w.id === o.weights || w.name === o.weights || w.file === o.weights) : all.at(-1);
  if (!weights) throw new Error(`no imported EfficientNet-B0 weights${o.weights ? ` named ${o.weights}` : ''}; imported: ${all.map((w) => `${w.id} (${w.name})`).join(', ') || 'none'}`);
  const request = {
    weightsId: weights.id, folder: o.photos,
    seed: whole(o.seed, 'seed', DEFAULT_TRANSFER_SEED), epochs: whole(o.epochs, 'epochs', DEFAULT_FINETUNE.epochs),
    trainFrom: whole(o['train-from'], 'train-from', DEFAULT_FINETUNE.trainFrom), size: whole(o.size, 'size', DEFAULT_FINETUNE.size),
    batchSize: whole(o.batch, 'batch', DEFAULT_FINETUNE.batchSize),
  };
  if (!args.switches.has('json')) console.log(`Fine-tuning EfficientNet-B0 in airi from ${weights.name}: ${request.trainFrom === 0 ? 'every layer' : `features.${request.trainFrom} onward and the new head`}, ${request.size}×${request.size}`);
  return followTraining(lab, args.switches.has('json'), 'cat-breeds', { ...request },
    async () => (await lab.dispatch('transfer:finetune', request)) as { runId: string }, undefined,
    (p) => `epoch ${p.epoch}/${p.epochs} · batch ${p.step}/${p.totalSteps} · ${metricText(p.metrics)}`);
}
