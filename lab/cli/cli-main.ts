// `npm run lab -- <command>`: the lab from a terminal, on the same store as the app, for scripts
// and benchmarks. Commands: lessons, train, runs, datasets.
import { createLab } from '../app/create-lab';
import { defaultDataDirectory } from '../app/data-directory';
import { lessonById, lessonSummaries } from '../../contract/lessons/registry';
import { parseArgv, type ParsedArgs } from './parse-argv';
import { runsCommand, RUNS_USAGE } from './runs-command';
import { trainCommand } from './train-command';

const USAGE = `Airi Lab command line

  lab lessons [--json]                       the eight lessons
  lab train <lesson> [--data PATH] [--epochs N] [--seed S] [--lr X] [--<hyperparameter> V] [--json]
                                             train a lesson; the run is stored like the app's;
                                             softmax, two-layer, convnet and cnn train on CIFAR-10
                                             (--data: cifar-10-binary.tar.gz, an image archive or
                                             folder; default: the dataset imported last)
  lab train cat-breeds --photos DIR --backbone <model id|name> [--epochs N] [--seed S] [--json]
                                             lesson 8's fast mode: a new head on a library model's
                                             frozen features (one subfolder of photos per class)
  lab train cat-breeds --photos DIR --mode full [--weights <id|name>] [--train-from 6] [--size 224] [--batch 8]
                                             lesson 8's full fine-tuning of EfficientNet-B0 in airi
  lab datasets import <path> [--limit-per-class N] [--json]
                                             decode CIFAR-10 once into the data directory's cache
${RUNS_USAGE}
  lab models import|list|inspect|rename|remove|providers|bench ...   the ONNX model library
                                             (lab models --help for each)
  lab classify <model> <photo...> [--top 5] [--json]
                                             top classes of photos with a library model

Data lives in AIRI_LAB_HOME or the user data directory.`;

/** A lesson whose screen is still coming may already train here: say so rather than "coming". */
function lessonStatusText(lessonId: string, status: string): string {
  if (!lessonById(lessonId)?.hyperparameters) return status === 'ready' ? 'ready' : 'coming';
  return status === 'ready' ? 'ready: trains in the app and here' : 'trains here (lab train), screen next';
}

async function main(argv: string[]): Promise<number> {
  const args: ParsedArgs = parseArgv(argv);
  const command = args.positionals[0];
  const json = args.switches.has('json');
  if (!command || args.switches.has('help')) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'lessons') {
    const lessons = lessonSummaries();
    if (json) console.log(JSON.stringify(lessons));
    else for (const l of lessons) console.log(`${l.number}. ${l.id.padEnd(11)} ${lessonStatusText(l.id, l.status).padEnd(35)} ${l.title.en}`);
    return 0;
  }
  if (command === 'datasets') {
    // The importer loads sharp; only this command (and runs that import) pay for it.
    const { datasetsImportCommand } = await import('./datasets-import-command');
    return datasetsImportCommand(args, defaultDataDirectory());
  }
  if (command === 'models' || command === 'classify') {
    // ONNX Runtime and sharp load only for these commands.
    const { modelsCommand, MODELS_USAGE } = await import('./models/models-command');
    if (command === 'models' && (args.positionals.length < 2 || args.switches.has('help'))) {
      console.log(`  ${MODELS_USAGE}`);
      return args.positionals.length < 2 ? 2 : 0;
    }
    if (command === 'models') return modelsCommand(args);
    const { classifyCommand } = await import('./models/classify-command');
    return classifyCommand(args);
  }
  if (command !== 'train' && command !== 'runs') throw new Error(`unknown command "${command}"\n\n${USAGE}`);

  const lab = await createLab({ mode: 'browser' });
  try {
    // Lesson 8 trains on a photo folder and a library model or imported weights, not on hyperparameter fields.
    if (command === 'train' && args.positionals[1] === 'cat-breeds') return await (await import('./transfer-train-command')).transferTrainCommand(lab, args);
    if (command === 'train') return await trainCommand(lab, args);
    return await runsCommand(lab, args);
  } finally {
    await lab.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`lab: ${error.message}`);
    process.exit(2);
  },
);
