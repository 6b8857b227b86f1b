// A aula 3 em português: uma rede de duas camadas no CIFAR-10 e os neurônios da primeira camada, com o
// que se sabe do notebook 3 (a versão final se perdeu; notebooks-spec.md, seções 3 e 9).
import type { LessonText } from '../lesson-text';

export const twoLayerTextPtBr: LessonText = {
  lead:
    'Um template por classe era o limite da aula 2. Coloque uma camada de neurônios ocultos entre os pixels e os scores, acrescente uma não linearidade, e a rede passa a guardar muitos templates (um carro de frente, um carro de lado) e a combiná-los.',
  sections: [
    {
      id: 'network',
      heading: 'Duas camadas',
      blocks: [
        { kind: 'paragraph', text: 'A entrada é a mesma da aula 2: uma foto como 3072 números. A primeira camada calcula H scores, um por neurônio oculto; a ReLU mantém os positivos; a segunda camada os mistura nos dez scores de classe:' },
        { kind: 'formula', text: 'h = max(0, x·W₁ + b₁)        s = h·W₂ + b₂' },
        { kind: 'paragraph', text: 'Com H = 1000 são 3072·1000 + 1000 + 1000·10 + 10 = 3.083.010 parâmetros, cem vezes os da aula 2. Sem a ReLU as duas camadas virariam uma só matriz W₁W₂, e voltaríamos a um template por classe.' },
      ],
    },
    {
      id: 'backprop',
      heading: 'Retropropagação pela camada oculta',
      blocks: [
        { kind: 'paragraph', text: 'A perda é a mesma entropia cruzada. A regra da cadeia agora passa por duas camadas: o gradiente nos scores, p − onehot(y), volta por W₂, é mascarado pela ReLU (zero onde o neurônio estava desligado) e chega a W₁:' },
        { kind: 'formula', text: 'dW₂ = hᵀ·dS    dh = dS·W₂ᵀ    dz = dh ⊙ [z > 0]    dW₁ = xᵀ·dz    db = soma no lote' },
        { kind: 'paragraph', text: 'É exatamente o que o notebook escreveu à mão nos métodos forward e backward, e o que as camadas Linear e ReLU do airi fazem aqui.' },
      ],
    },
    {
      id: 'neurons',
      heading: 'O que os neurônios procuram',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Cada linha de W₁ tem um peso por pixel e cor, então, como os templates da aula 2, pode ser desenhada como uma imagem 32×32. O notebook desenhou todas em uma grade, escalando cada quadro sozinho (com seu próprio mínimo e máximo), para que neurônios fracos continuem visíveis. O laboratório desenha a grade ao vivo durante o treino e mostra todos os neurônios de um treino concluído a partir dos pesos salvos.',
        },
        {
          kind: 'paragraph',
          text: 'Procure manchas de cor, horizontes (céu em cima, chão embaixo), formas tênues de carros e cavalos virados para lados diferentes, e muitos quadros ruidosos: neurônios que não acharam nada consistente. Mais neurônios são mais templates, mas cada um ainda é um padrão da imagem inteira; as convoluções da aula 5 vão compartilhar padrões pequenos pela imagem.',
        },
      ],
    },
    {
      id: 'training',
      heading: 'O treino e aonde o notebook chegou',
      blocks: [
        {
          kind: 'paragraph',
          text: 'A última versão que sobreviveu do notebook 3 usava 100 neurônios ocultos, pesos sorteados de N(0, 1e-4²), SGD simples com taxa 1e-3 em lotes de 256 sorteados com reposição, 1000 passos (umas 5 passadas pelos dados). A acurácia de teste subiu de 0,12 para 0,48 (0,4801 no passo 900). A versão final se perdeu; o README dela fala em 1000 neurônios e “quase 50%”, e a tabela de comparação do notebook 5 dá uma acurácia média por classe de 0,4998.',
        },
        {
          kind: 'paragraph',
          text: 'Nossos padrões: 1000 neurônios ocultos, entradas normalizadas por canal, a inicialização de pesos do PyTorch, SGD com momento de Nesterov 0,9, taxa 0,01 com agenda cosseno, decaimento de pesos 5e-4, 6 épocas com lotes de 256: cerca de 0,53 em pouco mais de um minuto com dois núcleos. Mude o tamanho da camada oculta de 10 a 1000 e veja o que muda na acurácia e na grade.',
        },
      ],
    },
    {
      id: 'notebook-bugs',
      heading: 'O que o notebook errou',
      blocks: [
        {
          kind: 'list',
          items: [
            'A regularização estava pela metade: o gradiente somava 2·reg·W (reg = 0,15) às duas matrizes de pesos, mas a perda impressa era calculada com reg = 0, então a perda mostrada não era a que ele minimizava.',
            'Os lotes eram sorteados com reposição, então algumas imagens apareciam duas vezes numa época e outras nenhuma; o laboratório embaralha a cada época.',
            'Com 1000 neurônios e pesos de tamanho 1e-4 sobre pixels crus, o gradiente da segunda camada quase some no começo; por isso o laboratório normaliza as entradas e usa a inicialização do PyTorch.',
            'Como em todos os notebooks da série, a “validação” é o conjunto de teste oficial.',
          ],
        },
      ],
    },
  ],
};
