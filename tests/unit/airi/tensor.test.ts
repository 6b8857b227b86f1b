import { describe, expect, it } from 'vitest';
import { Tensor, assertSameShape, formatShape } from '../../../airi/index';

describe('Tensor', () => {
  it('zeros has the shape, the size and only zeros', () => {
    const t = Tensor.zeros([2, 3, 4]);
    expect(t.shape).toEqual([2, 3, 4]);
    expect(t.size).toBe(24);
    expect(t.data).toBeInstanceOf(Float32Array);
    expect(Array.from(t.data).every((v) => v === 0)).toBe(true);
  });

  it('fromArray copies and rounds to float32, row-major', () => {
    const values = [1, 2, 3, 4, 5, 0.1];
    const t = Tensor.fromArray(values, [2, 3]);
    values[0] = 99;
    expect(t.data[0]).toBe(1);
    expect(t.data[5]).toBe(Math.fround(0.1));
    expect(t.data[1 * 3 + 2]).toBe(Math.fround(0.1)); // element [1, 2]
  });

  it('a scalar has shape [] and size 1', () => {
    expect(Tensor.zeros([]).size).toBe(1);
  });

  it('fromArray names the shape and both counts when the values do not fit', () => {
    expect(() => Tensor.fromArray([1, 2, 3, 4, 5, 6], [2, 2])).toThrow('Tensor.fromArray: 6 values do not fill shape [2, 2] (4 elements)');
    expect(() => new Tensor(new Float32Array(3), [2, 2])).toThrow('3 values do not fill shape [2, 2]');
  });

  it('rejects invalid shapes', () => {
    expect(() => Tensor.zeros([2, -1])).toThrow('invalid shape [2, -1]');
    expect(() => Tensor.zeros([1.5])).toThrow('invalid shape');
  });

  it('does not share its shape array with the caller', () => {
    const shape = [2, 2];
    const t = Tensor.zeros(shape);
    shape[0] = 5;
    expect(t.shape).toEqual([2, 2]);
  });

  it('clone copies the values', () => {
    const t = Tensor.fromArray([1, 2], [2]);
    const c = t.clone();
    c.data[0] = 5;
    expect(t.data[0]).toBe(1);
    expect(c.shape).toEqual([2]);
  });

  it('assertSameShape names who asked and both shapes', () => {
    expect(formatShape([16, 1])).toBe('[16, 1]');
    expect(() => assertSameShape('Tanh().backward', 'dout', [16, 8], [16, 16])).toThrow(
      'Tanh().backward: dout has shape [16, 8], expected [16, 16]',
    );
    expect(() => assertSameShape('x', 'y', [2, 3], [2, 3])).not.toThrow();
    expect(() => assertSameShape('x', 'y', [6], [2, 3])).toThrow();
  });
});
