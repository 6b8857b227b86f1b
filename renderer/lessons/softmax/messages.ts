// Lesson 2's labels in both languages (its prose is in text-*.ts); the screen picks i18n.locale's.
import type { Locale } from '../../../contract/locale';

const en = {
  templatesTitle: 'The ten class templates',
  templatesHelp:
    'Each row of W has 3072 numbers, one per pixel and colour, so it can be drawn as a 32×32 image: the template the class score compares every photo with. As in the notebook, all ten share one min-max scale.',
  templatesAria: 'The ten rows of W drawn as 32×32 colour images',
  filmTitle: 'The templates across the epochs',
  filmHelp: 'The templates at the end of every epoch of this run, stored with it: watch the blurry shapes appear.',
  filmAria: 'The class templates at the end of each epoch',
  epoch: (n: string) => `Epoch ${n}`,
  recipeTitle: 'Recipe',
  recipeNotebook: 'Notebook’s recipe',
  recipeOurs: 'Our defaults',
  recipeHelp:
    'The notebook took 500 steps of plain gradient descent on all 50,000 images at once (lr 2.5e-6, L2 reg 1e3: weight decay 2000), reaching 0.399; here each of those steps holds all 50,000 images in memory (about 2.7 GB) and the 500 take many minutes. Ours takes mini-batches of 256 with momentum and a cosine schedule: 6 epochs, about 0.41, in about 10 s.',
  experimentTitle: 'One image, one step',
  experimentHelp:
    'The notebook’s experiment. Start from a random W, compute the loss of one training image, and take one step along its gradient: adding it (ascent) makes the loss explode and paints an inverted copy of the image into its class template; subtracting it (descent) imprints the image itself, and the model becomes sure of the class.',
  imageIndex: 'Training image number',
  randomImage: 'Another image',
  runExperiment: 'Run the experiment',
  image: 'The image',
  start: 'Random W',
  ascent: 'After ascent (W + 1e-5·dW)',
  descent: 'After descent (W − 1e-5·dW)',
  probability: (cls: string, p: string) => `p(${cls}) = ${p}`,
  loss: (value: string) => `loss ${value}`,
  predicts: (cls: string) => `predicts ${cls}`,
  needsData: 'Import CIFAR-10 above to run the experiment.',
  failed: 'The experiment could not run',
};

const ptBR: typeof en = {
  templatesTitle: 'Os dez templates de classe',
  templatesHelp:
    'Cada linha de W tem 3072 números, um por pixel e cor, então pode ser desenhada como uma imagem 32×32: o template com que o score da classe compara cada foto. Como no notebook, as dez usam a mesma escala min-max.',
  templatesAria: 'As dez linhas de W desenhadas como imagens coloridas 32×32',
  filmTitle: 'Os templates ao longo das épocas',
  filmHelp: 'Os templates ao fim de cada época deste treino, guardados com ele: veja as formas borradas aparecerem.',
  filmAria: 'Os templates de classe ao fim de cada época',
  epoch: (n: string) => `Época ${n}`,
  recipeTitle: 'Receita',
  recipeNotebook: 'Receita do notebook',
  recipeOurs: 'Nossos padrões',
  recipeHelp:
    'O notebook deu 500 passos de descida do gradiente simples com as 50.000 imagens de uma vez (lr 2,5e-6, reg L2 1e3: decaimento 2000), chegando a 0,399; aqui cada um desses passos guarda as 50.000 imagens na memória (cerca de 2,7 GB) e os 500 levam muitos minutos. A nossa usa lotes de 256 com momento e agenda cosseno: 6 épocas, cerca de 0,41, em uns 10 s.',
  experimentTitle: 'Uma imagem, um passo',
  experimentHelp:
    'O experimento do notebook. Comece de um W aleatório, calcule a perda de uma imagem de treino e dê um passo ao longo do gradiente: somá-lo (subida) faz a perda explodir e pinta uma cópia invertida da imagem no template da classe; subtraí-lo (descida) imprime a própria imagem, e o modelo fica certo da classe.',
  imageIndex: 'Número da imagem de treino',
  randomImage: 'Outra imagem',
  runExperiment: 'Rodar o experimento',
  image: 'A imagem',
  start: 'W aleatório',
  ascent: 'Depois da subida (W + 1e-5·dW)',
  descent: 'Depois da descida (W − 1e-5·dW)',
  probability: (cls: string, p: string) => `p(${cls}) = ${p}`,
  loss: (value: string) => `perda ${value}`,
  predicts: (cls: string) => `prevê ${cls}`,
  needsData: 'Importe o CIFAR-10 acima para rodar o experimento.',
  failed: 'Não foi possível rodar o experimento',
};

export const softmaxMessages: Record<Locale, typeof en> = { en, 'pt-BR': ptBR };
