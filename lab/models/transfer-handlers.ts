// The transfer:* channels (lesson 8's fast mode), served by the TransferService; a dropped photo
// arrives as an upload and is deleted once classified, whether that worked or not.
import { readFile } from 'node:fs/promises';
import type { Handlers } from '../../contract/api';
import type { TransferChannels } from '../../contract/transfer/transfer-api';
import type { UploadStore } from '../uploads/upload-store';
import type { FineTuneService } from './finetune-service';
import type { TransferService } from './transfer-service';

export function transferHandlers(transfer: TransferService, fineTune: FineTuneService, uploads: UploadStore): Pick<Handlers, keyof TransferChannels> {
  return {
    'transfer:scan': ({ folder, seed }) => transfer.scan(folder, seed),
    'transfer:train': (request) => transfer.train(request),
    'transfer:finetune-weights': () => fineTune.weights(),
    'transfer:finetune': (request) => fineTune.train(request),
    'transfer:add-to-library': ({ runId }) => transfer.addToLibrary(runId),
    'transfer:classify': async ({ runId, uploadId }) => {
      const received = await uploads.take(uploadId, 'photo');
      try {
        return await transfer.classify(runId, new Uint8Array(await readFile(received.path)), received.file);
      } finally {
        await uploads.release(received);
      }
    },
    'transfer:explain': async ({ runId, uploadId, classIndices }) => {
      const received = await uploads.take(uploadId, 'photo');
      try {
        return await transfer.explain(runId, new Uint8Array(await readFile(received.path)), received.file, classIndices);
      } finally {
        await uploads.release(received);
      }
    },
  };
}
