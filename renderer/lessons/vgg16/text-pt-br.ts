// A lição 7 em português: a VGG16 (configuração D), onde estão seus parâmetros, por que treinar do
// zero em 224×224 como o notebook 7 era impraticável, o que o notebook mediu de fato e a VGG-16 para
// 32×32 que se treina aqui.
import type { LessonText } from '../lesson-text';

export const vgg16TextPtBr: LessonText = {
  lead:
    'O notebook 7 contou a história das redes do ImageNet (LeNet 1989; AlexNet 2012, erro top-5 de 15,3%; ZFNet 2013, 11,2%; GoogLeNet 2014, 6,67%; VGG 2014, 7,3%, "treinada em 4 GPUs por 2–3 semanas") e montou a VGG16 à mão com as mesmas peças do airi. Aqui o airi a monta também: abaixo você vê a tabela de camadas, onde estão os parâmetros e quanto custaria treiná-la neste computador, medido neste computador. Depois você treina uma VGG-16 feita para imagens 32×32.',
  sections: [
    {
      id: 'network',
      heading: 'VGG16, configuração D',
      blocks: [
        { kind: 'formula', text: '[Conv 3×3 (pad 1) → ReLU] × (2, 2, 3, 3, 3) com 64, 128, 256, 512, 512 canais, MaxPool 2×2 após cada bloco → Flatten (512·7·7 = 25.088) → Linear(25088→4096) → ReLU → Dropout → Linear(4096→4096) → ReLU → Dropout → Linear(4096→classes)' },
        {
          kind: 'paragraph',
          text: 'Só convoluções 3×3, empilhadas: duas enxergam uma região 5×5, três enxergam 7×7, com menos pesos e mais ReLUs do que um filtro grande. As convoluções fazem quase toda a conta, mas a primeira camada totalmente conectada sozinha tem 102.764.544 pesos, três quartos da rede: a tabela abaixo mostra.',
        },
      ],
    },
    {
      id: 'notebook',
      heading: 'O que o notebook 7 mediu de fato',
      blocks: [
        {
          kind: 'list',
          items: [
            'Ele ampliou o CIFAR-10 de 32×32 para 224×224 e treinou do zero com Adam 3·10⁻⁴, lote 64, numa Tesla K80 do Colab. Depois de UMA época imprimiu perda 1,9267 e acurácia 0,4235; então a execução foi interrompida à mão (KeyboardInterrupt). A acurácia final é desconhecida.',
            'Ele diz que o modelo chega a 93,42% no CIFAR-10 e 74,4% (top-1) no ImageNet. Nenhum dos dois números foi medido no notebook. (O torchvision informa 71,592% top-1 para a sua VGG16 treinada.)',
            'O dropout era a forma funcional com training=True, então continuava ligado também na avaliação: o 0,4235 foi medido com metade dos neurônios da cabeça desligados ao acaso.',
            'Ele normalizou com a média (0,485, 0,485, 0,406), um erro de digitação no lugar de 0,456 no canal verde.',
          ],
        },
      ],
    },
    {
      id: 'small-vgg',
      heading: 'Uma VGG-16 que dá para treinar: 32×32 com batch norm',
      blocks: [
        {
          kind: 'paragraph',
          text: 'As mesmas treze convoluções, cada uma seguida de normalização em lote, aplicadas às imagens 32×32 como elas são: cinco poolings deixam 1×1×512, então a cabeça é 512 → 512 → 512 → 10 e a rede tem 15,25 M de parâmetros em vez de 134 M, e cerca de 50 vezes menos conta por imagem. Ainda é a rede mais lenta deste app: o padrão é 2 épocas, e o laboratório mostra o tempo restante.',
        },
        {
          kind: 'paragraph',
          text: 'Com a VGG16 do torchvision treinada no ImageNet importada (tela Modelos, "Importar pesos do torchvision": vgg16-397923af.pth de um pen drive, de um caminho ou baixado do torchvision), o painel "A VGG16 treinada no ImageNet", nesta página, classifica suas próprias fotos com ela pelo ONNX Runtime, mede o tempo em cada provedor de execução e mostra o Grad-CAM em qualquer uma das treze convoluções, calculado pela retropropagação do airi com os mesmos pesos.',
        },
      ],
    },
  ],
};
