// The errors of continuing a stopped run (issue 8, continue-run.ts), worded in English here and in
// Portuguese by renderer/components/continue/continue-errors-pt-br.ts.
export interface ContinueErrorParams {
  'continue-no-checkpoint': { runId: string };
  'continue-not-stopped': { runId: string; status: string };
  'continue-lesson-changed': { runId: string; detail: string };
  'continue-checkpoint-damaged': { runId: string; detail: string };
}

type Texts<P> = { [C in keyof P]: (params: P[C]) => string };

export const ENGLISH_CONTINUE_ERRORS: Texts<ContinueErrorParams> = {
  'continue-no-checkpoint': (p) =>
    `run ${p.runId} kept no checkpoint to continue from (it stopped before its first epoch ended, or an older version trained it)`,
  'continue-not-stopped': (p) => `only a stopped or interrupted run can be continued; run ${p.runId} is ${p.status}`,
  'continue-lesson-changed': (p) =>
    `run ${p.runId} cannot be continued: its lesson changed since it was trained (${p.detail}); train it again instead`,
  'continue-checkpoint-damaged': (p) =>
    `the checkpoint of run ${p.runId} is damaged (${p.detail}); the run was left as it was, train it again instead`,
};
