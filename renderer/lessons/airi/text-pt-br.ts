// O texto da lição 4 em português do Brasil: o contrato das camadas do motor, a verificação do
// gradiente, as regras de atualização dos otimizadores (com o erro de sinal do notebook) e as corridas.
import type { LessonText } from '../lesson-text';

export const airiTextPtBr: LessonText = {
  lead: 'O airi é o motor de deep learning que roda dentro deste app. Os notebooks construíram uma pequena biblioteca em NumPy com o mesmo nome (notebook 3.5); a nossa foi escrita em TypeScript a partir dela e treina todas as redes que você viu até aqui. Nesta lição você abre o motor: como uma camada calcula a saída e os gradientes, como conferir se um backward está certo e como diferem os otimizadores que movem os pesos.',
  sections: [
    {
      id: 'airi-layers',
      heading: 'Camadas como peças de Lego',
      blocks: [
        { kind: 'paragraph', text: 'Toda camada oferece os mesmos poucos métodos, e por isso as camadas se encaixam como peças. forward(x) calcula a saída e guarda o que o backward vai precisar. backward(dout) recebe o gradiente da perda em relação à saída, devolve o gradiente em relação à entrada e soma os gradientes dos próprios pesos nos seus buffers grad. parameters() entrega esses pesos e gradientes ao otimizador. Não há autograd: cada camada escreve o seu backward, como no notebook.' },
        { kind: 'paragraph', text: 'A camada Linear é o exemplo mais claro. Com entradas x (uma linha por imagem), pesos W e viés b:' },
        { kind: 'formula', text: 'forward:   y = x·Wᵀ + b\nbackward:  ∂L/∂W = doutᵀ·x     ∂L/∂b = Σₙ dout     ∂L/∂x = dout·W' },
        { kind: 'paragraph', text: 'Mais abaixo, em “Por dentro do airi”, você lê o código-fonte real do forward e do backward de várias camadas e do passo de cada otimizador, exatamente como o app os executa.' },
      ],
    },
    {
      id: 'airi-gradient-check',
      heading: 'Como saber se o backward está certo?',
      blocks: [
        { kind: 'paragraph', text: 'Um gradiente é uma inclinação, e inclinação se mede: mova um número um pouco para cima, um pouco para baixo, e veja quanto a perda muda. Esse gradiente numérico é lento (duas passadas forward por número), mas difícil de errar; por isso ele é o juiz do gradiente analítico, rápido, que o backward calcula.' },
        { kind: 'formula', text: '∂L/∂v ≈ (L(v + h) − L(v − h)) / 2h\nerro relativo = |analítico − numérico| / max(|analítico|, |numérico|)' },
        { kind: 'paragraph', text: 'O tests.py do notebook fazia exatamente isso para a sua Conv2D, em float64 com h = 0,00001, e exigia erro relativo abaixo de 0,001. O airi calcula em float32, que guarda só uns 7 dígitos; por isso usa h = 0,01 e aceita erros abaixo de 0,01: um backward correto fica abaixo de uns 0,001, enquanto um índice trocado ou um termo esquecido dá erros perto de 1.' },
      ],
    },
    {
      id: 'airi-optimizers',
      heading: 'Otimizadores: as regras de atualização',
      blocks: [
        { kind: 'paragraph', text: 'Treinar é repetir um movimento: calcular o gradiente dx da perda em relação a cada peso x e mudar x um pouquinho. O gradiente aponta morro acima, para uma perda maior; por isso a descida do gradiente o subtrai:' },
        { kind: 'formula', text: 'SGD:  x ← x − lr·dx' },
        { kind: 'paragraph', text: 'O notebook escreve essa regra como x += lr·dx. É um erro de sinal: somar o gradiente sobe o morro, e a perda cresce a cada passo. Isso é subida do gradiente, que o notebook 2 usou de propósito para empurrar o template de uma classe em direção a uma imagem, mas como regra de treino é preciso subtrair. Todo otimizador do airi subtrai, e a corrida abaixo mostraria um otimizador que sobe fugindo do mapa.' },
        { kind: 'formula', text: 'f(x) = x², x = 1, dx = 2, lr = 0,1\nnotebook:  x += lr·dx  →  x = 1,2;  f = 1,44  (sobe)\ncorreto:   x −= lr·dx  →  x = 0,8;  f = 0,64  (desce)' },
        { kind: 'formula', text: 'Momento:  v ← μ·v − lr·dx,   x ← x + v' },
        { kind: 'paragraph', text: 'O momento guarda uma velocidade v, uma soma acumulada dos passos anteriores: passos que concordam se somam e passos que vão e voltam se cancelam. μ costuma ficar entre 0,5 e 0,99 (a corrida usa 0,9). O airi escreve como o PyTorch, b ← μ·b + dx e x ← x − lr·b, o que dá no mesmo quando lr é fixo. A variante de Nesterov anda na direção dx + μ·b, olhando um pouco à frente.' },
        { kind: 'formula', text: 'AdaGrad:  s ← s + dx²,   x ← x − lr·dx / (√s + ε)\nRMSProp:  s ← α·s + (1 − α)·dx²,   x ← x − lr·dx / (√s + ε)' },
        { kind: 'paragraph', text: 'AdaGrad e RMSProp dão a cada peso o seu próprio tamanho de passo: dividem pelo tamanho dos gradientes recentes daquele peso, e assim direções íngremes dão passos pequenos e direções planas, passos grandes. O AdaGrad soma todos os quadrados para sempre, então seus passos só encolhem; o RMSProp esquece os antigos com uma média móvel (α = 0,99 no PyTorch e no airi).' },
        { kind: 'formula', text: 'Adam:  m ← β₁·m + (1 − β₁)·dx,   v ← β₂·v + (1 − β₂)·dx²\n       m̂ = m / (1 − β₁ᵗ),   v̂ = v / (1 − β₂ᵗ),   x ← x − lr·m̂ / (√v̂ + ε)' },
        { kind: 'paragraph', text: 'O Adam junta o momento (m) com a escala do RMSProp (v). O markdown do notebook deixa de fora a correção de viés m̂, v̂; o adam() da biblioteca a tinha (β₁ = 0,9, β₂ = 0,999, ε = 1e-8, lr = 1e-4). Sem ela, m e v começam em zero e o primeiro passo fica cerca de 0,1 / √0,001 ≈ 3 vezes lr em vez de lr. O AdamW encolhe cada peso por um fator (1 − lr·λ) à parte do gradiente, o que regulariza melhor do que somar λ·x ao gradiente.' },
      ],
    },
    {
      id: 'airi-races',
      heading: 'O que as corridas mostram',
      blocks: [
        { kind: 'paragraph', text: 'O notebook 3.5 mostrava os otimizadores com animações tiradas da internet; nada era calculado. Aqui cada caminho é calculado ao vivo pelas classes de otimizador do airi. Experimente:' },
        { kind: 'list', items: [
          'Na sela, o SGD puro e o momento ficam muito tempo perto da crista, enquanto o RMSProp e o Adam saem na hora: dividir um gradiente minúsculo pelo seu tamanho dá um passo de tamanho normal.',
          'Na tigela mal condicionada, suba a taxa do SGD acima de 0,08 (2 dividido pela curvatura íngreme, 25): ele para de ziguezaguear até o mínimo e foge.',
          'As boas taxas de aprendizado do SGD e do Adam diferem por um fator de cem. Comparar otimizadores com uma taxa única diz pouco sobre qual é melhor.',
          'Em Himmelblau, mude a largada: do mesmo ponto, otimizadores diferentes podem cair em vales diferentes.',
        ] },
        { kind: 'paragraph', text: 'Superfícies de dois números são só uma imagem. Uma rede tem milhões de pesos e uma perda que muda a cada lote; por isso a corrida no CIFAR-10 treina a mesma rede, com os mesmos pesos iniciais, com cada otimizador que você marcar.' },
      ],
    },
    {
      id: 'airi-notebook-bugs',
      heading: 'O que esta lição corrige do notebook',
      blocks: [
        { kind: 'list', items: [
          'A regra do SGD x += lr·dx sobe em vez de descer; o airi subtrai.',
          'O Adam do markdown não tem correção de viés; o Adam do airi tem, conferido com o PyTorch passo a passo.',
          'A biblioteca implementava só o Adam; SGD, momento, AdaGrad e RMSProp eram fórmulas no markdown. O airi implementa os sete otimizadores da corrida, cada um conferido com o PyTorch.',
          'A Conv2D da biblioteca escalava os pesos aleatórios por um único número sorteado por camada, que podia ser negativo ou quase zero, e chamava isso de Kaiming; o airi usa a inicialização do PyTorch.',
          'O Relu.call não devolvia nada, e o backward da LinearRelu esquecia a máscara da ReLU. Uma verificação de gradiente como a de cima pega esse segundo tipo de erro na hora.',
        ] },
      ],
    },
  ],
};
