// The weights-file errors (contract/weights-errors.ts) in Brazilian Portuguese.
import type { WeightsErrorParams } from '../../contract/weights-errors';

type Texts<P> = { [C in keyof P]: (params: P[C]) => string };

export const WEIGHTS_ERRORS_PT_BR: Texts<WeightsErrorParams> = {
  'weights-unreadable': (p) => `${p.file} não é um arquivo de pesos que o Airi Lab consiga ler (.pth do PyTorch ou safetensors): ${p.detail}`,
  'weights-runs-code': (p) =>
    `${p.file} pede para executar ${p.callable} ao ser aberto; o Airi Lab só lê tensores e nunca executa código de um arquivo, então ele foi recusado`,
  'weights-not-found': (p) => `não há pesos importados com o id ${p.id} (foram removidos?)`,
  'weights-file-not-found': (p) => `não há arquivo em ${p.path} neste computador`,
  'weights-unknown-architecture': (p) =>
    `${p.file} não é a EfficientNet-B0 nem a VGG16 do torchvision, as duas arquiteturas que o Airi Lab importa; ele contém ${p.found}`,
  'weights-do-not-fit': (p) => `${p.file} parece ${p.architecture}, mas seus tensores não se encaixam: ${p.detail}`,
  'weights-duplicate': (p) => `${p.file} já foi importado, como "${p.existing}"`,
  'weights-import-busy': (p) => `outra importação está em andamento; importe ${p.file} quando ela terminar`,
  'weights-download-failed': (p) => `não foi possível baixar ${p.url}: ${p.detail}. O arquivo também pode vir num pen drive e ser importado do disco`,
  'weights-hash-mismatch': (p) =>
    `${p.file} está danificado ou não é o arquivo publicado: seu sha256 começa com ${p.actual}, não com ${p.expected} como o nome promete; ele foi apagado`,
  'weights-unknown-download': (p) => `${p.name} não é um dos arquivos do torchvision que o Airi Lab sabe baixar`,
  'weights-explain-failed': (p) => `não foi possível calcular o Grad-CAM: ${p.detail}`,
};
