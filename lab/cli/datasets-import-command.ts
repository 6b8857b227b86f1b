// `lab datasets import <path> [--limit-per-class N] [--json]`, ready for the CLI to route to:
// imports CIFAR-10 into the data directory's cache with a progress bar on a terminal (or one JSON
// object per line with --json) and prints where the cache is, its counts and the time taken.
import { importCifar10, type ImportPhase } from '../datasets/import-cifar10';
import type { ParsedArgs } from './parse-argv';
import { PlainProgress } from './plain-progress';
import { ProgressBar } from './progress-bar';

export const DATASETS_USAGE = `lab datasets import <cifar-10-binary.tar.gz | images.tar[.gz] | folder> [--limit-per-class N] [--json]
                                             decode CIFAR-10 once into the data directory's cache`;

const PHASE_TEXT: Record<ImportPhase, string> = {
  scanning: 'looking at the source',
  reading: 'reading and decoding',
  decoding: 'decoding images',
  writing: 'writing the cache',
};

/** Runs the command; `args.positionals` is ['datasets', 'import', path]. Returns the exit code. */
export async function datasetsImportCommand(args: ParsedArgs, dataDir: string): Promise<number> {
  const [, verb, source] = args.positionals;
  if (verb !== 'import' || !source) throw new Error(`usage: ${DATASETS_USAGE}`);
  const rawLimit = args.options['limit-per-class'];
  const limitPerClass = rawLimit === undefined ? null : Number(rawLimit);
  if (limitPerClass !== null && !(Number.isInteger(limitPerClass) && limitPerClass > 0)) {
    throw new Error(`--limit-per-class needs a positive whole number, not "${rawLimit}"`);
  }
  const json = args.switches.has('json');
  const bar = !json && process.stderr.isTTY ? new ProgressBar(process.stderr) : null;
  // Not a terminal: plain lines, so 45 s of decoding never looks like a hang.
  const plain = !json && !bar ? new PlainProgress((line) => console.log(line)) : null;
  let lastJson = 0;
  const result = await importCifar10(source, {
    dataDir,
    limitPerClass,
    onProgress: (done, total, phase) => {
      if (bar) bar.update(total > 0 ? done / total : 0, PHASE_TEXT[phase], done === total);
      else if (plain) plain.update(total > 0 ? done / total : 0, PHASE_TEXT[phase], phase);
      else if (json && (done === total || Date.now() - lastJson > 500)) {
        lastJson = Date.now();
        process.stdout.write(`${JSON.stringify({ event: 'progress', phase, done, total })}\n`);
      }
    },
  });
  bar?.finish();
  const { manifest } = result;
  if (json) {
    process.stdout.write(`${JSON.stringify({
      event: 'done', cacheDir: result.cacheDir, reused: result.reused, seconds: result.seconds,
      train: manifest.splits.train.count, test: manifest.splits.test.count, classes: manifest.classes,
    })}\n`);
  } else {
    const how = result.reused ? 'already imported' : `imported in ${result.seconds.toFixed(1)} s`;
    console.log(`CIFAR-10 ${how}: ${manifest.splits.train.count} training and ${manifest.splits.test.count} test images, ` +
      `${manifest.classes.length} classes (${manifest.classes.join(', ')})\n  cache: ${result.cacheDir}`);
  }
  return 0;
}
