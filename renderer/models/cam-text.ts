// The Models screen's class-activation-map words (CamExplorer.svelte) in the learner's language; a
// missing language is a compile error.
import type { Locale } from '../../contract/locale';

const n = (v: number, locale: string, digits = 3) => v.toLocaleString(locale, { maximumFractionDigits: digits });

const en = {
  show: 'Where does it look? (Grad-CAM)',
  hide: 'Hide the heatmaps',
  title: 'Where the network found the evidence',
  intro: 'Red is where the class’s score rises most with the activation (high evidence), blue where it does not. Click a class above to add its map.',
  method: 'Method',
  methods: { 'grad-cam': 'Grad-CAM', 'eigen-cam': 'Eigen-CAM (no gradient)' },
  layer: 'Layer',
  stages: 'Block outputs (stages)',
  allLayers: 'Every layer',
  layerOption: (name: string, c: number, h: number, w: number) => `${name} · ${c}×${h}×${w}`,
  colourMap: 'Colours',
  colourMaps: { turbo: 'Turbo', inferno: 'Inferno', viridis: 'Viridis', grey: 'Grey' } as Record<string, string>,
  blend: 'Blend',
  computing: 'Computing the maps…',
  numbers: 'The numbers',
  score: (s: number, locale: string) => `score (logit) ${n(s, locale)}`,
  shape: (c: number, h: number, w: number) => `layer ${c} channels × ${h}×${w}`,
  gradientFrom: { 'linear-head': 'gradient from the head’s weights ÷ (H·W)', tail: 'gradient by airi’s backward through the rest of the graph', none: 'no gradient: first principal component of the activations' },
  camValues: 'The map at the layer’s resolution (before stretching and scaling)',
  topWeights: 'Largest channel weights',
  timing: (inference: string, explain: string) => `network ${inference} ms · maps ${explain} ms`,
  remove: 'Remove this class',
  mapLabel: (label: string, layer: string) => `Heatmap of ${label} at ${layer}`,
  low: 'low',
  high: 'high',
};

export type CamText = typeof en;

const ptBr: CamText = {
  show: 'Onde ela olha? (Grad-CAM)',
  hide: 'Esconder os mapas de calor',
  title: 'Onde a rede encontrou a evidência',
  intro: 'Vermelho é onde a pontuação da classe mais sobe com a ativação (muita evidência); azul, onde não sobe. Clique numa classe acima para acrescentar o mapa dela.',
  method: 'Método',
  methods: { 'grad-cam': 'Grad-CAM', 'eigen-cam': 'Eigen-CAM (sem gradiente)' },
  layer: 'Camada',
  stages: 'Saídas dos blocos (estágios)',
  allLayers: 'Todas as camadas',
  layerOption: (name, c, h, w) => `${name} · ${c}×${h}×${w}`,
  colourMap: 'Cores',
  colourMaps: { turbo: 'Turbo', inferno: 'Inferno', viridis: 'Viridis', grey: 'Cinza' },
  blend: 'Mistura',
  computing: 'Calculando os mapas…',
  numbers: 'Os números',
  score: (s, locale) => `pontuação (logit) ${n(s, locale)}`,
  shape: (c, h, w) => `camada com ${c} canais × ${h}×${w}`,
  gradientFrom: {
    'linear-head': 'gradiente lido dos pesos da cabeça ÷ (H·W)',
    tail: 'gradiente pelo backward do airi no resto do grafo',
    none: 'sem gradiente: primeira componente principal das ativações',
  },
  camValues: 'O mapa na resolução da camada (antes de esticar e normalizar)',
  topWeights: 'Maiores pesos por canal',
  timing: (inference, explain) => `rede ${inference} ms · mapas ${explain} ms`,
  remove: 'Tirar esta classe',
  mapLabel: (label, layer) => `Mapa de calor de ${label} em ${layer}`,
  low: 'baixo',
  high: 'alto',
};

const texts: Record<Locale, CamText> = { 'pt-BR': ptBr, en };

export function camText(locale: Locale): CamText {
  return texts[locale];
}
