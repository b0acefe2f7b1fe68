/** Types for tests that import the generator (the script itself is plain Node ESM). */
export function generateSynthetic(effortCount: number, seed?: number): unknown;
export function prng(seed: number): () => number;
