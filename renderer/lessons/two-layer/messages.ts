// Lesson 3's labels in both languages (its prose is in text-*.ts); the screen picks i18n.locale's.
import type { Locale } from '../../../contract/locale';

const en = {
  neuronsTitle: 'The first layer’s neurons',
  neuronsHelp:
    'Each hidden neuron has 3072 input weights, one per pixel and colour: drawn as a 32×32 image, it is the pattern that neuron looks for. As in the notebook, each tile is scaled on its own, so faint neurons stay visible.',
  neuronsAria: 'The first layer’s weights, one 32×32 colour tile per hidden neuron',
  liveNote: (shown: string, total: string) => `Live: what the first ${shown} of ${total} neurons have learned so far. A finished run shows all of them.`,
  allNote: (total: string) => `All ${total} neurons of the finished run, from its saved weights.`,
  showLearned: 'What they learned',
  showWeights: 'Their weights',
  learnedHelp:
    'Our network starts from random weights about as large as what six epochs add to them, so the raw weights look like noise. “What they learned” subtracts the starting weights (rebuilt from the run’s seed): the notebook started from tiny weights, so its pictures were almost exactly this.',
  hiddenTitle: 'How many neurons?',
  hiddenHelp: 'The notebook tried 100 (0.48) and then 1000 (“nearly 50%”). Pick one and train:',
  hiddenColumn: 'Neurons',
};

const ptBR: typeof en = {
  neuronsTitle: 'Os neurônios da primeira camada',
  neuronsHelp:
    'Cada neurônio oculto tem 3072 pesos de entrada, um por pixel e cor: desenhado como imagem 32×32, é o padrão que esse neurônio procura. Como no notebook, cada quadro é escalado sozinho, para que neurônios fracos continuem visíveis.',
  neuronsAria: 'Os pesos da primeira camada, um quadro colorido 32×32 por neurônio oculto',
  liveNote: (shown: string, total: string) => `Ao vivo: o que os primeiros ${shown} de ${total} neurônios aprenderam até agora. Um treino concluído mostra todos.`,
  allNote: (total: string) => `Todos os ${total} neurônios do treino concluído, a partir dos pesos salvos.`,
  showLearned: 'O que aprenderam',
  showWeights: 'Os pesos',
  learnedHelp:
    'Nossa rede começa com pesos aleatórios quase tão grandes quanto o que seis épocas somam a eles, então os pesos crus parecem ruído. “O que aprenderam” subtrai os pesos iniciais (refeitos a partir da semente do treino): o notebook começava com pesos minúsculos, então as imagens dele eram quase exatamente isso.',
  hiddenTitle: 'Quantos neurônios?',
  hiddenHelp: 'O notebook tentou 100 (0,48) e depois 1000 (“quase 50%”). Escolha um e treine:',
  hiddenColumn: 'Neurônios',
};

export const twoLayerMessages: Record<Locale, typeof en> = { en, 'pt-BR': ptBR };
