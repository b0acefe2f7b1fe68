import { effortIndexOf, type EffortIndex } from '../aggregates/effort-index';
import type { DatasetError } from '../data/dataset-errors';
import { buildDataset, type Dataset } from '../data/model';
import { parseDatasetText } from '../data/parse-dataset';
import type { RegionRegistry } from '../data/region-registry';
import type { LoadPhase } from './protocol';

export type Validated =
  { ok: true; dataset: Dataset; index: EffortIndex | null } | { ok: false; errors: DatasetError[] };

/** A validated and modelled dataset, not yet indexed (the worker indexes it while the page takes it in). */
export type Modelled = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] };

/**
 * A dataset file's bytes → the validated, modelled and indexed dataset, or its located errors. The
 * same validation as every dataset the app reads (`parseDatasetText`, with the region registry the
 * caller loaded: `loadRegionRegistry`); run on the page where workers are unavailable.
 */
export function validateDatasetBytes(
  bytes: ArrayBuffer,
  phase: (p: LoadPhase) => void = () => {},
  registry?: RegionRegistry,
): Validated {
  return indexed(modelDatasetBytes(bytes, phase, registry));
}

/** `validateDatasetBytes` without the index: what the worker runs (it indexes after sending the efforts). */
export function modelDatasetBytes(
  bytes: ArrayBuffer,
  phase: (p: LoadPhase) => void = () => {},
  registry?: RegionRegistry,
): Modelled {
  // Decoding is part of the validation phase here (a downloaded file was decoded on the way).
  // As Response.text(): UTF-8, a byte-order mark dropped, malformed bytes replaced.
  return modelDatasetText(new TextDecoder().decode(bytes), phase, registry);
}

/** `modelDatasetBytes` for a file's text (decoded while it downloaded: `readText`). */
export function modelDatasetText(
  text: string,
  phase: (p: LoadPhase) => void = () => {},
  registry?: RegionRegistry,
): Modelled {
  phase('validate');
  const parsed = parseDatasetText(text, registry);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  phase('index');
  return { ok: true, dataset: buildDataset(parsed.value) };
}

function indexed(result: Modelled): Validated {
  return result.ok ? { ...result, index: effortIndexOf(result.dataset) } : result;
}
