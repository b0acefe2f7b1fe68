import { MAP_CHART_ID } from '../../charts/chart-spec';
/**
 * What the export buttons do. This module and everything it imports (builders, papaparse, fflate,
 * the SVG renderer) is loaded with a dynamic import when someone opens an export control.
 */
import type { Dataset, EffortRecord } from '../../data/model';
import { permalinkFor, viewCitation } from '../../export/citation';
import { csvRows, toCsv } from '../../export/csv';
import { fullDatasetJson, packDatasetJson, visibleDataJson } from '../../export/data-json';
import { BUNDLED_SOURCE_TEXT_URL } from '../../data/queries';
import { selectSourceTextStatus, type SourceTextStatus } from '../../store/datasets-slice';
import { targetSlug, viewInWords, type ExportTarget } from '../../export/describe';
import { exportFileName } from '../../export/file-names';
import { imageFrameText } from '../../export/frame-text';
import { zipPack, type PackEntry } from '../../export/pack';
import { buildProvenance, type QuoteCheck } from '../../export/provenance';
import { buildReadme, type PackFile } from '../../export/readme';
import { translate } from '../../i18n/i18n';
import { selectVisibleSet } from '../../store/visible-set';
import { useAtlasStore } from '../../store/store';
import { datasetParamOf, selectComparePair } from '../../store/datasets-slice';
import { buildUnion, contributingMembers } from '../../aggregates/union';
import { isUnion, membersOf, type DatasetMember } from '../../data/model';
import type { ViewState } from '../../domain/view';
import { downloadBlob } from '../../ui/download';
import { NoChartError, renderPng, renderSvg } from './render-image';

export { NoChartError };

export type ImageFormat = 'png' | 'svg';
export type DataKind = 'visible-csv' | 'visible-json' | 'full-csv' | 'full-json';

interface ExportContext {
  dataset: Dataset;
  view: ViewState;
  /** Efforts passing the filters and the timeline cursor: what the map and the count show. */
  visible: EffortRecord[];
  permalink: string;
  now: Date;
}

function context(now: Date = new Date()): ExportContext {
  const state = useAtlasStore.getState();
  const visible = selectVisibleSet(state);
  if (!visible) throw new Error('no dataset');
  const { view } = state;
  return {
    dataset: visible.dataset,
    view,
    visible: visible.filtered,
    permalink: permalinkFor(window.location.origin, window.location.pathname, view, datasetParamOf(state)),
    now,
  };
}

function fileName(ctx: ExportContext, what: string, ext: string): string {
  return exportFileName({ datasetId: ctx.dataset.id, what, lang: ctx.view.lang, now: ctx.now, ext });
}

/** The chart id of the compare chart (its image cites both compared reports). */
const COMPARE_ID = 'compare';

/** The two compared reports as one dataset (for the words and citations of the compare image), or null. */
function compareUnion(): Dataset | null {
  const pair = selectComparePair(useAtlasStore.getState());
  return pair ? buildUnion(pair) : null;
}

/** The words inside an image: the compare image cites both its reports, the others the view's. */
function frameContext(ctx: ExportContext, target: ExportTarget): ExportContext {
  const union = target === COMPARE_ID ? compareUnion() : null;
  return union ? { ...ctx, dataset: union, visible: union.efforts } : ctx;
}

async function imageBlob(ctx: ExportContext, target: ExportTarget, format: ImageFormat): Promise<Blob> {
  const text = imageFrameText({ ...frameContext(ctx, target), target });
  // The target is a chart id: the chart wrapper hands over its instance, no DOM lookup.
  return format === 'png' ? renderPng(target, text) : renderSvg(target, text);
}

