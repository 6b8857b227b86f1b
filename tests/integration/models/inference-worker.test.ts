// The inference worker's life: sessions run off this thread, a worker that stops (crash, or freed on
// purpose) fails the calls in flight with a coded error instead of hanging, and the next call starts
// a new worker and reopens the model's session.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ModelService } from '../../../lab/models/model-service';
import { SHARED_CATS, SHARED_MODEL } from '../../helpers/onnx-fixtures';
import { makeTempHome } from '../../helpers/temp-home';

const INFERENCE_WORKER = join(process.cwd(), 'dist', 'node', 'inference-worker.mjs');

describe('inference worker', () => {
  const home = makeTempHome();
  const service = new ModelService(home.dir, INFERENCE_WORKER);
  afterAll(async () => {
    await service.close();
    home.remove();
  });

  it('survives its worker stopping, mid-call or between calls', async () => {
    const model = await service.importFile({ path: SHARED_MODEL, file: basename(SHARED_MODEL) });
    const dir = join(SHARED_CATS, 'Siamese');
    const photo = new Uint8Array(readFileSync(join(dir, readdirSync(dir).sort()[0])));
    expect((await service.classify(model.id, photo, 'cat.jpg')).top[0].classIndex).toBe(284);

    const inFlight = service.classify(model.id, photo, 'cat.jpg');
    // Stop the worker as soon as the photo has been decoded and its run is on the way.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await service.stopWorker();
    const outcome = await inFlight.then((r) => r.top[0].classIndex, (e: { info?: { code: string } }) => e.info?.code);
    // Either the run finished before the stop, or it failed with its code; it never hangs.
    expect([284, 'model-inference-failed']).toContain(outcome);

    await service.stopWorker();
    expect((await service.classify(model.id, photo, 'cat.jpg')).top[0].classIndex).toBe(284);
  });
});
