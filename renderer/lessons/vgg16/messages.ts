// Lesson 7's panel labels in both languages (its prose is in text-*.ts); the screen picks i18n.locale's.
import type { Locale } from '../../../contract/locale';

const en = {
  tableTitle: 'VGG16, layer by layer',
  tableHelp: 'Computed by airi from the real network at 224×224: each layer\'s output shape, its parameters and its multiply-accumulates for one image.',
  classes: (n: string) => `${n} classes`,
  measuring: 'Building VGG16 (134 M parameters) and timing training steps on this computer… about a minute.',
  layer: 'Layer', output: 'Output', parameters: 'Parameters', macs: 'Multiply-accumulates', share: 'Share of parameters',
  total: 'Total',
  fc1Note: (params: string, share: string) => `The first fully connected layer (25,088 → 4,096) alone holds ${params} parameters: ${share} of the whole network, while doing under 1% of its arithmetic.`,
  costTitle: 'Why the notebook\'s training was impractical',
  costHelp: (threads: number) => `Measured just now on this computer (${threads} engine thread${threads === 1 ? '' : 's'}, as a training run uses): forward + backward + SGD steps (the fastest, where there were two), scaled to CIFAR-10's 50,000 training images.`,
  at224: 'VGG16 at 224×224 (notebook 7)',
  at32: 'VGG-16-BN at 32×32 (this lab)',
  step: (batch: number, seconds: string) => `${seconds} s per step of ${batch} image${batch === 1 ? '' : 's'}`,
  perEpoch: 'per epoch',
  fiftyEpochs: (time: string) => `50 epochs, as the notebook planned: ${time}`,
  ratio: (times: string) => `Training at 224×224 would be ${times} times slower than the 32×32 VGG below. The notebook's K80 GPU gave up after one epoch; here that one epoch alone would take the time above.`,
  failed: 'Could not measure VGG16',
};

const ptBR: typeof en = {
  tableTitle: 'A VGG16, camada por camada',
  tableHelp: 'Calculado pelo airi a partir da rede de verdade em 224×224: a forma da saída de cada camada, seus parâmetros e suas multiplicações-acumulações por imagem.',
  classes: (n: string) => `${n} classes`,
  measuring: 'Montando a VGG16 (134 M de parâmetros) e cronometrando passos de treino neste computador… cerca de um minuto.',
  layer: 'Camada', output: 'Saída', parameters: 'Parâmetros', macs: 'Multiplicações-acumulações', share: 'Parte dos parâmetros',
  total: 'Total',
  fc1Note: (params: string, share: string) => `A primeira camada totalmente conectada (25.088 → 4.096) sozinha tem ${params} parâmetros: ${share} da rede inteira, fazendo menos de 1% da conta.`,
  costTitle: 'Por que o treino do notebook era impraticável',
  costHelp: (threads: number) => `Medido agora neste computador (${threads} thread${threads === 1 ? '' : 's'} do motor, como num treino): passos de forward + backward + SGD (o mais rápido, quando foram dois), escalado para as 50.000 imagens de treino do CIFAR-10.`,
  at224: 'VGG16 em 224×224 (notebook 7)',
  at32: 'VGG-16-BN em 32×32 (este laboratório)',
  step: (batch: number, seconds: string) => `${seconds} s por passo de ${batch} ${batch === 1 ? 'imagem' : 'imagens'}`,
  perEpoch: 'por época',
  fiftyEpochs: (time: string) => `50 épocas, como o notebook planejou: ${time}`,
  ratio: (times: string) => `Treinar em 224×224 seria ${times} vezes mais lento do que a VGG 32×32 abaixo. A GPU K80 do notebook desistiu depois de uma época; aqui só essa época já levaria o tempo acima.`,
  failed: 'Não foi possível medir a VGG16',
};

export const vgg16Messages: Record<Locale, typeof en> = { en, 'pt-BR': ptBR };
