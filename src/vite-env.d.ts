/// <reference types="vite/client" />

/** SHA-256 (hex) of data/dataset.json as validated at build time, or null (see scripts/vite-first-screen.ts). */
declare const __BUNDLED_DATASET_SHA256__: string | null;
