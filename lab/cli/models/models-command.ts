// `lab models import|list|inspect|rename|remove|providers|bench`: the model library from a terminal,
// on the same data directory as the app. --json prints machine-readable output.
import { basename, resolve } from 'node:path';
import type { InspectorReport } from '../../../contract/models/inspector';
import type { ModelSummary, ProviderAttempt } from '../../../contract/models/models';
import type { ImportPhase } from '../../../native-models/library/import-model';
import type { ParsedArgs } from '../parse-argv';
import { benchCommand } from './bench-command';
import { cliModelService, findModel, megaOrGiga } from './cli-models';

export const MODELS_USAGE = `lab models import <file.onnx> [--labels FILE] [--name NAME] [--json]
                                             copy a classifier into the library after checking it
  lab models list [--json]                   the library
  lab models inspect <model> [--json]        layers, shapes, parameters and MACs by block
  lab models rename <model> <name>           rename a model
  lab models remove <model>                  remove a model and its files
  lab models providers [--json]              which execution providers run here, and why not
  lab models bench <model> [--ep cpu,webgpu] [--json]
                                             ms/image at batch 1 and images/s at batch 32 per
                                             provider, beside onnxruntime-node's own session.run
  lab classify <model> <photo...> [--top 5] [--json]
                                             top classes of each photo`;

const IMPORT_PHASES: Record<ImportPhase, string> = {
  reading: 'reading the file and its sha256',
  checking: 'checking that it is an ONNX image classifier',
  copying: 'copying it into the library',
  loading: 'loading and running it once in ONNX Runtime (providers tried in order)',
};

function attemptsText(attempts: ProviderAttempt[]): string {
  return attempts.map((a) => (a.ok ? `${a.provider} ✓` : `${a.provider} ✗ (${a.reason})`)).join(' → ');
}

function printModel(m: ModelSummary): void {
  console.log(`${m.id}  ${m.name}`);
  console.log(`  ${m.io.imageInput} ${m.io.layout} [${m.io.inputDims.join(', ')}] → ${m.io.scoresOutput} ${m.io.classes} classes (${m.labelsSource} labels)`);
  console.log(`  ${megaOrGiga(m.params)} parameters, ${megaOrGiga(m.macs)} MACs per image, ${(m.bytes / 1e6).toFixed(1)} MB, sha256 ${m.sha256}`);
  console.log(`  provider: ${m.provider ?? 'not opened yet'} (preferred ${m.preferredProvider}); tried ${attemptsText(m.attempts)}`);
}

function printReport(report: InspectorReport): void {
  const shape = (s: number[] | null) => (s ? `[${s.join(', ')}]` : '?');
  for (const block of report.blocks) {
    console.log(`${block.name.padEnd(28)} ${String(block.layers).padStart(4)} layers ${block.params.toLocaleString('en').padStart(13)} params ${megaOrGiga(block.macs).padStart(10)} MACs  ${shape(block.outputShape)}`);
  }
  console.log(`total: ${report.totals.layers} layers, ${report.totals.params.toLocaleString('en')} parameters, ${megaOrGiga(report.totals.macs)} MACs` +
    (report.totals.unknownShapes ? ` (${report.totals.unknownShapes} layers of unknown shape not counted)` : ''));
  const marked = report.layers.filter((l) => l.largestByParams || l.largestByMacs);
  for (const l of marked) {
    console.log(`  largest${l.largestByParams ? ' by parameters' : ''}${l.largestByParams && l.largestByMacs ? ' and' : ''}${l.largestByMacs ? ' by compute' : ''}: ${l.name} (${l.opType}) ${l.params.toLocaleString('en')} params, ${megaOrGiga(l.macs ?? 0)} MACs`);
  }
}

export async function modelsCommand(args: ParsedArgs): Promise<number> {
  const [, verb, target, extra] = args.positionals;
  const json = args.switches.has('json');
  const service = cliModelService();
  const out = (value: unknown) => console.log(JSON.stringify(value));
  try {
    if (verb === 'import') {
      if (!target) throw new Error(`usage: ${MODELS_USAGE}`);
      const labels = args.options.labels;
      const model = await service.importFile({
        path: resolve(target), file: basename(target), name: args.options.name,
        // Steps on stderr, so --json output stays one object.
        onPhase: (phase) => process.stderr.write(`${IMPORT_PHASES[phase]}…\n`),
        ...(labels ? { labels: { path: resolve(labels), file: basename(labels) } } : {}),
      });
      if (json) out(model);
      else printModel(model);
      return 0;
    }
    if (verb === 'list') {
      const models = service.list();
      if (json) out(models);
      else if (models.length === 0) console.log('the library is empty: lab models import <file.onnx>');
      else models.forEach(printModel);
      return 0;
    }
    if (verb === 'providers') {
      const report = await service.providers();
      if (json) out(report);
      else for (const p of report.probes) console.log(`${p.provider.padEnd(8)} ${p.ok ? 'runs here' : `falls back: ${p.reason}`}`);
      return 0;
    }
    const model = findModel(service.list(), target);
    if (verb === 'inspect') {
      const report = await service.inspect(model.id);
      if (json) out(report);
      else printReport(report);
    } else if (verb === 'rename') {
      if (!extra) throw new Error('usage: lab models rename <model> <name>');
      const renamed = service.rename(model.id, extra);
      if (json) out(renamed);
      else console.log(`renamed to ${renamed.name}`);
    } else if (verb === 'remove') {
      await service.remove(model.id);
      if (json) out({ removed: true, id: model.id });
      else console.log(`removed ${model.name} (${model.id})`);
    } else if (verb === 'bench') {
      return await benchCommand(service, model, args);
    } else throw new Error(`usage: ${MODELS_USAGE}`);
    return 0;
  } finally {
    await service.close();
  }
}
