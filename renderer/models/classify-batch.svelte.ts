// Photos dropped for classification: each is sent (uploads:*) and classified (models:classify) in turn,
// so the window stays responsive and a batch of 100 shows its progress and can be cancelled. A photo
// that fails gets its own message; the others carry on.
import type { ClassifyResult } from '../../contract/models/models';
import { uploadFile } from '../components/photos/upload-file';
import { errorView, type LabErrorView } from '../i18n/error-text';
import { api } from '../state/lab.svelte';

export type PhotoStatus = 'waiting' | 'sending' | 'classifying' | 'done' | 'failed' | 'cancelled';

export interface PhotoItem {
  key: number;
  /** The model it is classified (and explained) with. */
  modelId: string;
  file: File;
  thumbnail: string;
  status: PhotoStatus;
  result: ClassifyResult | null;
  error: LabErrorView | null;
}

class ClassifyBatch {
  items = $state.raw<PhotoItem[]>([]);
  running = $state(false);
  private nextKey = 1;
  private abort: AbortController | null = null;
  private modelId: string | null = null;

  readonly total = $derived(this.items.length);
  readonly finished = $derived(this.items.filter((i) => i.status === 'done' || i.status === 'failed' || i.status === 'cancelled').length);

  add(modelId: string, files: File[]): void {
    if (this.modelId !== modelId && !this.running) this.modelId = modelId;
    const added = files.map((file) => ({
      key: this.nextKey++, modelId, file, thumbnail: URL.createObjectURL(file), status: 'waiting' as const, result: null, error: null,
    }));
    // Newest first, so the photo just dropped is in view.
    this.items = [...added.reverse(), ...this.items];
    if (!this.running) void this.run();
  }

  cancel(): void {
    this.abort?.abort();
    this.items = this.items.map((i) => (i.status === 'waiting' ? { ...i, status: 'cancelled' } : i));
  }

  clear(): void {
    if (this.running) this.cancel();
    for (const item of this.items) URL.revokeObjectURL(item.thumbnail);
    this.items = [];
  }

  private update(key: number, change: Partial<PhotoItem>): void {
    this.items = this.items.map((i) => (i.key === key ? { ...i, ...change } : i));
  }

  private async run(): Promise<void> {
    this.running = true;
    this.abort = new AbortController();
    const signal = this.abort.signal;
    try {
      for (;;) {
        const next = [...this.items].reverse().find((i) => i.status === 'waiting');
        if (!next || signal.aborted || !this.modelId) break;
        try {
          this.update(next.key, { status: 'sending' });
          const uploadId = await uploadFile(api, next.file, 'photo', { signal });
          this.update(next.key, { status: 'classifying' });
          const result = await api.invoke('models:classify', { modelId: this.modelId, uploadId, top: 5 });
          this.update(next.key, { status: 'done', result });
        } catch (error) {
          this.update(next.key, signal.aborted ? { status: 'cancelled' } : { status: 'failed', error: errorView(error) });
        }
      }
    } finally {
      this.running = false;
      this.abort = null;
    }
  }
}

export const batch = new ClassifyBatch();
