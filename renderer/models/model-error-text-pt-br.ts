// The model library's errors in Brazilian Portuguese (contract/models/model-errors.ts has the English).
import type { ModelErrorParams } from '../../contract/models/model-errors';
import { EXPLAIN_ERRORS_PT_BR } from './explain-error-text-pt-br';

export const MODEL_ERRORS_PT_BR: { [C in keyof ModelErrorParams]: (params: ModelErrorParams[C]) => string } = {
  ...EXPLAIN_ERRORS_PT_BR,
  'model-not-onnx': (p) => `o arquivo ${p.file} não é um modelo ONNX (${p.detail})`,
  'model-unloadable': (p) => `o ONNX Runtime não consegue carregar ${p.file}: ${p.detail}`,
  'model-no-image-input': (p) =>
    `o arquivo ${p.file} não tem entrada de imagem (um tensor [N,3,H,W] ou [N,H,W,3]); suas entradas são ${p.inputs}`,
  'model-no-scores-output': (p) => `o arquivo ${p.file} não tem saída de pontuações por classe (um tensor [N,classes]); suas saídas são ${p.outputs}`,
  'model-duplicate': (p) => `o arquivo ${p.file} já está na biblioteca como "${p.existing}"`,
  'labels-unreadable': (p) => `não foi possível ler o arquivo de rótulos ${p.file}: ${p.detail}`,
  'labels-mismatch': (p) => `o arquivo de rótulos ${p.file} tem ${p.labels} rótulos, mas o modelo tem ${p.classes} classes`,
  'model-not-found': (p) => `não há modelo ${p.modelId} na biblioteca`,
  'model-inference-failed': (p) => `o modelo ${p.model} falhou ao classificar: ${p.detail}`,
  'provider-unavailable': (p) => `o provedor de execução ${p.provider} não funciona aqui: ${p.reason}`,
  'preprocessing-invalid': (p) => `pré-processamento inválido: ${p.detail}`,
};
