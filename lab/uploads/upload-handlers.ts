// The uploads:* channels, served by the UploadStore.
import type { Handlers } from '../../contract/api';
import type { UploadChannels } from '../../contract/uploads';
import type { UploadStore } from './upload-store';

export function uploadHandlers(uploads: UploadStore): Pick<Handlers, keyof UploadChannels> {
  return {
    'uploads:start': (request) => uploads.start(request),
    'uploads:chunk': (request) => uploads.chunk(request),
    'uploads:cancel': async ({ uploadId }) => ({ cancelled: await uploads.cancel(uploadId) }),
  };
}
