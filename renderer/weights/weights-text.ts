// The words of importing torchvision weights (Models screen) and of lesson 7's ImageNet VGG16 panel,
// in both languages; the components pick i18n.locale's.
import type { Locale } from '../../contract/locale';
import type { WeightsImportPhase } from '../../contract/weights/imported-weights';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
const duration = (s: number) => (s < 60 ? `${Math.max(1, Math.round(s))} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`);

const en = {
  title: 'Import torchvision weights (.pth / .safetensors)',
  intro: 'torchvision\'s pretrained EfficientNet-B0 or VGG16, as a teacher brings them on a USB stick: the .pth file PyTorch downloads, or a safetensors file of the same state dict. Airi Lab reads only the tensors (a .pth can hold code; it is never run), recognises the network, keeps a copy airi can explain and fine-tune, and adds an ONNX copy to the library for fast classifying.',
  uploadButton: 'Choose a .pth or .safetensors…',
  pathLabel: 'Or a path on this computer',
  pathPlaceholder: '/media/usb/vgg16-397923af.pth',
  pathButton: 'Import from path',
  offlineTitle: 'No internet in the classroom?',
  offline: (folder: string) => `Copy efficientnet_b0_rwightman-3dd342df.pth (21 MB) or vgg16-397923af.pth (528 MB) from any computer with internet (both from download.pytorch.org/models/) onto a USB stick, then choose the file above or type its path. You can also put it in ${folder} and type that path.`,
  downloadTitle: 'Download from torchvision (needs internet)',
  downloadButton: (file: string, megabytes: number) => `Download ${file} (${megabytes} MB)`,
  resumeButton: (file: string, done: number) => `Resume ${file} (${mb(done)} MB already here)`,
  downloadNote: 'Nothing is downloaded unless you press a button. An interrupted download resumes where it stopped; the file is checked against the sha256 in its name, as torchvision does.',
  phase: {
    downloading: 'Downloading', reading: 'Reading the file', recognising: 'Recognising the network', loading: 'Loading the weights into airi',
    saving: 'Saving airi\'s copy', exporting: 'Exporting to ONNX', checking: 'Checking the ONNX copy in ONNX Runtime',
  } satisfies Record<WeightsImportPhase, string>,
  progress: (phase: string, percent: number, eta: number | null) => `${phase}… ${percent}%${eta === null ? '' : ` · about ${duration(eta)} left`}`,
  bytes: (done: number, total: number | null) => (total ? `${mb(done)} of ${mb(total)} MB` : `${mb(done)} MB`),
  uploading: (file: string, percent: number) => `Sending ${file}… ${percent}%`,
  failed: 'The weights were not imported',
  imported: 'Imported torchvision weights',
  importedItem: (name: string, classes: number, params: string) => `${name} · ${classes} classes · ${params} parameters`,
  done: (name: string) => `${name} imported: its ONNX copy is in the library below, and airi's copy is ready for lessons 7 and 8.`,
  remove: 'Remove',
};

const ptBR: typeof en = {
  title: 'Importar pesos do torchvision (.pth / .safetensors)',
  intro: 'A EfficientNet-B0 ou a VGG16 pré-treinadas do torchvision, como o professor as traz num pen drive: o arquivo .pth que o PyTorch baixa, ou um safetensors com o mesmo state dict. O Airi Lab lê só os tensores (um .pth pode conter código; ele nunca é executado), reconhece a rede, guarda uma cópia que o airi sabe explicar e ajustar, e põe uma cópia ONNX na biblioteca para classificar rápido.',
  uploadButton: 'Escolher um .pth ou .safetensors…',
  pathLabel: 'Ou um caminho neste computador',
  pathPlaceholder: '/media/usb/vgg16-397923af.pth',
  pathButton: 'Importar do caminho',
  offlineTitle: 'Sem internet na sala?',
  offline: (folder: string) => `Copie efficientnet_b0_rwightman-3dd342df.pth (21 MB) ou vgg16-397923af.pth (528 MB) de qualquer computador com internet (ambos em download.pytorch.org/models/) para um pen drive, depois escolha o arquivo acima ou digite o caminho dele. Você também pode colocá-lo em ${folder} e digitar esse caminho.`,
  downloadTitle: 'Baixar do torchvision (precisa de internet)',
  downloadButton: (file: string, megabytes: number) => `Baixar ${file} (${megabytes} MB)`,
  resumeButton: (file: string, done: number) => `Continuar ${file} (${mb(done)} MB já aqui)`,
  downloadNote: 'Nada é baixado sem que você aperte um botão. Um download interrompido continua de onde parou; o arquivo é conferido com o sha256 do nome, como o torchvision faz.',
  phase: {
    downloading: 'Baixando', reading: 'Lendo o arquivo', recognising: 'Reconhecendo a rede', loading: 'Carregando os pesos no airi',
    saving: 'Salvando a cópia do airi', exporting: 'Exportando para ONNX', checking: 'Conferindo a cópia ONNX no ONNX Runtime',
  },
  progress: (phase: string, percent: number, eta: number | null) => `${phase}… ${percent}%${eta === null ? '' : ` · faltam cerca de ${duration(eta)}`}`,
  bytes: (done: number, total: number | null) => (total ? `${mb(done)} de ${mb(total)} MB` : `${mb(done)} MB`),
  uploading: (file: string, percent: number) => `Enviando ${file}… ${percent}%`,
  failed: 'Os pesos não foram importados',
  imported: 'Pesos do torchvision importados',
  importedItem: (name: string, classes: number, params: string) => `${name} · ${classes} classes · ${params} parâmetros`,
  done: (name: string) => `${name} importada: a cópia ONNX está na biblioteca abaixo, e a cópia do airi está pronta para as lições 7 e 8.`,
  remove: 'Remover',
};

