// Lesson 8's grid picks nine stages: torchvision's named blocks when the graph has them, else one per
// resolution filled with evenly spaced layers; never the 3-channel input; always in network order.
import { describe, expect, it } from 'vitest';
import type { CamLayer } from '../../../../contract/models/explain';
import { gridLayers } from '../../../../lab/transfer/cam-grid-layers';

const layer = (name: string, channels: number, side: number, blockEnd: boolean): CamLayer => ({
  name, op: 'Conv', channels, height: side, width: side, quantized: false, block: null, blockEnd, gradient: 'tail', unsupported: null,
});

describe('gridLayers', () => {
  it('takes the nine block ends of an EfficientNet-like graph, skipping the input', () => {
    const layers = [layer('input', 3, 224, true)];
    for (let b = 0; b < 9; b++) for (let i = 0; i < 3; i++) layers.push(layer(`features.${b}.${i}`, 16 * (b + 1), 112 >> Math.floor(b / 2), i === 2));
    expect(gridLayers(layers).map((l) => l.name)).toEqual(Array.from({ length: 9 }, (_, b) => `features.${b}.2`));
  });

  it('fills a graph with few block ends (one per resolution) with evenly spaced layers, in order', () => {
    const layers = [layer('input', 3, 224, true)];
    const sides = [112, 56, 28, 14, 7];
    sides.forEach((side, s) => { for (let i = 0; i < 10; i++) layers.push(layer(`l${s * 10 + i}`, 32, side, i === 9)); });
    const chosen = gridLayers(layers);
    expect(chosen).toHaveLength(9);
    expect(new Set(chosen).size).toBe(9);
    for (const end of ['l9', 'l19', 'l29', 'l39', 'l49']) expect(chosen.map((l) => l.name)).toContain(end);
    const order = chosen.map((l) => Number(l.name.slice(1)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(chosen.some((l) => l.channels === 3)).toBe(false);
  });

  it('keeps everything when there are fewer layers than cells, and spaces out too many block ends', () => {
    expect(gridLayers([layer('a', 8, 4, false), layer('b', 8, 2, true)]).map((l) => l.name)).toEqual(['a', 'b']);
    const many = Array.from({ length: 20 }, (_, i) => layer(`e${i}`, 8, 8, true));
    const chosen = gridLayers(many);
    expect(chosen).toHaveLength(9);
    expect(chosen[0].name).toBe('e0');
    expect(chosen.at(-1)!.name).toBe('e19');
  });
});
