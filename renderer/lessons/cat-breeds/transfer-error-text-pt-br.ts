// Lesson 8's fast-mode errors in Brazilian Portuguese (contract/transfer/transfer-errors.ts has the English).
import type { TransferErrorParams } from '../../../contract/transfer/transfer-errors';

export const TRANSFER_ERRORS_PT_BR: { [C in keyof TransferErrorParams]: (params: TransferErrorParams[C]) => string } = {
  'transfer-folder-unreadable': (p) => `não foi possível ler a pasta ${p.folder}: ${p.detail}`,
  'transfer-too-few-classes': (p) => `a pasta ${p.folder} precisa de pelo menos 2 subpastas de classe com fotos; ela tem ${p.classes}`,
  'transfer-too-few-photos': (p) =>
    `a classe ${p.className} em ${p.folder} tem ${p.photos} fotos; cada classe precisa de pelo menos 3 (treino, validação, teste)`,
  'transfer-no-features': (p) => `não achamos a camada classificadora de ${p.model}, então suas características não servem para uma nova cabeça`,
  'transfer-no-good-photos': (p) => `nenhuma foto da parte de ${p.split} pôde ser lida`,
  'transfer-head-missing': (p) => `o treino ${p.runId} não tem cabeça treinada (não terminou, ou seus arquivos foram apagados)`,
  'transfer-backbone-missing': (p) => `o treino ${p.runId} usou ${p.model}, que não está mais na biblioteca de modelos: importe-o de novo para usar ou exportar este treino`,
};
