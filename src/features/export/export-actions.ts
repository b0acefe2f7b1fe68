/**
 * What the export buttons do. This module and everything it imports (builders, papaparse, fflate,
 * the SVG renderer) is loaded with a dynamic import when someone opens an export control.
 */
import type { Dataset, EffortRecord } from '../../data/model';
import { permalinkFor, viewCitation } from '../../export/citation';
import { csvRows, toCsv } from '../../export/csv';
import { fullDatasetJson, visibleDataJson } from '../../export/data-json';
import { targetSlug, viewInWords, type ExportTarget } from '../../export/describe';
import { exportFileName } from '../../export/file-names';
import { imageFrameText } from '../../export/frame-text';
import { zipPack, type PackEntry } from '../../export/pack';
import { buildProvenance } from '../../export/provenance';
import { buildReadme, type PackFile } from '../../export/readme';
import { translate } from '../../i18n/i18n';
import { selectVisibleSet } from '../../store/visible-set';
import { useAtlasStore } from '../../store/store';
import type { ViewState } from '../../domain/view';
import { downloadBlob } from './download';
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
    permalink: permalinkFor(window.location.origin, window.location.pathname, view),
    now,
  };
}

function fileName(ctx: ExportContext, what: string, ext: string): string {
  return exportFileName({ datasetId: ctx.dataset.id, what, lang: ctx.view.lang, now: ctx.now, ext });
}

async function imageBlob(ctx: ExportContext, target: ExportTarget, format: ImageFormat): Promise<Blob> {
  const text = imageFrameText({ ...ctx, target });
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

function describe(lang: 'zh' | 'en', zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

/**
 * The evidence pack: the current view's images (map and the open tab's chart, PNG and SVG), its
 * visible data (CSV and JSON), provenance.json (each figure → its quote) and a README with the
 * citations, permalink, export date and filters in words.
 */
export async function exportEvidencePack(): Promise<string> {
  const ctx = context();
  const { dataset, view, visible, now } = ctx;
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
          description: describe(
            lang,
            `${format === 'png' ? 'PNG 图片（2 倍像素）' : 'SVG 矢量图'}：${slug === 'map' ? '地图' : '当前图表'}，图中含标题、筛选条件、来源与导出日期`,
            `${format === 'png' ? 'PNG image (2× pixels)' : 'SVG vector image'} of the ${slug === 'map' ? 'map' : 'open chart'}, with title, filters, source and export date inside the image`,
          ),
        });
      }
    } catch (e) {
      if (!(e instanceof NoChartError)) throw e;
      notes.push(
        describe(
          lang,
          `未包含 ${slug} 图片：当前为表格视图。`,
          `No ${slug} image: the table presentation is shown.`,
        ),
      );
    }
  }
  entries.push({ name: 'data.csv', content: toCsv(csvRows(dataset, visible)) });
  files.push({
    name: 'data.csv',
    description: describe(
      lang,
      '当前可见的行动与数据项（UTF-8 CSV，每个数据项一行）',
      'Visible efforts and figures (UTF-8 CSV, one row per figure)',
    ),
  });
  entries.push({ name: 'data.json', content: visibleJsonText(ctx) });
  files.push({
    name: 'data.json',
    description: describe(
      lang,
      '同上，JSON 格式，含视图、单位、地区与组织',
      'The same as JSON, with the view, units, regions and organisations',
    ),
  });
  entries.push({ name: 'provenance.json', content: json(buildProvenance(dataset, visible)) });
  files.push({
    name: 'provenance.json',
    description: describe(
      lang,
      '每个数值 → 数值、单位、限定、原文写法、原文引句、数据路径、行动与地区',
      'Each figure → value, unit, qualifier, figure text, quote, dataset path, effort and region',
    ),
  });
  const words = viewInWords(dataset, view, visible, lang);
  files.push({
    name: 'README.md',
    description: describe(lang, '本说明', 'This file'),
  });
  entries.push({
    name: 'README.md',
    content: buildReadme({
      dataset,
      lang,
      now,
      permalink: ctx.permalink,
      viewInWords: words,
      viewCitation: viewCitation(dataset, words, ctx.permalink, now, lang),
      files,
      notes,
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
