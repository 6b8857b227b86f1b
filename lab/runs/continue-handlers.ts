// The lab's handlers for continuing a stopped run (issue 8, contract/continue-run.ts).
import type { Handlers } from '../../contract/api';
import type { ContinueChannels } from '../../contract/continue-run';
import type { RunStore } from '../run-store/run-store';
import type { TrainerHost } from '../trainer/trainer-host';

export function continueHandlers(store: RunStore, trainer: TrainerHost): Pick<Handlers, keyof ContinueChannels> {
  return {
    'training:continue': ({ runId }) => {
      // A run whose process died is still "running" in the store until marked; it can be continued too.
      store.markInterrupted();
      const { epoch } = trainer.continue(runId);
      return { runId, epoch };
    },
    'training:checkpoint': ({ runId }) => {
      store.markInterrupted();
      return trainer.checkpointOf(runId);
    },
  };
}
