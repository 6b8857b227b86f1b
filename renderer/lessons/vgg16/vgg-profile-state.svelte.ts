// Lesson 7's panel data, fetched once through vgg16:profile (the lab measures VGG16 once and keeps
// it), with its loading state and error.
import type { VggProfile } from '../../../contract/lessons/vgg16-profile';
import { errorView, type LabErrorView } from '../../i18n/error-text';
import { api } from '../../state/lab.svelte';

class VggProfileState {
  profile = $state.raw<VggProfile | null>(null);
  loading = $state(false);
  error = $state<LabErrorView | null>(null);

  async load(): Promise<void> {
    if (this.profile || this.loading) return;
    this.loading = true;
    this.error = null;
    try {
      this.profile = await api.invoke('vgg16:profile', undefined);
    } catch (error) {
      this.error = errorView(error);
    } finally {
      this.loading = false;
    }
  }
}

export const vggProfileState = new VggProfileState();

/** Long durations in days: 50 epochs of VGG16 at 224×224 run to weeks here. */
export function formatLongDuration(seconds: number, short: (s: number) => string): string {
  if (!Number.isFinite(seconds) || seconds < 2 * 86_400) return short(seconds);
  const hours = Math.round(seconds / 3600);
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
