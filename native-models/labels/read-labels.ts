// Class names for a model: ImageNet's 1000 when the scores have 1000 classes and no file is given,
// else a labels file (a JSON array of strings, or one label per line), else "class 0", "class 1"...
import { ApiInputError } from '../../contract/guards';
import { IMAGENET_LABELS } from './imagenet-labels';

export type LabelsSource = 'imagenet' | 'file' | 'numbers';

/** Parses a labels file's text; throws a coded error naming `file`. */
export function parseLabels(text: string, file: string): string[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  let labels: unknown;
  if (trimmed.startsWith('[')) {
    try {
      labels = JSON.parse(trimmed);
    } catch (error) {
      throw ApiInputError.of({ code: 'labels-unreadable', params: { file, detail: `not valid JSON (${(error as Error).message})` } });
    }
    if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string' || typeof l === 'number')) {
      throw ApiInputError.of({ code: 'labels-unreadable', params: { file, detail: 'the JSON must be an array of names' } });
    }
    labels = labels.map(String);
  } else {
    labels = trimmed.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  }
  const list = labels as string[];
  if (list.length === 0) throw ApiInputError.of({ code: 'labels-unreadable', params: { file, detail: 'it has no labels' } });
  return list.map((l) => l.slice(0, 200));
}

export function defaultLabels(classes: number): { labels: string[]; source: LabelsSource } {
  if (classes === IMAGENET_LABELS.length) return { labels: [...IMAGENET_LABELS], source: 'imagenet' };
  return { labels: Array.from({ length: classes }, (_, i) => `class ${i}`), source: 'numbers' };
}

/** The labels file checked against the model's class count. */
export function labelsForModel(classes: number, file?: { text: string; name: string }): { labels: string[]; source: LabelsSource } {
  if (!file) return defaultLabels(classes);
  const labels = parseLabels(file.text, file.name);
  if (labels.length !== classes) {
    throw ApiInputError.of({ code: 'labels-mismatch', params: { file: file.name, labels: labels.length, classes } });
  }
  return { labels, source: 'file' };
}
