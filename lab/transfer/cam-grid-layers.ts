// Which activations lesson 8's 3×3 grid shows: one per stage of the backbone, as the notebook showed
// EfficientNet-B0's features.0 to features.8. A graph with torchvision's scoped names gives its blocks'
// ends directly; a graph with numbered names (the shared int8 MobileNetV2) gives one per resolution,
// and the grid is filled with evenly spaced layers in between so it still walks through the network.
// The input itself (3 channels) is no stage: a map there says nothing about what the network built.
import type { CamLayer } from '../../contract/models/explain';

export const GRID_CELLS = 9;

export function gridLayers(layers: CamLayer[], cells = GRID_CELLS): CamLayer[] {
  const candidates = layers.filter((l) => l.channels > 3);
  if (candidates.length <= cells) return candidates;
  const chosen = new Set(candidates.filter((l) => l.blockEnd));
  // Too many block ends: keep evenly spaced ones, always the last (the features the head reads).
  if (chosen.size > cells) {
    const ends = [...chosen];
    return Array.from({ length: cells }, (_, i) => ends[Math.round((i * (ends.length - 1)) / (cells - 1))]);
  }
  // Fill with evenly spaced layers, sampling ever more finely until the grid is full.
  for (let m = cells; chosen.size < cells && m <= candidates.length; m++) {
    for (let i = 0; i < m && chosen.size < cells; i++) chosen.add(candidates[Math.round((i * (candidates.length - 1)) / (m - 1))]);
  }
  const order = new Map(candidates.map((l, i) => [l, i]));
  return [...chosen].sort((a, b) => order.get(a)! - order.get(b)!);
}
