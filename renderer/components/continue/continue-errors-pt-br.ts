// The continue-a-run errors (contract/continue-run.ts) in Brazilian Portuguese.
import type { ContinueErrorParams } from '../../../contract/continue-errors';

type Texts<P> = { [C in keyof P]: (params: P[C]) => string };

export const CONTINUE_ERRORS_PT_BR: Texts<ContinueErrorParams> = {
  'continue-no-checkpoint': (p) =>
    `o treino ${p.runId} não guardou um ponto de retomada (parou antes de terminar a primeira época, ou foi feito por uma versão antiga)`,
  'continue-not-stopped': (p) => `só um treino parado ou interrompido pode ser continuado; o treino ${p.runId} está ${p.status}`,
  'continue-lesson-changed': (p) =>
    `o treino ${p.runId} não pode ser continuado: a aula mudou desde que ele foi treinado (${p.detail}); treine de novo`,
  'continue-checkpoint-damaged': (p) =>
    `o ponto de retomada do treino ${p.runId} está danificado (${p.detail}); o treino ficou como estava, treine de novo`,
};