/** Download the map or the open tab's chart as PNG or SVG; returns the file name. */
export async function exportChartImage(target: ExportTarget, format: ImageFormat): Promise<string> {
  const ctx = context();
  const blob = await imageBlob(ctx, target, format);
  const name = fileName(ctx, targetSlug(target), format);
  downloadBlob(blob, name);
  return name;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function visibleJsonText(ctx: ExportContext): string {
  return json(
    visibleDataJson({
      dataset: ctx.dataset,
      efforts: ctx.visible,
      view: ctx.view,
      viewInWords: viewInWords(ctx.dataset, ctx.view, ctx.visible, ctx.view.lang),
      permalink: ctx.permalink,
      now: ctx.now,
    }),
  );
}

/** Download data: the visible efforts and figures, or the full dataset, as CSV or JSON. */
export function exportData(kind: DataKind): string {
  const ctx = context();
  const [scope, format] = kind.split('-') as ['visible' | 'full', 'csv' | 'json'];
  const efforts = scope === 'visible' ? ctx.visible : ctx.dataset.efforts;
  const text =
    format === 'csv'
      ? toCsv(csvRows(ctx.dataset, efforts))
      : scope === 'visible'
        ? visibleJsonText(ctx)
        : json(fullDatasetJson(ctx.dataset));
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8';
  const name = fileName(ctx, `data-${scope}`, format);
  downloadBlob(new Blob([text], { type }), name);
  return name;
}

/** The bundled report's text (same origin; cached by the browser once the reader has shown it). */
async function bundledText(): Promise<string> {
  const response = await fetch(BUNDLED_SOURCE_TEXT_URL);
  if (!response.ok) throw new Error(`${BUNDLED_SOURCE_TEXT_URL}: HTTP ${response.status}`);
  return response.text();
}

/**
 * The evidence pack: the current view's images (map and the open tab's chart, PNG and SVG), its
 * visible data (CSV and JSON), the full dataset with its report's text embedded (dataset.json, which
 * imports back to the same data), provenance.json (each figure → its quote) and a README with the
 * citations, permalink, export date, filters in words and whether the quotes were checked.
 */
export async function exportEvidencePack(): Promise<string> {
  const ctx = context();
  const { dataset, view, visible, now } = ctx;
  const state = useAtlasStore.getState();
  // Each report is checked against its own text: in the union of reports, every member for itself.
  const memberIds = membersOf(dataset).map((m) => m.id);
  const statusOf = (id: string): SourceTextStatus => selectSourceTextStatus(state, id);
  const quotesOf = (id: string): QuoteCheck => (statusOf(id) === 'none' ? 'unverified' : 'verified');
  const quotes: QuoteCheck = memberIds.every((id) => quotesOf(id) === 'verified') ? 'verified' : 'unverified';
  const union = isUnion(dataset);
  const textStatus = union ? 'none' : statusOf(dataset.id);
  const fullJson = packDatasetJson(dataset, textStatus === 'bundled' ? await bundledText() : null);
  const lang = view.lang;
  const entries: PackEntry[] = [];
  const files: PackFile[] = [];
  const notes: string[] = [];
  const targets: ExportTarget[] = ['map', view.tab];
  for (const target of targets) {
    const slug = targetSlug(target);
    try {
      for (const format of ['png', 'svg'] as const) {
        const blob = await imageBlob(ctx, target, format);
        entries.push({ name: `${slug}.${format}`, content: new Uint8Array(await blob.arrayBuffer()) });
        files.push({
          name: `${slug}.${format}`,
          description: translate(lang, 'packImage', {
            format: translate(lang, format === 'png' ? 'packFormatPng' : 'packFormatSvg'),
            what: translate(lang, target === MAP_CHART_ID ? 'packWhatMap' : 'packWhatChart'),
          }),
        });
      }
    } catch (e) {
      if (!(e instanceof NoChartError)) throw e;
      notes.push(translate(lang, 'packNoImage', { slug }));
    }
  }
  entries.push({ name: 'data.csv', content: toCsv(csvRows(dataset, visible)) });
  files.push({
    name: 'data.csv',
    description: translate(lang, 'packDataCsv'),
  });
  entries.push({ name: 'data.json', content: visibleJsonText(ctx) });
  files.push({
    name: 'data.json',
    description: translate(lang, 'packDataJson'),
  });
  entries.push({ name: 'dataset.json', content: json(fullJson) });
  files.push({
    name: 'dataset.json',
    description: translate(lang, quotes === 'verified' ? 'packDataset' : 'packDatasetNoText'),
  });
  if (union) {
    // The union's dataset.json names its reports but does not import back: each report's own file does.
    for (const id of memberIds) {
      const member = state.datasets[id];
      if (!member) continue;
      const status = statusOf(id);
      const name = `reports/${id}.json`;
      entries.push({
        name,
        content: json(packDatasetJson(member, status === 'bundled' ? await bundledText() : null)),
      });
      files.push({
        name,
        description: translate(lang, status === 'none' ? 'packReportDatasetNoText' : 'packReportDataset', {
          id,
        }),
      });
    }
  }
  entries.push({
    name: 'provenance.json',
    content: json(buildProvenance(dataset, visible, quotes, union ? quotesOf : undefined)),
  });
  files.push({
    name: 'provenance.json',
    description: translate(lang, 'packProvenance'),
  });
  const words = viewInWords(dataset, view, visible, lang);
  // Every report the pack shows: the view's, and both compared reports when the compare image is in it.
  const reports: DatasetMember[] = contributingMembers(dataset, visible);
  if (targets.includes(COMPARE_ID)) {
    const union = compareUnion();
    for (const m of union ? contributingMembers(union, union.efforts) : []) {
      if (!reports.some((r) => r.id === m.id)) reports.push(m);
    }
  }
  files.push({
    name: 'README.md',
    description: translate(lang, 'packReadme'),
  });
  entries.push({
    name: 'README.md',
    content: buildReadme({
      dataset,
      lang,
      now,
      permalink: ctx.permalink,
      viewInWords: words,
      viewCitation: viewCitation(dataset, words, ctx.permalink, now, lang, reports),
      files,
      notes,
      quotes,
      reports,
      ...(union ? { quotesOf } : {}),
    }),
  });
  const zip = zipPack(entries, now);
  const name = fileName(ctx, 'evidence-pack', 'zip');
  downloadBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), name);
  return name;
}

/** The message for a failed export, in the interface language. */
export function failureMessage(e: unknown, lang: 'zh' | 'en'): string {
  if (e instanceof NoChartError) return translate(lang, 'exportNoChart');
  return translate(lang, 'exportFailed', { message: e instanceof Error ? e.message : String(e) });
}
