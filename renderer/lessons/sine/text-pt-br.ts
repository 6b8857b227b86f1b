// Aula 1 em português: a rede neural como aproximadora de funções, aprendendo sen x com amostras ruidosas.
import type { LessonText } from '../lesson-text';

export const sineTextPtBr: LessonText = {
  lead:
    'Nesta primeira aula, uma rede pequena aprende a curva do seno a partir de amostras com ruído. Nada na receita é específico do seno: os mesmos passos ajustam qualquer curva, e as próximas aulas os reaproveitam para imagens.',
  sections: [
    {
      id: 'function',
      heading: 'Uma rede é uma função',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Esqueça neurônios e cérebros por um momento. Uma rede neural é uma função f(x; θ) com muitos números ajustáveis θ, os seus parâmetros. Treinar é escolher θ para que f(x; θ) fique perto das saídas que queremos para as entradas que temos. Aqui as entradas são números x em [−9, 9) e as saídas desejadas são sen x, mas a rede nunca vê a fórmula do seno: ela só vê exemplos.',
        },
        {
          kind: 'paragraph',
          text: 'Por que isso funcionaria? O teorema da aproximação universal diz que uma rede com uma camada oculta e uma ativação não linear, como a tanh, consegue aproximar qualquer função contínua num intervalo limitado tão bem quanto quisermos, desde que tenha neurônios suficientes. O teorema garante que bons parâmetros existem; não diz como encontrá-los, nem quantos neurônios são necessários. Encontrá-los é o papel do treino.',
        },
      ],
    },
    {
      id: 'network',
      heading: 'A rede',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Usamos um perceptron multicamadas (MLP): uma entrada, três camadas ocultas de 16 neurônios cada e uma saída. Cada camada calcula uma transformação afim W·h + b seguida de tanh, menos a última, que fica linear para que a saída possa assumir qualquer valor.',
        },
        { kind: 'formula', text: 'f(x; θ) = W₄ · tanh(W₃ · tanh(W₂ · tanh(W₁x + b₁) + b₂) + b₃) + b₄' },
        { kind: 'paragraph', text: 'Somando pesos e vieses camada por camada, chegamos ao tamanho de θ:' },
        { kind: 'formula', text: '(1·16 + 16) + (16·16 + 16) + (16·16 + 16) + (16·1 + 1) = 32 + 272 + 272 + 17 = 593' },
        {
          kind: 'paragraph',
          text: '593 números bastam para desenhar quase três períodos do seno. Cada neurônio tanh contribui com um degrau suave; as camadas dobram e somam esses degraus até que eles sigam a curva.',
        },
      ],
    },
    {
      id: 'loss',
      heading: 'Medindo o erro',
      blocks: [
        {
          kind: 'paragraph',
          text: 'O treino precisa de um único número que diga o quanto a rede erra. Usamos o erro quadrático médio (MSE, do inglês mean squared error) sobre N exemplos:',
        },
        { kind: 'formula', text: 'L(θ) = (1/N) · Σᵢ ( f(xᵢ; θ) − yᵢ )²' },
        {
          kind: 'paragraph',
          text: 'Nossos alvos têm ruído: yᵢ = sen xᵢ + εᵢ, em que εᵢ é um ruído gaussiano com desvio padrão σ = 0,05. Nenhuma função de x consegue prever ε, então até a resposta perfeita f(x) = sen x paga pelo ruído em cada ponto. Em média, o MSE dela é exatamente a variância do ruído:',
        },
        { kind: 'formula', text: 'E[(sen x − y)²] = E[ε²] = σ² = 0,05² = 0,0025' },
        {
          kind: 'paragraph',
          text: 'Esse é o piso. Um MSE de teste perto de 0,0025 significa que a rede aprendeu o seno e pouco mais. Uma perda de treino muito abaixo disso indicaria que a rede começou a decorar o ruído, o que não a ajudaria em pontos novos.',
        },
      ],
    },
    {
      id: 'training',
      heading: 'Mini-lotes, SGD e Adam',
      blocks: [
        {
          kind: 'paragraph',
          text: 'A retropropagação (backpropagation) fornece o gradiente ∇L: para cada parâmetro, a direção que aumentaria a perda. Damos um pequeno passo no sentido contrário. Calcular o gradiente sobre os 30.000 pontos a cada passo seria lento, então embaralhamos os dados e usamos mini-lotes de 16 pontos: cada passo se apoia numa estimativa ruidosa, mas barata, do gradiente. Uma passada completa pelos dados é uma época, 1.875 passos com os valores padrão.',
        },
        {
          kind: 'paragraph',
          text: 'A descida de gradiente estocástica (SGD) simples move cada parâmetro pela mesma taxa de aprendizado η vezes o seu gradiente: θ ← θ − η∇L. O Adam mantém médias móveis de cada gradiente g e do seu quadrado, e divide uma pela raiz da outra, de modo que cada parâmetro ganha um tamanho de passo adequado a ele:',
        },
        { kind: 'formula', text: 'm ← β₁m + (1 − β₁)g     v ← β₂v + (1 − β₂)g²     θ ← θ − η · m̂ / (√v̂ + ε)' },
        {
          kind: 'paragraph',
          text: 'Os chapéus indicam uma correção para os primeiros passos, quando m e v ainda pendem para o valor inicial zero. Com a mesma taxa de aprendizado, o Adam costuma chegar perto do piso em poucas épocas, enquanto o SGD ainda se arrasta; por isso ele é o padrão aqui.',
        },
        {
          kind: 'paragraph',
          text: 'A taxa de aprendizado também não precisa ficar fixa. No começo, passos grandes avançam rápido; perto do fim, eles fazem os parâmetros tremerem em volta do mínimo em vez de se acomodarem nele. Por padrão, este laboratório começa em η₀ = 3·10⁻³ e deixa a taxa cair ao longo de meia cossenoide até zero no último passo T:',
        },
        { kind: 'formula', text: 'η(t) = η₀ · ½ · (1 + cos(π t / T))' },
        {
          kind: 'paragraph',
          text: 'Com 10⁻³ constante, a rede termina as dez épocas um pouco acima do piso; com a agenda cosseno, ela chega lá.',
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
            'Troque tanh por ReLU. O ajuste vira uma sequência de segmentos retos: uma rede com ReLU é linear por partes.',
            'Experimente a sigmoide. Ela satura com facilidade e aprende mais devagar; compare as curvas de perda lado a lado em Execuções.',
            'Deixe as camadas estreitas (4 neurônios) ou largas (64). A partir de onde o ajuste para de melhorar?',
            'Aumente a taxa de aprendizado para 1e-2 ou 1e-1 e veja a perda ficar instável, ou explodir. Depois tente o SGD com uma taxa maior.',
            'Mude a agenda para constant com taxa de aprendizado 1e-3 e compare essa execução com uma cosine em Execuções.',
            'Ajuste o ruído para 0,1: o piso passa a ser 0,01. Confira se o MSE de teste acompanha.',
          ],
        },
      ],
    },
  ],
};
