// Bundles the Node-side entry points (server, CLI, training worker, Electron main and preload, bench)
// into dist/node with esbuild. Native modules stay external: they are loaded from node_modules.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const quiet = process.argv.includes('--quiet');
const external = ['better-sqlite3', 'onnxruntime-node', 'electron', 'sharp', 'ws', 'bufferutil', 'utf-8-validate'];

const entries = [
  { in: 'lab/cli/serve-main.ts', out: 'serve', format: 'esm' },
  { in: 'lab/cli/cli-main.ts', out: 'cli', format: 'esm' },
  { in: 'lab/trainer/training-worker.ts', out: 'training-worker', format: 'esm' },
  { in: 'lab/trainer/insights-worker.ts', out: 'insights-worker', format: 'esm' },
  { in: 'lab/trainer/vgg-profile-worker.ts', out: 'vgg-profile-worker', format: 'esm' },
  { in: 'lab/datasets/import-worker.ts', out: 'dataset-import-worker', format: 'esm' },
  { in: 'native-models/runtime/inference-worker.ts', out: 'inference-worker', format: 'esm' },
  { in: 'lab/transfer/head-worker.ts', out: 'transfer-head-worker', format: 'esm' },
  { in: 'lab/models/weights-cam-worker.ts', out: 'weights-cam-worker', format: 'esm' },
  { in: 'lab/transfer/cam-worker.ts', out: 'transfer-cam-worker', format: 'esm' },
  { in: 'lab/transfer/finetune-worker.ts', out: 'transfer-finetune-worker', format: 'esm' },
  { in: 'scripts/bench/bench-main.ts', out: 'bench', format: 'esm' },
  { in: 'scripts/bench/profile-step.ts', out: 'profile-step', format: 'esm' },
  // Electron loads CommonJS main and (sandboxed) preload scripts most reliably.
  { in: 'electron/main.ts', out: 'electron-main', format: 'cjs' },
  { in: 'electron/preload.ts', out: 'electron-preload', format: 'cjs' },
].filter((e) => existsSync(e.in));

const started = Date.now();
await Promise.all(
  entries.map((e) =>
    build({
      entryPoints: [e.in],
      outfile: `dist/node/${e.out}.${e.format === 'esm' ? 'mjs' : 'cjs'}`,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: e.format,
      sourcemap: true,
      external,
      logLevel: 'warning',
      // ESM bundles still need require() for the native modules they load.
      // Electron's main bundle (CJS) gets import.meta.url from __filename, so shared lab/ code can
      // locate sibling files. Not the preload: a sandboxed preload has no __filename.
      banner:
        e.format === 'esm'
          ? { js: "import { createRequire as __airiCreateRequire } from 'node:module'; const require = __airiCreateRequire(import.meta.url);" }
          : e.out === 'electron-main'
            ? { js: "const __airiImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" }
            : undefined,
      define: {
        __AIRI_APP_VERSION__: JSON.stringify(version),
        ...(e.out === 'electron-main' ? { 'import.meta.url': '__airiImportMetaUrl' } : {}),
      },
    }),
  ),
);
if (!quiet) console.log(`built ${entries.length} Node entries into dist/node in ${Date.now() - started} ms`);
