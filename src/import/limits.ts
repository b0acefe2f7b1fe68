/**
 * Limits on what a user may import. They are checked before any heavy work (JSON.parse, CSV
 * parsing, schema validation) so a huge or hostile file gets a clear message, not a frozen tab.
 */
export const IMPORT_LIMITS = {
  /** Largest file accepted, in bytes (5 MB). */
  maxFileBytes: 5 * 1024 * 1024,
  /** Most efforts in one dataset. */
  maxEfforts: 20_000,
  /** Most measures in one dataset (over all efforts). */
  maxMeasures: 100_000,
  /** Most organisations in one dataset. */
  maxOrganisations: 20_000,
  /** Most regions in one dataset. */
  maxRegions: 5_000,
  /** Most entries in one vocabulary (units, organisation types, activities). */
  maxVocabulary: 1_000,
  /** Most data rows in a CSV file (one row per measure or per effort without measures). */
  maxCsvRows: 100_000,
  /** Most columns in a CSV file. */
  maxCsvColumns: 64,
  /** Longest single text value (characters); a 100,000-character quote is still accepted. */
  maxTextLength: 200_000,
} as const;

/** Storage: the most bytes all imported datasets may take together (20 MB). */
export const STORAGE_LIMIT_BYTES = 20 * 1024 * 1024;

/** Most imported datasets kept at once. */
export const MAX_IMPORTED_DATASETS = 20;
