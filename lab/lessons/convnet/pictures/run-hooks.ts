// What lessons 5 and 6 keep of a run while it trains, through the shared loop's hooks: the
// preprocessing it trained with (so its pictures can be recomputed later from its weights) and the
// Grad-CAM film strip, rewritten after every epoch.
import type { ClassifierHooks } from '../../cifar/train-classifier';
import type { TrainingContext } from '../../lesson-trainer';
import { CAM_FILM_FILE, CamFilm } from './cam-film';
import { PREPROCESSING_FILE, preprocessingBytes } from './run-inputs';

export function convPictureHooks(context: TrainingContext): ClassifierHooks {
  let film: CamFilm | null = null;
  return {
    prepared: ({ affine, data }) => {
      context.saveFile?.(PREPROCESSING_FILE, preprocessingBytes(affine));
      film = new CamFilm(data.test, affine, data.classes.length);
    },
    epochEnd: ({ model, epoch }) => {
      if (!film || !context.saveFile) return;
      film.addEpoch(model, epoch);
      context.saveFile(CAM_FILM_FILE, new TextEncoder().encode(JSON.stringify(film.picture())));
    },
  };
}
