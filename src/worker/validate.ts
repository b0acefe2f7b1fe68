import { effortIndexOf, type EffortIndex } from '../aggregates/effort-index';
import type { DatasetError } from '../data/dataset-errors';
import { buildDataset, type Dataset } from '../data/model';
import { parseDatasetText } from '../data/parse-dataset';
import type { RegionRegistry } from '../data/region-registry';
import type { LoadPhase } from './protocol';

export type Validated =
  { ok: true; dataset: Dataset; index: EffortIndex | null } | { ok: false; errors: DatasetError[] };

/**
 * A dataset file's bytes → the validated, modelled and indexed dataset, or its located errors. The
 * same validation as every dataset the app reads (`parseDatasetText`, with the region registry the
 * caller loaded: `loadRegionRegistry`); run in the worker, or on the page where workers are unavailable.
 */
export function validateDatasetBytes(
  bytes: ArrayBuffer,
  phase: (p: LoadPhase) => void = () => {},
  registry?: RegionRegistry,
): Validated {
  phase('validate'); // decoding is part of it here (a downloaded file was decoded on the way)
  // As Response.text(): UTF-8, a byte-order mark dropped, malformed bytes replaced.
  return validated(new TextDecoder().decode(bytes), phase, registry);
}

/** As `validateDatasetBytes`, for a file's text (decoded while it downloaded: `readText`). */
export function validateDatasetText(
  text: string,
  phase: (p: LoadPhase) => void = () => {},
  registry?: RegionRegistry,
): Validated {
  phase('validate');
  return validated(text, phase, registry);
}

function validated(text: string, phase: (p: LoadPhase) => void, registry?: RegionRegistry): Validated {
  const parsed = parseDatasetText(text, registry);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  phase('index');
  const dataset = buildDataset(parsed.value);
  return { ok: true, dataset, index: effortIndexOf(dataset) };
}
