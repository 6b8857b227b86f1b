// `lab classify <model> <photo...> [--top 5] [--json]`: each photo's top classes, one at a time; a
// photo that cannot be read is reported by name and the others still classify (exit code 1 if any failed).
import type { ParsedArgs } from '../parse-argv';
import { readPhotoFile } from '../../photos';
import { cliModelService, findModel } from './cli-models';

export async function classifyCommand(args: ParsedArgs): Promise<number> {
  const [, target, ...photos] = args.positionals;
  if (!target || photos.length === 0) throw new Error('usage: lab classify <model> <photo...> [--top 5] [--json]');
  const top = args.options.top === undefined ? 5 : Number(args.options.top);
  if (!Number.isInteger(top) || top < 1 || top > 20) throw new Error('--top needs a whole number from 1 to 20');
  const json = args.switches.has('json');
  const service = cliModelService();
  let failures = 0;
  try {
    const model = findModel(service.list(), target);
    for (const path of photos) {
      try {
        const { file, bytes } = await readPhotoFile(path);
        const result = await service.classify(model.id, bytes, file, top);
        if (json) console.log(JSON.stringify(result));
        else {
          console.log(`${file}  (${result.width}×${result.height}, ${result.ms.total.toFixed(0)} ms on ${result.provider})`);
          for (const c of result.top) console.log(`  ${(c.probability * 100).toFixed(1).padStart(5)}%  ${c.classIndex.toString().padStart(4)}  ${c.label}`);
        }
      } catch (error) {
        failures += 1;
        if (json) console.log(JSON.stringify({ file: path, error: (error as Error).message, errorInfo: (error as { info?: unknown }).info ?? null }));
        else console.error(`${path}: ${(error as Error).message}`);
      }
    }
  } finally {
    await service.close();
  }
  return failures > 0 ? 1 : 0;
}
