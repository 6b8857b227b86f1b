// Lição 6 em português: uma CNN maior (BetterConvNet, ~80% no CIFAR-10), Grad-CAM calculado pelo
// próprio backward da airi, e os quatro bugs do notebook como parte da lição.
import type { LessonText } from '../lesson-text';

export const cnnTextPtBr: LessonText = {
  lead:
    'O notebook 6 refez a convnet em PyTorch e depois a melhorou com dois módulos "caixa-preta", batch normalization e max pooling, chegando a cerca de 80% no CIFAR-10. Então perguntou para onde a rede olha. Aqui você treina a mesma BetterConvNet na airi e responde essa pergunta com Grad-CAM, calculado pelo próprio backward da airi.',
  sections: [
    {
      id: 'network',
      heading: 'BetterConvNet',
      blocks: [
        { kind: 'formula', text: '3 × [Conv 3×3 (pad 1) → BatchNorm2d → MaxPool2d(2) → ReLU]   (32, 64, 128 canais) → Flatten → Linear(2048→1000) → ReLU → Linear(1000→10)' },
        {
          kind: 'paragraph',
          text: 'Cada bloco reduz a imagem à metade, 32 → 16 → 8 → 4, enquanto os canais dobram; assim as camadas mais fundas veem regiões maiores com mais tipos de padrão. A batch normalization reescala cada canal para uma faixa estável durante o treino, o que deixa a rede aprender com passos maiores. 2.152.706 parâmetros.',
        },
        {
          kind: 'paragraph',
          text: 'O notebook treinou 50 épocas de Adam a 3·10⁻⁴ numa GPU e relatou 0,7991. Os padrões daqui acrescentam recortes e espelhamentos aleatórios, SGD com momento de Nesterov numa agenda one-cycle, weight decay e label smoothing, e chegam a 0,80 em cerca de 12 épocas em dois núcleos de CPU.',
        },
      ],
    },
    {
      id: 'grad-cam',
      heading: 'Grad-CAM: onde está a evidência?',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Pegue os mapas de ativação A_k de um bloco de convolução e a pontuação y_c de uma classe c. O gradiente ∂y_c/∂A_k diz quanto a pontuação subiria se o canal k disparasse mais em cada posição. A média dele sobre as posições é o peso do canal k para essa classe; o mapa é a soma ponderada dos canais, mantendo só a parte positiva:',
        },
        { kind: 'formula', text: 'α_k = (1/Z) Σ_i Σ_j ∂y_c / ∂A_k[i, j]        L_c = ReLU( Σ_k α_k · A_k )' },
        {
          kind: 'paragraph',
          text: 'O mapa tem a resolução do bloco (16×16, 8×8 ou 4×4 aqui), então é esticado sobre a imagem e escalado de 0 a 1. Vermelho significa mais evidência. A pontuação da classe, os pesos α_k e o mapa pequeno estão a um clique embaixo de cada figura: a figura é só um desenho desses números.',
        },
        {
          kind: 'paragraph',
          text: 'Experimente as 3 classes mais prováveis de uma imagem: a evidência de "gato" e a de "cão" costumam ficar em partes diferentes do mesmo animal. Compare os blocos: os mapas do primeiro seguem bordas, os do último cobrem objetos inteiros, mas de forma grosseira.',
        },
        {
          kind: 'paragraph',
          text: 'O Grad-CAM++ pesa cada posição por uma fórmula que favorece os gradientes positivos, então vários objetos separados da mesma classe aparecem. O Eigen-CAM não usa gradiente nem classe: projeta as ativações na primeira componente principal, a direção em que as posições mais diferem. Quando os três métodos concordam, a figura merece mais confiança.',
        },
        {
          kind: 'paragraph',
          text: 'A tira de filme mostra as mesmas imagens de teste ao fim de cada época: no começo o calor está espalhado ou no fundo, depois se firma no objeto.',
        },
      ],
    },
    {
      id: 'bugs',
      heading: 'Quatro bugs do notebook, e o que eles ensinam',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Softmax dupla. Os modelos do notebook terminam numa Softmax e são treinados com CrossEntropyLoss, que aplica a softmax de novo. A perda então não cai abaixo de ln(1 + 9/e) ≈ 1,461 nem para uma previsão perfeita: o maior "logit" que uma probabilidade pode dar é 1, contra 0 das outras nove classes. Por isso as perdas do notebook ficaram perto de 1,5 com 80% de acurácia. Ligue a "softmax dupla" no laboratório para ver o piso, e o quanto ela aprende mais devagar.',
        },
        { kind: 'formula', text: 'perda mínima = −ln( e¹ / (e¹ + 9 · e⁰) ) = ln(1 + 9/e) ≈ 1,461' },
        {
          kind: 'paragraph',
          text: 'Um erro de digitação na média. O notebook normalizou com média (0,485, 0,485, 0,406): o segundo valor deveria ser 0,456. O canal verde fica um pouco deslocado; a rede se adapta, então o dano é pequeno, mas um modelo treinado assim recebe entradas um pouco erradas de qualquer código que use os números certos.',
        },
        {
          kind: 'paragraph',
          text: 'Seleção do modelo no conjunto de teste. O notebook guardou a época com a melhor acurácia nas 10.000 imagens de teste, então seu 0,7991 é otimista: o conjunto de teste ajudou a escolher o modelo. Este app mostra a acurácia da última época, sem nada escolhido olhando o teste.',
        },
        {
          kind: 'paragraph',
          text: 'Cores invertidas. Os mapas de cor do OpenCV devolvem BGR; o notebook inverteu o mapa de calor para que o vermelho voltasse a parecer "alto" depois da troca de canais. Aqui o mapa de cor é aplicado em RGB: vermelho é alto, sem inversão.',
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
            'Solte uma foto e veja o Grad-CAM da classe prevista e de uma que você escolher. A rede olha para o animal ou para o fundo?',
            'Ache uma imagem mal classificada na galeria e compare os mapas da classe verdadeira e da prevista.',
            'Treine com a softmax dupla ligada e compare as curvas de perda das duas execuções em Execuções.',
          ],
        },
      ],
    },
  ],
};
