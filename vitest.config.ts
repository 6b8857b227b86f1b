// Three test projects: fast unit tests, integration tests on real SQLite/ONNX Runtime/workers,
// and end-to-end tests driving the real UI in headless Chromium against the real server.
import { readFileSync } from 'node:fs';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  define: { __AIRI_APP_VERSION__: JSON.stringify(version) },
  test: {
    projects: [
      {
        extends: true,
        // Speed is the benchmark's business (npm run bench); on a busy 2-core machine a model's forward
        // pass may take seconds, which must not fail a test of what it computes.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/renderer/state/**'], environment: 'node', testTimeout: 30_000 },
      },
      {
        // The renderer's reactive state (*.svelte.ts): compiled by Svelte for the browser, as the app
        // runs it, so $state, $derived and $effect.root behave as in the window.
        extends: true,
        plugins: [svelte({ dynamicCompileOptions: () => ({ generate: 'client' }) })],
        resolve: { conditions: ['browser'] },
        test: { name: 'unit-svelte', include: ['tests/unit/renderer/state/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          // Workers, the CLI and the server run from the esbuild bundles, as users run them.
          globalSetup: ['tests/integration/build-bundles.ts'],
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        // Seeded mutants of real files through the importers (tests/fuzz/fuzz-harness.ts).
        test: { name: 'fuzz', include: ['tests/fuzz/**/*.test.ts'], environment: 'node', testTimeout: 300_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
