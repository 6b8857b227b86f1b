// One training session and one hyperparameter form per trainable lesson, kept for the window's
// lifetime so a run keeps streaming (and the form keeps its values) while the user browses elsewhere.
import type { HyperparameterSpec } from '../../contract/hyperparameters';
import type { LessonId } from '../../contract/lessons/catalog';
import { HyperparameterForm } from './hyperparameter-form.svelte';
import { TrainingSession } from './training-session.svelte';

export interface LessonLab {
  session: TrainingSession;
  form: HyperparameterForm;
}

// A plain cache, never read reactively.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const labs = new Map<LessonId, LessonLab>();

/** The lab of a lesson, created from the spec its summary carries. */
export function lessonLab(lessonId: LessonId, spec: HyperparameterSpec): LessonLab {
  let lab = labs.get(lessonId);
  if (!lab) {
    lab = rooted(() => ({ session: new TrainingSession(lessonId), form: new HyperparameterForm(spec) }));
    labs.set(lessonId, lab);
    // A reload during training: take the run back, with its settings in the form.
    const { session, form } = lab;
    void session.reattach().then((values) => values && form.fill(values));
  }
  return lab;
}

/** Builds state under a root of its own: its derived values must outlive the page that first opened it. */
function rooted<T>(make: () => T): T {
  let value!: T;
  $effect.root(() => {
    value = make();
  });
  return value;
}
