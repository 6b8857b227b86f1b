// Uploads over the API connection: the renderer's uploadFile sends a real file in chunks through the
// real channel guards into a real UploadStore; caps, order and expiry are enforced.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { requestGuards, type Channel, type RequestOf, type ResponseOf } from '../../../../contract/api';
import type { ApiInputError } from '../../../../contract/guards';
import type { LabApi } from '../../../../contract/transport';
import { UPLOAD_CHUNK_BYTES } from '../../../../contract/uploads';
import { UploadStore } from '../../../../lab/uploads/upload-store';
import { uploadHandlers } from '../../../../lab/uploads/upload-handlers';
import { uploadFile } from '../../../../renderer/components/photos/upload-file';
import { makeTempHome } from '../../../helpers/temp-home';

const homes: { remove(): void }[] = [];
afterEach(() => homes.splice(0).forEach((h) => h.remove()));

function storeAndApi(now = () => Date.now()): { store: UploadStore; api: LabApi } {
  const home = makeTempHome();
  homes.push(home);
  const store = new UploadStore(home.dir, now);
  const handlers = uploadHandlers(store) as Record<string, (r: unknown) => unknown>;
  const api: LabApi = {
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
      // Through JSON and the guard, as the WebSocket carries it.
      const checked = (requestGuards[channel] as (i: unknown) => unknown)(JSON.parse(JSON.stringify(request)));
      return (await handlers[channel](checked)) as ResponseOf<C>;
    },
    on: () => () => {},
  };
  return { store, api };
}

describe('uploads', () => {
  it('carries a 1.3 MB file in chunks, byte for byte', async () => {
    const { store, api } = storeAndApi();
    const bytes = new Uint8Array(Math.round(2.5 * UPLOAD_CHUNK_BYTES));
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
    const fractions: number[] = [];
    const id = await uploadFile(api, new File([bytes], 'cat.jpg'), 'photo', { onProgress: (f) => fractions.push(f) });
    const received = await store.take(id, 'photo');
    expect(received.file).toBe('cat.jpg');
    // Buffer.compare: a deep toEqual over a million elements takes seconds.
    expect(Buffer.compare(await readFile(received.path), bytes)).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBeGreaterThanOrEqual(3);
    await expect(store.take(id, 'photo')).rejects.toMatchObject({ info: { code: 'upload-not-found' } });
  });

  it('refuses a photo over the cap before sending, and on the server too', async () => {
    const { api } = storeAndApi();
    const big = { name: 'huge.jpg', size: 31 * 1024 * 1024 } as File;
    await expect(uploadFile(api, big, 'photo')).rejects.toMatchObject({ info: { code: 'upload-too-big', params: { file: 'huge.jpg', maxMegabytes: 30 } } });
    const error = await api.invoke('uploads:start', { file: 'huge.jpg', bytes: 31 * 1024 * 1024, purpose: 'photo' }).catch((e: ApiInputError) => e);
    expect((error as ApiInputError).info?.code).toBe('upload-too-big');
  });

  it('drops an upload whose chunks come out of order, or that is taken incomplete', async () => {
    const { store, api } = storeAndApi();
    const { uploadId } = await api.invoke('uploads:start', { file: 'a.png', bytes: 10, purpose: 'photo' });
    await expect(api.invoke('uploads:chunk', { uploadId, offset: 4, data: 'AAAA' })).rejects.toMatchObject({ info: { code: 'upload-incomplete' } });
    await expect(store.take(uploadId, 'photo')).rejects.toMatchObject({ info: { code: 'upload-not-found' } });
    const second = await api.invoke('uploads:start', { file: 'b.png', bytes: 10, purpose: 'photo' });
    await api.invoke('uploads:chunk', { uploadId: second.uploadId, offset: 0, data: 'AAAA' });
    await expect(store.take(second.uploadId, 'photo')).rejects.toMatchObject({ info: { code: 'upload-incomplete', params: { received: 3, expected: 10 } } });
  });

  it('forgets uploads left idle for ten minutes', async () => {
    let clock = 0;
    const { store, api } = storeAndApi(() => clock);
    const { uploadId } = await api.invoke('uploads:start', { file: 'a.png', bytes: 3, purpose: 'photo' });
    clock += 11 * 60 * 1000;
    await api.invoke('uploads:start', { file: 'b.png', bytes: 3, purpose: 'photo' });
    await expect(store.take(uploadId, 'photo')).rejects.toMatchObject({ info: { code: 'upload-not-found' } });
  });

  it('rejects malformed chunk requests in the guard', () => {
    expect(() => requestGuards['uploads:chunk']({ uploadId: 'x', offset: 0, data: '' })).toThrow(/upload identifier/);
    expect(() => requestGuards['uploads:chunk']({ uploadId: 'a'.repeat(32), offset: -1, data: '' })).toThrow(/offset/);
    expect(() => requestGuards['uploads:chunk']({ uploadId: 'a'.repeat(32), offset: 0, data: 'not base64!' })).toThrow(/base64/);
    expect(requestGuards['uploads:start']({ file: '../../etc/passwd', bytes: 1, purpose: 'photo' }).file).toBe('passwd');
  });
});
