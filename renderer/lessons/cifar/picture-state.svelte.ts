// One picture fetched through insights:compute, with its loading state and error; a newer request
// supersedes an older one still in flight, so a slow answer never replaces a newer picture.
import type { PictureRequest, PictureSet } from '../../../contract/insights';
import { errorView, type LabErrorView } from '../../i18n/error-text';
import { api } from '../../state/lab.svelte';

export class PictureState {
  picture = $state.raw<PictureSet | null>(null);
  loading = $state(false);
  error = $state<LabErrorView | null>(null);
  private ticket = 0;

  async load(request: PictureRequest): Promise<void> {
    const ticket = ++this.ticket;
    this.loading = true;
    this.error = null;
    try {
      const picture = await api.invoke('insights:compute', request);
      if (ticket === this.ticket) this.picture = picture;
    } catch (error) {
      if (ticket === this.ticket) this.error = errorView(error);
    } finally {
      if (ticket === this.ticket) this.loading = false;
    }
  }

  clear(): void {
    this.ticket++;
    this.picture = null;
    this.error = null;
    this.loading = false;
  }
}
