// Builds the Svelte renderer into dist/renderer, loaded from file:// by Electron and over HTTP in browser mode.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [svelte()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, target: 'es2022' },
  worker: { format: 'es' },
});
