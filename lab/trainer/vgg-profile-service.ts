// vgg16:profile: runs the VGG profile worker once per lab process and keeps its answer, so every
// window and every student of a classroom gets the same measured numbers without measuring again.
// A failed measurement is not kept: the next call tries again.
import { Worker } from 'node:worker_threads';
import { ApiInputError } from '../../contract/guards';
import type { VggProfile } from '../../contract/lessons/vgg16-profile';
import type { VggProfileResult } from './vgg-profile-worker';

/** On a busy two-core computer the profile takes about a minute; far longer means something is wrong. */
const PROFILE_TIMEOUT_MS = 10 * 60_000;

export class VggProfileService {
  private pending: Promise<VggProfile> | null = null;

  constructor(private readonly workerScript: string) {}

  profile(): Promise<VggProfile> {
    if (!this.pending) {
      this.pending = this.measure();
      this.pending.catch(() => { this.pending = null; });
    }
    return this.pending;
  }

  private measure(): Promise<VggProfile> {
    return new Promise<VggProfile>((resolve, reject) => {
      const worker = new Worker(this.workerScript);
      const fail = (detail: string) => reject(ApiInputError.of({ code: 'pictures-unavailable', params: { detail } }));
      const timer = setTimeout(() => {
        void worker.terminate();
        fail('measuring VGG16 took over ten minutes');
      }, PROFILE_TIMEOUT_MS);
      worker.once('message', (result: VggProfileResult) => {
        clearTimeout(timer);
        void worker.terminate();
        if (result.ok) resolve(result.profile);
        else fail(result.error);
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        fail(error.message);
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        fail(`the worker exited (code ${code})`);
      });
    });
  }
}
