// lab/'s layers, checked on resolved paths (the lint rule in eslint.config.js only sees specifiers):
// platform at the bottom, then datasets, run-store, photos and uploads, then lessons, then trainer and
// models, then app, then server, and cli (the terminal's entry points) on top. A folder imports only
// folders of lower layers, never a neighbour of its own layer or anything above.
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../helpers/import-graph';

const LAYERS = [
  ['platform'],
  ['datasets', 'run-store', 'photos', 'photo-folders', 'uploads', 'weights'],
  ['lessons', 'transfer'],
  ['trainer', 'models'],
  ['runs'],
  ['app'],
  ['server'],
  ['cli'],
];
const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));
const labFolder = (file: string) => (file.startsWith('lab/') ? file.split('/')[1] : null);

/** "lab/x -> lab/y (file)" for every import that does not point down. */
function upwardArrows(graph: Map<string, string[]>): string[] {
  const wrong: string[] = [];
  for (const [file, targets] of graph) {
    const from = labFolder(file);
    if (!from) continue;
    for (const target of targets) {
      const to = labFolder(target);
      if (!to || to === from) continue;
      if (!(layerOf(to) < layerOf(from))) wrong.push(`lab/${from} -> lab/${to} (${file})`);
    }
  }
  return wrong;
}

describe('lab layers', () => {
  const graph = importGraph(process.cwd(), ['lab']);

  it('knows every folder of lab/', () => {
    const folders = new Set([...graph.keys()].map(labFolder));
    for (const folder of folders) expect(layerOf(folder ?? ''), `lab/${folder} has no layer`).toBeGreaterThanOrEqual(0);
  });

  it('has only downward arrows', () => {
    expect(upwardArrows(graph)).toEqual([]);
  });

  it('would see an upward arrow', () => {
    const probe = new Map([['lab/datasets/x.ts', ['lab/app/data-directory.ts']], ['lab/server/y.ts', ['lab/cli/cli-main.ts']]]);
    expect(upwardArrows(probe)).toEqual(['lab/datasets -> lab/app (lab/datasets/x.ts)', 'lab/server -> lab/cli (lab/server/y.ts)']);
  });
});
