// What a CIFAR-10 lesson's own panels (its pictures) get from the shared screen: the run on show
// (this session's once it finished, otherwise the lesson's last finished run) and the live snapshot.
import type { PicturesSnapshot } from '../../../contract/insights';
import type { RunDetail } from '../../../contract/runs';
import type { TrainingSnapshot } from '../../../contract/events';

export interface CifarRunView {
  /** The stored record of the run on show; null while a run trains or when there is none. */
  run: RunDetail | null;
  /** The latest live picture of the run training now. */
  live: PicturesSnapshot | null;
  training: boolean;
}

export function asPictures(snapshot: TrainingSnapshot | null): PicturesSnapshot | null {
  return snapshot?.kind === 'pictures' ? snapshot : null;
}
