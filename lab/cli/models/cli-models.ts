// Shared by the models and classify commands: a ModelService on the data directory, with the inference
// worker bundled beside the CLI, and finding a model by id, id prefix or name.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModelSummary } from '../../../contract/models/models';
import { defaultDataDirectory } from '../../app/data-directory';
import { ModelService } from '../../models/model-service';

export function cliModelService(dataDirectory = defaultDataDirectory()): ModelService {
  return new ModelService(dataDirectory, join(dirname(fileURLToPath(import.meta.url)), 'inference-worker.mjs'));
}

/** By exact id or name first, then by the start of an id or a name (case-insensitive); ambiguity is an error. */
export function findModel(models: ModelSummary[], query: string | undefined): ModelSummary {
  if (!query) throw new Error('name the model (its id or name; see lab models list)');
  const q = query.toLowerCase();
  const exact = models.filter((m) => m.id === q || m.name.toLowerCase() === q);
  const found = exact.length > 0 ? exact : models.filter((m) => m.id.startsWith(q) || m.name.toLowerCase().startsWith(q));
  if (found.length === 0) throw new Error(`there is no model "${query}" in the library (lab models list)`);
  if (found.length > 1) throw new Error(`"${query}" could be ${found.map((m) => `${m.name} (${m.id})`).join(' or ')}; give more of the name or the id`);
  return found[0];
}

export const megaOrGiga = (n: number) => (n >= 1e9 ? `${(n / 1e9).toFixed(2)} G` : `${(n / 1e6).toFixed(2)} M`);
