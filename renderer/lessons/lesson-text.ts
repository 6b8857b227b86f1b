// The shape of a lesson's prose: sections of paragraphs, formulas and lists, written for this app in
// both languages. Plain text only (no HTML), so the renderer never needs {@html}.
import type { Locale } from '../../contract/locale';

export type LessonBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'formula'; text: string }
  | { kind: 'list'; items: string[] };

export interface LessonSection {
  /** Anchor id, the same in every language. */
  id: string;
  heading: string;
  blocks: LessonBlock[];
}

export interface LessonText {
  lead: string;
  sections: LessonSection[];
}

export type LocalizedLessonText = Record<Locale, LessonText>;
