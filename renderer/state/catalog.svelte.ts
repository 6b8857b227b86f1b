// The eight lessons as the API lists them (titles and summaries come localized from lab/).
import type { LessonSummary } from '../../contract/lessons/catalog';
import { errorText } from '../i18n/error-text';
import { api, connection } from './lab.svelte';

class CatalogState {
  lessons = $state.raw<LessonSummary[]>([]);
  loading = $state(false);
  error = $state<string | null>(null);

  constructor() {
    connection.onReconnect(() => {
      if (this.error || this.lessons.length === 0) void this.load();
    });
  }

  async load(): Promise<void> {
    this.loading = true;
    this.error = null;
    try {
      const lessons = await api.invoke('lessons:list', undefined);
      this.lessons = [...lessons].sort((a, b) => a.number - b.number);
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.loading = false;
    }
  }

  byId(id: string): LessonSummary | undefined {
    return this.lessons.find((lesson) => lesson.id === id);
  }
}

export const catalog = new CatalogState();
