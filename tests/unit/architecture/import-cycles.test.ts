// No import cycle anywhere in the sources: a cycle makes load order matter and hides which file is
// the lower layer. Counts type-only imports too, so every arrow points one way.
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, importSpecifiers } from '../../helpers/import-graph';

const FOLDERS = ['airi', 'contract', 'lab', 'native-models', 'electron', 'renderer', 'scripts', 'tests'];

describe('import cycles', () => {
  it('reads every kind of relative import', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c.js';",
      "export * from './d';",
      "const e = await import('./e');",
      "import './f';",
      "import x from 'node:fs';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a', '../b', './c.js', './d', './e', './f']);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']], ['e', ['e']]]);
    expect(importCycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('finds none in the repository', () => {
    const graph = importGraph(process.cwd(), FOLDERS);
    expect(graph.size).toBeGreaterThan(300);
    expect(importCycles(graph)).toEqual([]);
  });
});
