// The weights:* channels, served by the TorchvisionWeightsService; a file or photo arrives as an
// upload and is deleted once used, whether the call succeeded or not. A path names a file on the
// lab's own computer (the teacher's USB stick): the socket policy lets only the teacher send one.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Handlers } from '../../contract/api';
import type { WeightsChannels } from '../../contract/weights/weights-channels';
import type { UploadStore } from '../uploads/upload-store';
import type { TorchvisionWeightsService } from './torchvision-weights-service';

export function weightsHandlers(weights: TorchvisionWeightsService, uploads: UploadStore): Pick<Handlers, keyof WeightsChannels> {
  const withUpload = async <T>(uploadId: string, purpose: 'photo' | 'model', use: (path: string, file: string) => Promise<T>): Promise<T> => {
    const received = await uploads.take(uploadId, purpose);
    try {
      return await use(received.path, received.file);
    } finally {
      await uploads.release(received);
    }
  };
  const photo = <T>(uploadId: string, use: (bytes: Uint8Array, file: string) => Promise<T>) =>
    withUpload(uploadId, 'photo', async (path, file) => use(new Uint8Array(await readFile(path)), file));
  return {
    'weights:status': () => weights.status(),
    'weights:import': (request) =>
      'path' in request
        ? weights.importFile({ path: request.path, file: basename(request.path), ...(request.name ? { name: request.name } : {}) })
        : withUpload(request.uploadId, 'model', (path, file) => weights.importFile({ path, file, ...(request.name ? { name: request.name } : {}) })),
    'weights:download': ({ file }) => weights.download(file),
    'weights:remove': async ({ id }) => ({ removed: await weights.remove(id) }),
    'weights:speeds': ({ id, uploadId }) => photo(uploadId, (bytes, file) => weights.speeds(id, bytes, file)),
    'weights:grad-cam': (request) => photo(request.uploadId, (bytes, file) => weights.gradCam(request, bytes, file)),
  };
}
