// Errors in the UI's language: a lab error with a code is worded by the current dictionary
// (i18n.t.labErrors); anything else (a lost connection, an older record) shows its own text.
import { type LabErrorInfo, wordLabError } from '../../contract/lab-errors';
import { LabApiError, errorMessage } from '../api/client';
import { i18n } from './i18n.svelte';

/** A stored or reported error: its English text, and its code when it has one. */
export interface LabErrorView {
  text: string;
  info: LabErrorInfo | null;
}

/** The view of a finished run's error, or null when it has none. */
export function runErrorView(run: { error: string | null; errorInfo: LabErrorInfo | null }): LabErrorView | null {
  return run.error === null && run.errorInfo === null ? null : { text: run.error ?? '', info: run.errorInfo };
}

/**
 * The text to show, in the current language, as a sentence (the CLI's wording starts in lower case).
 * Call it where it renders, so that a language switch rewords it.
 */
export function labErrorText(view: LabErrorView): string {
  const text = view.info ? wordLabError(view.info, i18n.t.labErrors) : view.text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a failed call threw, as a view. */
export function errorView(error: unknown): LabErrorView {
  return { text: errorMessage(error), info: error instanceof LabApiError ? error.info : null };
}

/** What a failed call threw, worded now. */
export function errorText(error: unknown): string {
  return labErrorText(errorView(error));
}
