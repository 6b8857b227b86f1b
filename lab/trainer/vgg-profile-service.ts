// vgg16:profile: runs the VGG profile worker once per lab process and keeps its answer, so every
// window and every student of a classroom gets the same measured numbers without measuring again.
// A failed measurement is not kept: the next call tries again.
import { ApiInputError } from '../../contract/guards';
import type { VggProfile } from '../../contract/lessons/vgg16-profile';
import { runOneShotWorker } from '../platform/one-shot-worker';
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
    const unavailable = (detail: string) => ApiInputError.of({ code: 'pictures-unavailable', params: { detail } });
    return runOneShotWorker<VggProfileResult, VggProfile>(this.workerScript, {
      name: 'worker',
      timeout: { ms: PROFILE_TIMEOUT_MS, detail: 'measuring VGG16 took over ten minutes' },
      answer: (result) => (result.ok ? { value: result.profile } : { error: unavailable(result.error) }),
      failed: unavailable,
    });
  }
}
