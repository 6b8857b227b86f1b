// Rows of weights as 32×32 RGB tiles: the notebook's global min-max for class templates, per-tile
// min-max for the neuron grid, and the first image layer found in a state dict.
import { describe, expect, it } from 'vitest';
import { rowsToTiles, TILE_BYTES } from '../../../../../lab/lessons/pictures/tiles';
import { classTemplates, firstImageLayer, neuronGrid } from '../../../../../lab/lessons/pictures/weight-pictures';

function rows(values: number[][]): Float32Array {
  const out = new Float32Array(values.length * TILE_BYTES);
  values.forEach((row, r) => out.set(Array.from({ length: TILE_BYTES }, (_, i) => row[i % row.length]), r * TILE_BYTES));
  return out;
}

const decode = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

describe('rowsToTiles', () => {
  it('global scaling maps the smallest weight of all rows to 0 and the largest to 255', () => {
    const tiles = rowsToTiles(rows([[0, 1], [2, 4]]), 2, 'global');
    expect(tiles.length).toBe(2 * TILE_BYTES);
    expect([tiles[0], tiles[1]]).toEqual([0, 64]);
    expect([tiles[TILE_BYTES], tiles[TILE_BYTES + 1]]).toEqual([128, 255]);
  });

  it('per-tile scaling stretches each row over 0..255 on its own', () => {
    const tiles = rowsToTiles(rows([[0, 1], [2, 4]]), 2, 'per-tile');
    expect([tiles[0], tiles[1]]).toEqual([0, 255]);
    expect([tiles[TILE_BYTES], tiles[TILE_BYTES + 1]]).toEqual([0, 255]);
  });

  it('draws a constant row mid-grey instead of dividing by zero, and pages through rows', () => {
    const tiles = rowsToTiles(rows([[1], [5], [-3, 3]]), 3, 'per-tile', 1, 5);
    expect(tiles.length).toBe(2 * TILE_BYTES);
    expect(tiles[0]).toBe(128);
    expect([tiles[TILE_BYTES], tiles[TILE_BYTES + 1]]).toEqual([0, 255]);
  });

  it('refuses a matrix that is not rows of 3072', () => {
    expect(() => rowsToTiles(new Float32Array(100), 1, 'global')).toThrow(/3072/);
  });
});

describe('pictures of weights', () => {
  const weight = { data: rows([[0, 1], [1, 0], [5, 6]]), shape: [3, TILE_BYTES] };
  const tensors = { '0.bias': { data: new Float32Array(3), shape: [3] }, '0.weight': weight, '2.weight': { data: new Float32Array(30), shape: [10, 3] } };

  it('finds the Linear layer over the 3072 pixels', () => {
    expect(firstImageLayer(tensors).name).toBe('0.weight');
    expect(() => firstImageLayer({ 'x.weight': { data: new Float32Array(4), shape: [2, 2] } })).toThrow(/3072/);
  });

  it('class templates carry the class names and one scale', () => {
    const picture = classTemplates(tensors, ['a', 'b', 'c', 'd']);
    expect(picture).toMatchObject({ kind: 'class-templates', count: 3, total: 3, tileWidth: 32, labels: ['a', 'b', 'c'] });
    const pixels = decode(picture.pixels);
    expect(pixels[0]).toBe(0);
    expect(pixels[2 * TILE_BYTES + 1]).toBe(255);
  });

  it('a page of the neuron grid is numbered from its offset', () => {
    const picture = neuronGrid(tensors, { offset: 1, count: 1 });
    expect(picture).toMatchObject({ kind: 'neurons', count: 1, total: 3, labels: ['2'] });
    expect(Array.from(decode(picture.pixels).subarray(0, 2))).toEqual([255, 0]);
  });
});
