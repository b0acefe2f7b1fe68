import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The floor of issue 12: the leanest Vite + React build of the app's first screen. `npm run bench`
 * builds it (`vite build --config bench/peer/vite.config.ts`) into dist-peer/ and measures it beside
 * the app. Same plugin, target and asset handling as the app's vite.config.ts, nothing else.
 */
const peerRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: peerRoot,
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: `${repoRoot}dist-peer`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The dataset and the boundaries are fetched as assets, as the app does, never inlined.
    assetsInlineLimit: 0,
    // One chunk on purpose: the floor loads everything it needs at once.
    chunkSizeWarningLimit: 1000,
  },
  // `vite --config bench/peer/vite.config.ts` (dev) reads data/ from the repository root.
  server: { port: 5273, fs: { allow: [repoRoot] } },
});