export const WEIGHTS_TEXT: Record<Locale, typeof en> = { en, 'pt-BR': ptBR };

const lessonEn = {
  title: 'VGG16 trained on ImageNet: classify your photos',
  intro: 'torchvision\'s VGG16 weights (vgg16-397923af.pth, trained on 1.28 million ImageNet photos, 1000 classes) run here twice: ONNX Runtime classifies the photo on the best execution provider, and airi computes Grad-CAM with its own backward pass on the same weights.',
  missing: 'No ImageNet VGG16 is imported yet.',
  howTo: 'On the Models screen, use "Import torchvision weights": choose vgg16-397923af.pth (528 MB) from a USB stick or type its path on this computer; with internet, the same card can download it from torchvision. The import takes about a minute.',
  goToModels: 'Go to the Models screen',
  using: (name: string, file: string) => `Using ${name} (${file}).`,
  dropHint: 'Drop a photo anywhere on this page, or choose one.',
  topTitle: 'Top 5 (ONNX Runtime)',
  timing: (ms: string, provider: string) => `${ms} ms for this photo on ${provider}`,
  speedsTitle: 'Milliseconds per image on each execution provider',
  speedsHelp: 'The same photo run a few times on every provider ONNX Runtime could use here (median after a warm-up). A provider that cannot run here says why.',
  measuring: 'Measuring…',
  cannotRun: 'cannot run here',
  camTitle: 'Grad-CAM (airi\'s backward pass)',
  camHelp: 'Where in the photo VGG16 found the evidence for a class: the gradient of the class score at a layer, averaged per channel, weights that layer\'s feature maps. Red is high. Click a class above to explain it instead.',
  layer: 'Layer',
  computing: 'Computing Grad-CAM on airi (a few seconds for VGG16)…',
  camFor: (label: string, percent: string, layer: string) => `${label} (${percent}%) at ${layer}`,
  camTiming: (forward: string, backward: string, backend: string) => `forward ${forward} ms + backward ${backward} ms on airi (${backend})`,
  failed: 'Could not classify the photo',
};

const lessonPtBR: typeof lessonEn = {
  title: 'A VGG16 treinada no ImageNet: classifique suas fotos',
  intro: 'Os pesos da VGG16 do torchvision (vgg16-397923af.pth, treinada com 1,28 milhão de fotos do ImageNet, 1000 classes) rodam aqui duas vezes: o ONNX Runtime classifica a foto no melhor provedor de execução, e o airi calcula o Grad-CAM com a sua própria retropropagação, com os mesmos pesos.',
  missing: 'Nenhuma VGG16 do ImageNet foi importada ainda.',
  howTo: 'Na tela Modelos, use "Importar pesos do torchvision": escolha vgg16-397923af.pth (528 MB) de um pen drive ou digite o caminho dele neste computador; com internet, o mesmo cartão pode baixá-lo do torchvision. A importação leva cerca de um minuto.',
  goToModels: 'Ir para a tela Modelos',
  using: (name: string, file: string) => `Usando ${name} (${file}).`,
  dropHint: 'Solte uma foto em qualquer lugar desta página, ou escolha uma.',
  topTitle: 'Top 5 (ONNX Runtime)',
  timing: (ms: string, provider: string) => `${ms} ms para esta foto em ${provider}`,
  speedsTitle: 'Milissegundos por imagem em cada provedor de execução',
  speedsHelp: 'A mesma foto rodada algumas vezes em cada provedor que o ONNX Runtime poderia usar aqui (mediana depois de um aquecimento). Um provedor que não roda aqui diz por quê.',
  measuring: 'Medindo…',
  cannotRun: 'não roda aqui',
  camTitle: 'Grad-CAM (retropropagação do airi)',
  camHelp: 'Onde na foto a VGG16 achou a evidência para uma classe: o gradiente da pontuação da classe numa camada, com média por canal, pondera os mapas de características dessa camada. Vermelho é alto. Clique numa classe acima para explicá-la.',
  layer: 'Camada',
  computing: 'Calculando o Grad-CAM no airi (alguns segundos para a VGG16)…',
  camFor: (label: string, percent: string, layer: string) => `${label} (${percent}%) em ${layer}`,
  camTiming: (forward: string, backward: string, backend: string) => `ida ${forward} ms + volta ${backward} ms no airi (${backend})`,
  failed: 'Não foi possível classificar a foto',
};

export const IMAGENET_VGG_TEXT: Record<Locale, typeof lessonEn> = { en: lessonEn, 'pt-BR': lessonPtBR };
