// The weights-file errors (contract/weights-errors.ts) in Brazilian Portuguese.
import type { WeightsErrorParams } from '../../contract/weights-errors';

type Texts<P> = { [C in keyof P]: (params: P[C]) => string };

export const WEIGHTS_ERRORS_PT_BR: Texts<WeightsErrorParams> = {
  'weights-unreadable': (p) => `${p.file} não é um arquivo de pesos que o Airi Lab consiga ler (.pth do PyTorch ou safetensors): ${p.detail}`,
  'weights-runs-code': (p) =>
    `${p.file} pede para executar ${p.callable} ao ser aberto; o Airi Lab só lê tensores e nunca executa código de um arquivo, então ele foi recusado`,
};
