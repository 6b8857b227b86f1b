// Lição 5 em português: uma rede convolucional treinada na airi e o que ela aprendeu (filtros, mapas
// de ativação, a matriz de confusão e a galeria de erros).
import type { LessonText } from '../lesson-text';

export const convnetTextPtBr: LessonText = {
  lead:
    'As lições 2 e 3 aprenderam modelos da imagem inteira: um "cavalo médio" borrado por classe. Uma rede convolucional aprende padrões pequenos — bordas, manchas de cor, cantos — e os encontra em qualquer lugar da imagem. Aqui você treina a DemoConvNet do notebook 5 na airi e depois olha dentro dela.',
  sections: [
    {
      id: 'convolution',
      heading: 'Um filtro desliza sobre a imagem',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Uma camada de convolução guarda alguns filtros pequenos, aqui de 5×5 pixels sobre os 3 canais de cor. Cada filtro desliza sobre a imagem; em cada posição multiplica seus 75 pesos pelos 75 valores de pixel embaixo dele e soma tudo. O resultado é um mapa de ativação: uma nova imagem, clara onde o padrão do filtro aparece.',
        },
        { kind: 'formula', text: 'y[o, i, j] = b[o] + Σ_c Σ_u Σ_v W[o, c, u, v] · x[c, i + u, j + v]' },
        {
          kind: 'paragraph',
          text: 'Como os mesmos 75 pesos são usados em todas as posições, um filtro que detecta uma roda a detecta em qualquer canto. Esse compartilhamento é o que torna a convolução muito mais barata que uma camada densa sobre a imagem inteira.',
        },
      ],
    },
    {
      id: 'network',
      heading: 'DemoConvNet',
      blocks: [
        {
          kind: 'paragraph',
          text: 'A rede do notebook tem duas convoluções de 16 filtros, sem padding nem pooling, então uma imagem 32×32 vira mapas de 28×28 e depois de 24×24. Os 16 mapas de 24×24 são achatados em 9.216 números e passam por três camadas densas até as 10 pontuações de classe.',
        },
        { kind: 'formula', text: 'Conv(3→16, 5×5) → ReLU → Conv(16→16, 5×5) → ReLU → Flatten → Linear(9216→120) → ReLU → Linear(120→84) → ReLU → Linear(84→10)' },
        {
          kind: 'paragraph',
          text: 'São 1.124.686 parâmetros, e quase todos (1.106.040) estão na primeira camada densa: as convoluções têm só 1.216 + 6.416 pesos. O notebook chegou a 58,7% (a média das acurácias por classe); com os padrões daqui (entradas normalizadas, AdamW e agenda one-cycle) a airi passa de 60% em poucos minutos.',
        },
      ],
    },
    {
      id: 'inside',
      heading: 'Olhando por dentro',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Os 16 filtros da primeira camada podem ser desenhados direto como pequenas figuras coloridas de 5×5, cada uma escalada pelo seu próprio mínimo e máximo, como no notebook. Observe-os durante o treino: começam como ruído e viram bordas em vários ângulos e detectores de cor (verde de grama, azul de céu).',
        },
        {
          kind: 'paragraph',
          text: 'Os mapas de ativação mostram a que cada filtro responde em uma imagem, antes da ReLU, com branco para ativação alta. Escolha uma imagem de teste ou solte uma foto sua: ela é reduzida para 32×32, o tamanho que a rede conhece, e mostrada ao lado da original.',
        },
      ],
    },
    {
      id: 'mistakes',
      heading: 'Onde ela erra',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Uma acurácia de 60% esconde quais erros a rede comete. A matriz de confusão conta, nas 10.000 imagens de teste, quantas vezes cada classe verdadeira (linha) foi prevista como cada classe (coluna). A diagonal guarda os acertos. Clique em qualquer célula para ver as imagens dela, as de maior confiança primeiro: gatos tomados por cães, caminhões por carros, pássaros por aviões. Muitos erros são compreensíveis a 32×32 pixels.',
        },
        {
          kind: 'paragraph',
          text: 'O notebook comparou suas acurácias por classe com o classificador softmax e a rede de duas camadas: gato 0,428, pássaro 0,41, cão 0,461 e cervo 0,474 eram as classes difíceis; navio 0,746, avião 0,727 e cavalo 0,68 as fáceis. Compare com o seu treino na tabela por classe.',
        },
      ],
    },
    {
      id: 'try',
      heading: 'O que experimentar',
      blocks: [
        {
          kind: 'list',
          items: [
            'Treine sem aumento de dados e depois com: os filtros ficam parecidos, mas e a acurácia de teste?',
            'Use o pré-processamento do notebook (imagem média) e o otimizador Adam com 1e-4: quanto você chega perto de 58,7%?',
            'Ache a célula da matriz de confusão com mais erros. As imagens da galeria são difíceis até para você?',
            'Solte uma foto do seu gato. O que uma rede treinada com figuras de 32×32 acha dela?',
          ],
        },
      ],
    },
  ],
};
