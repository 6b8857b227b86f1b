// What lessons 5 and 6 keep of a run while it trains, through the shared loop's hooks: the first
// layer's filters streamed live (the shared picture hooks), the preprocessing it trained with (so its
// pictures can be recomputed later from its weights) and the Grad-CAM film strip, rewritten after
// every epoch. The shared hooks also store the results grid of test images.
import type { ClassifierHooks } from '../../cifar/train-classifier';
import type { TrainingContext } from '../../lesson-trainer';
import { pictureHooks } from '../../pictures/picture-hooks';
import { CAM_FILM_FILE, CamFilm } from './cam-film';
import { filtersPicture } from './filters';
import { PREPROCESSING_FILE, preprocessingBytes } from './run-inputs';

export function convPictureHooks(context: TrainingContext): ClassifierHooks {
  const shared = pictureHooks({ live: (tensors) => filtersPicture(tensors) }, context);
  let film: CamFilm | null = null;
  return {
    ...shared,
    prepared: (setup) => {
      shared.prepared?.(setup);
      context.saveFile?.(PREPROCESSING_FILE, preprocessingBytes(setup.affine));
      film = new CamFilm(setup.data.test, setup.affine, setup.data.classes.length);
    },
    carry: () => ({ shared: shared.carry?.() ?? null, film: film?.carry() ?? [] }),
    resume: (carried) => {
      const kept = carried as { shared?: unknown; film?: unknown } | null;
      shared.resume?.(kept?.shared ?? null);
      film?.resume(kept?.film);
    },
    epochEnd: (state) => {
      shared.epochEnd?.(state);
      if (!film || !context.saveFile) return;
      film.addEpoch(state.model, state.epoch);
      context.saveFile(CAM_FILM_FILE, new TextEncoder().encode(JSON.stringify(film.picture())));
    },
  };
}
