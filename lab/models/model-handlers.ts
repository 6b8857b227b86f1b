// The models:* channels, served by the ModelService; files arrive as uploads (lab/uploads) and are
// deleted once used, whether the call succeeded or not.
import { readFile } from 'node:fs/promises';
import type { Handlers } from '../../contract/api';
import type { ModelChannels } from '../../contract/models/model-channels';
import type { UploadStore, ReceivedFile } from '../uploads/upload-store';
import { inspectAiriNetwork } from './airi-networks';
import type { ModelService } from './model-service';
import { ModelExplainer } from './model-explainer';

async function withUploads<T>(uploads: UploadStore, taken: Promise<ReceivedFile>[], use: (files: ReceivedFile[]) => Promise<T>): Promise<T> {
  const settled = await Promise.allSettled(taken);
  const files = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  try {
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    return await use(files);
  } finally {
    for (const file of files) await uploads.release(file);
  }
}

export function modelHandlers(models: ModelService, uploads: UploadStore): Pick<Handlers, keyof ModelChannels> {
  const photo = <T>(uploadId: string, use: (bytes: Uint8Array, file: string) => Promise<T>) =>
    withUploads(uploads, [uploads.take(uploadId, 'photo')], async ([received]) => use(new Uint8Array(await readFile(received.path)), received.file));
  const explainer = new ModelExplainer(models);
  return {
    'models:list': () => models.list(),
    'models:providers': () => models.providers(),
    'models:import': ({ uploadId, labelsUploadId, name }) =>
      withUploads(
        uploads,
        [uploads.take(uploadId, 'model'), ...(labelsUploadId ? [uploads.take(labelsUploadId, 'labels')] : [])],
        ([model, labels]) => models.importFile({ path: model.path, file: model.file, name, ...(labels ? { labels: { path: labels.path, file: labels.file } } : {}) }),
      ),
    'models:rename': ({ modelId, name }) => models.rename(modelId, name),
    'models:remove': async ({ modelId }) => ({ removed: await models.remove(modelId) }),
    'models:inspect': ({ modelId }) => models.inspect(modelId),
    'models:inspect-airi': ({ network }) => inspectAiriNetwork(network),
    'models:set-preprocessing': ({ modelId, preprocessing }) => models.setPreprocessing(modelId, preprocessing),
    'models:set-provider': ({ modelId, provider }) => models.setProvider(modelId, provider),
    'models:preview': ({ modelId, uploadId }) => photo(uploadId, (bytes, file) => models.preview(modelId, bytes, file)),
    'models:classify': ({ modelId, uploadId, top }) => photo(uploadId, (bytes, file) => models.classify(modelId, bytes, file, top ?? 5)),
    'models:cam-layers': ({ modelId }) => explainer.layers(modelId),
    'models:explain': ({ modelId, uploadId, ...options }) => photo(uploadId, (bytes, file) => explainer.explain(modelId, bytes, file, options)),
  };
}
