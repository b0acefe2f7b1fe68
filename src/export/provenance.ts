import type { Dataset, EffortRecord } from '../data/model';
import { measuresOf } from '../data/model';
import { contributingMembers, memberById } from '../aggregates/union';
import type { LocalizedText, TypeBasis } from '../data/schema';

/** An organisation of the figure's effort: an actor (counted as involved) or an addressee (not). */
export interface ProvenanceOrganisation {
  id: string;
  role: 'actor' | 'addressee';
  name: LocalizedText;
  type: string;
  /** Whether the text states the type or it is inferred, and from what. */
  typeBasis: TypeBasis | null;
}

export interface ProvenanceEntry {
  effortId: string;
  /** The report (dataset) the figure comes from: `path` is a path in its file. */
  datasetId: string;
  /** Where the figure lives in the dataset, e.g. `efforts[3].measures[1]`. */
  path: string;
  region: { code: string; zh: string; en: string };
  /** The number as stated (exact, or the lower bound of 余/多/超); null for an approximate figure. */
  value: number | null;
  /** An approximate figure (数千): the range its words allow, inclusive; null otherwise. */
  range: { low: number; high: number | null } | null;
  unit: { id: string; zh: string; en: string };
  qualifier: string;
  /** The figure exactly as written in the source ("350余万元"). */
  figure: string;
  label: { zh: string; en: string };
  /** The verbatim sentence of the source that contains the figure. */
  quote: string;
  organisations: ProvenanceOrganisation[];
}

function organisationsOf(dataset: Dataset, effort: EffortRecord | undefined): ProvenanceOrganisation[] {
  if (!effort) return [];
  const entry = (id: string, role: ProvenanceOrganisation['role']): ProvenanceOrganisation => {
    const o = dataset.organisationById.get(id);
    return {
      id,
      role,
      name: o?.name ?? { zh: id, en: id },
      type: o?.type ?? '',
      typeBasis: o?.typeBasis ?? null,
    };
  };
  return [
    ...effort.organisationIds.map((id) => entry(id, 'actor')),
    ...(effort.addresseeIds ?? []).map((id) => entry(id, 'addressee')),
  ];
}

/**
 * Whether the quotes were checked against the report: `verified` when the dataset has its text
 * (embedded, or the bundled report), `unverified` when it came without one.
 */
export type QuoteCheck = 'verified' | 'unverified';

/** Each visible figure → its quote in the source, for `provenance.json`, with the dataset's version. */
export function buildProvenance(
  dataset: Dataset,
  efforts: readonly EffortRecord[],
  quotes?: QuoteCheck,
  /** Each report's own quote check (the union of reports: some may come without their text). */
  quotesOf?: (datasetId: string) => QuoteCheck,
): {
  datasetId: string;
  datasetVersion: string | null;
  source: { title: string; url: string; publishedAt: string };
  quotes?: QuoteCheck;
  /** Every report that contributed a figure (or the view's reports when none did). */
  reports: Array<{
    datasetId: string;
    datasetVersion: string | null;
    source: { title: string; url: string; publishedAt: string };
    /** Whether this report's quotes were checked against its text (when known). */
    quotes?: QuoteCheck;
  }>;
  figures: ProvenanceEntry[];
} {
  const effortById = new Map(efforts.map((e) => [e.id, e]));
  const figures = measuresOf(efforts).map((m): ProvenanceEntry => {
    const effort = effortById.get(m.effortId);
    const code = effort?.regionCode ?? '';
    const region = dataset.regionByCode.get(code);
    const unit = dataset.unitById.get(m.unit);
    return {
      effortId: m.effortId,
      datasetId: m.datasetId,
      path: m.path,
      region: { code, zh: region?.zh ?? '', en: region?.en ?? '' },
      value: m.qualifier === 'approx' ? null : m.value,
      range: m.qualifier === 'approx' ? { low: m.low, high: m.high ?? null } : null,
      unit: { id: m.unit, zh: unit?.zh ?? '', en: unit?.en ?? '' },
      qualifier: m.qualifier,
      figure: m.figure,
      label: m.label,
      quote: m.quote,
      organisations: organisationsOf(dataset, effort),
    };
  });
  const { title, url, publishedAt } = dataset.source;
  const reports = contributingMembers(dataset, efforts).map((m) => ({
    datasetId: m.id,
    datasetVersion: memberById(dataset, m.id)?.datasetVersion ?? null,
    source: { title: m.source.title, url: m.source.url, publishedAt: m.source.publishedAt },
    ...(quotesOf === undefined ? {} : { quotes: quotesOf(m.id) }),
  }));
  return {
    datasetId: dataset.id,
    datasetVersion: dataset.datasetVersion,
    source: { title, url, publishedAt },
    ...(quotes === undefined ? {} : { quotes }),
    reports,
    figures,
  };
}
