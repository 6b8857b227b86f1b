// A aula 2 em português: um classificador softmax linear no CIFAR-10, seus templates de classe e os
// resultados e deslizes do notebook (notebooks-spec.md, seções 2 e 9).
import type { LessonText } from '../lesson-text';

export const softmaxTextPtBr: LessonText = {
  lead:
    'Das curvas para as fotos. Uma única matriz de pesos aprende a separar aviões de sapos em imagens coloridas de 32×32, e, por ser linear, dá para olhar dentro dela: cada classe vira uma imagem borrada, o seu template.',
  sections: [
    {
      id: 'data',
      heading: 'Imagens como vetores',
      blocks: [
        {
          kind: 'paragraph',
          text: 'O CIFAR-10 tem 50.000 fotos de treino e 10.000 de teste, de 32×32 pixels, em dez classes: avião, automóvel, pássaro, gato, cervo, cachorro, sapo, cavalo, navio e caminhão. Uma foto são 32·32·3 = 3072 números entre 0 e 255. Nós os colocamos em um vetor x, linha por linha, com o vermelho, o verde e o azul de cada pixel juntos, exatamente como o notebook fez.',
        },
        {
          kind: 'paragraph',
          text: 'Antes de treinar, subtraímos de cada foto, de treino e de teste, a imagem média (a média de todas as fotos de treino em cada pixel e cor). As entradas ficam centradas em zero, o que deixa a descida do gradiente muito mais comportada. As estatísticas vêm só das fotos de treino.',
        },
      ],
    },
    {
      id: 'model',
      heading: 'Um score para cada classe',
      blocks: [
        { kind: 'paragraph', text: 'O classificador é uma matriz W de 3072 linhas e 10 colunas, sem bias, como no notebook: 30.720 números. O score de cada classe é uma soma ponderada de todos os pixels:' },
        { kind: 'formula', text: 's = x · W        (1×3072 · 3072×10 = 1×10)' },
        { kind: 'paragraph', text: 'A softmax transforma os dez scores em probabilidades, e a perda é o logaritmo negativo da probabilidade da classe certa (a entropia cruzada):' },
        { kind: 'formula', text: 'p_k = e^{s_k} / Σ_j e^{s_j}        L = −ln p_y' },
        {
          kind: 'paragraph',
          text: 'O gradiente é surpreendentemente simples: dL/ds = p − onehot(y) e, pela regra da cadeia, dL/dW = xᵀ(p − onehot(y)). Cada imagem puxa os pesos da sua classe na sua direção e empurra para longe os das classes com que foi confundida.',
        },
      ],
    },
    {
      id: 'templates',
      heading: 'Templates de classe',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Uma coluna de W tem um peso por pixel e cor, então pode ser remontada como uma imagem colorida 32×32. O score s_k é o produto escalar da foto com essa imagem: o classificador compara cada foto com um template por classe. O notebook reescalou os dez templates com um único mínimo e máximo globais, para que possam ser comparados entre si; o laboratório os desenha do mesmo jeito, ao vivo durante o treino.',
        },
        {
          kind: 'paragraph',
          text: 'O que você deve ver depois do treino: o navio e o avião são manchas azuis (mar e céu), o carro é vermelho e visto de frente, o cavalo tem duas cabeças porque nas fotos os cavalos olham para os dois lados, o sapo é uma mancha verde-marrom. Um template por classe não consegue guardar um carro visto de lado e de frente ao mesmo tempo: esse limite motiva a próxima aula.',
        },
      ],
    },
    {
      id: 'one-image',
      heading: 'Uma imagem, um passo',
      blocks: [
        {
          kind: 'paragraph',
          text: 'O ponto alto do notebook: pegue um W aleatório e uma única foto de gato e calcule dW para ela. Somar dW (subida do gradiente, W + 1e-5·dW) faz a perda explodir (o notebook imprimiu 212) e o modelo passa a ter certeza de que o gato é um cachorro, com p(gato) ≈ 1e-93: o template de gato agora guarda uma cópia invertida do gato. Subtrair (descida, W − 1e-5·dW) imprime o próprio gato no template, e o modelo fica 100% certo de que é um gato. Experimente abaixo com qualquer imagem de treino.',
        },
        {
          kind: 'paragraph',
          text: 'Cuidado com os sinais: o texto do notebook escreve a atualização como x += lr·dx, que é subida. A descida do gradiente subtrai: W ← W − lr·dW.',
        },
      ],
    },
    {
      id: 'training',
      heading: 'Treino: a receita do notebook e a nossa',
      blocks: [
        {
          kind: 'paragraph',
          text: 'O notebook treinou com descida do gradiente simples usando as 50.000 imagens de uma vez: 500 passos, taxa de aprendizado 2,5e-6 e uma penalidade L2 reg·ΣW² com reg = 1000 (2000·W no gradiente). Ele imprimiu perda 2,68 no início, 1,94 depois de 100 passos, 1,82 depois de 450, e uma melhor acurácia de 0,3991 nas 10.000 imagens de teste.',
        },
        {
          kind: 'paragraph',
          text: 'A nossa receita padrão usa lotes de 256 imagens com momento 0,9, agenda cosseno e decaimento de pesos 500, por 6 épocas: cerca de 0,41 em uns dez segundos com dois núcleos. Os dois botões do laboratório preenchem o formulário, então você pode rodar cada uma e comparar.',
        },
        {
          kind: 'list',
          items: [
            'Acurácia por classe no notebook: avião 49,2%, carro 46,9%, pássaro 20,0%, gato 21,5%, cervo 27,9%, cachorro 34,6%, sapo 54,5%, cavalo 38,6%, navio 55,8%, caminhão 49,9%.',
            'Pássaro e gato são os mais difíceis: as fotos variam demais para um template só. Navio e sapo são os mais fáceis: as cores os entregam.',
          ],
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
            'Os “melhores” pesos foram guardados por referência enquanto W continuava mudando no lugar, então o relatório por classe e os templates mostram o W final (39,89%), não o melhor (39,91%). O laboratório guarda os pesos finais e diz isso.',
            'O que o notebook chama de validação é o conjunto de teste oficial: não há um conjunto separado. O laboratório o chama de teste.',
            'A regra de atualização do texto tem o sinal da subida (x += lr·dx); a descida subtrai o gradiente.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Quarenta por cento é quatro vezes melhor que o acaso, mas é o teto de um modelo linear: um score que é uma soma ponderada de pixels não consegue representar “um carro, visto de qualquer lado”. A próxima aula acrescenta uma camada oculta e uma não linearidade.',
        },
      ],
    },
  ],
};
