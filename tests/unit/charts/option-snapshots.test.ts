import { describe, expect, it } from 'vitest';
import { aggregateByPrefecture } from '../../../src/aggregates/aggregate-regions';
import { countByOrganisationType } from '../../../src/aggregates/by-organisation-type';
import { buildTimeline } from '../../../src/aggregates/timeline';
import { parsePeriod } from '../../../src/domain/period';
import { typeActivityMatrix } from '../../../src/aggregates/type-activity-matrix';
import { defaultChartContext, type ChartContext } from '../../../src/charts/chart-context';
import type { ECOption } from '../../../src/charts/echarts';
import { buildFlowOption } from '../../../src/charts/flow/build-flow-option';
import { flowCounts } from '../../../src/aggregates/flow';
import { buildMapOption } from '../../../src/charts/map/build-map-option';
import { buildMatrixOption } from '../../../src/charts/matrix/build-matrix-option';
import {
  buildRegionBarOption,
  type RegionBarModel,
} from '../../../src/charts/region-bar/build-region-bar-option';
import { buildTimelineOption } from '../../../src/charts/timeline/build-timeline-option';
import { buildTypeBarOption } from '../../../src/charts/type-bar/build-type-bar-option';
import { buildDataset, type Dataset } from '../../../src/data/model';
import type { Lang, Metric } from '../../../src/domain/view';
import { shortRegionName } from '../../../src/i18n/region-names';
import { bundledDataset } from '../../fixtures/load';
import { mapModelFor, miniWithProvinceJson } from '../../fixtures/chart-fixtures';

/**
 * What each chart draws, in full: every option of every builder (Chinese on a desktop, English on a phone
 * with patterns) with the text its tooltip and label formatters produce for every data
 * item. Any change to what a chart shows, says or how it is styled appears here as a snapshot diff
 * to review (`npx vitest run -u` accepts it). The example-based tests next to this file say why the
 * important parts are as they are.
 */

type Probe = { dataIndex: number; seriesIndex: number; data: unknown; name?: unknown; value?: unknown };

/** The probes a formatter is called with: one per data item of every series. */
function probes(option: ECOption): Probe[] {
  const list = (Array.isArray(option.series) ? option.series : [option.series]) as Array<{
    data?: unknown[];
  }>;
  return list.flatMap((s, seriesIndex) =>
    (s?.data ?? []).map((data, dataIndex) => {
      const d = data as { name?: unknown; value?: unknown } | null;
      return { dataIndex, seriesIndex, data, name: d?.name, value: d?.value ?? data };
    }),
  );
}

/** The option as data: each function replaced by what it returns for each probe (or axis value). */
function render(value: unknown, option: ECOption, path: string): unknown {
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const attempt = (...args: unknown[]): unknown => {
      try {
        return fn(...args);
      } catch (e) {
        return `throws ${String(e)}`;
      }
    };
    if (path.includes('axisLabel')) return [0, 1, 2, 1500, 168000, 'x'].map((v, i) => attempt(v, i));
    return [...probes(option).map((p) => attempt(p)), attempt([probes(option)[0]]), attempt({})];
  }
  if (Array.isArray(value)) return value.map((v, i) => render(v, option, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, render(v, option, `${path}.${k}`)]));
  }
  return value;
}

const contexts: Array<[string, ChartContext]> = [
  ['zh', defaultChartContext('zh', false)],
  ['en, phone, patterns, animated', defaultChartContext('en', true, true, true)],
];

const mini = buildDataset(miniWithProvinceJson());
const bundled = bundledDataset();

function regionBars(ds: Dataset, metric: Metric, lang: Lang, selected: string | null): RegionBarModel {
  const unit = metric.startsWith('unit:') ? ds.unitById.get(metric.slice(5)) : undefined;
  return {
    rows: aggregateByPrefecture(ds, ds.efforts, metric).map((value) => ({
      code: value.code,
      name: shortRegionName(ds.regionByCode.get(value.code)!, lang),
      value,
    })),
    metricLabel: unit ? unit[lang] : lang === 'zh' ? '行动数' : 'efforts',
    unitLabel: unit ? unit[lang] : null,
    selected,
  };
}

function timelineModel(ds: Dataset, lang: Lang, cursor: string | null) {
  const t = buildTimeline(ds, ds.efforts);
  return {
    periods: t.axis.periods,
    granularity: t.axis.granularity,
    rows: t.rows.map((r) => ({ ...r, name: shortRegionName(ds.regionByCode.get(r.code)!, lang) })),
    cursor: cursor === null ? null : parsePeriod(cursor),
  };
}

describe.each(contexts)('chart options (%s)', (_name, ctx) => {
  const { lang } = ctx;
  const snap = (option: ECOption): void => expect(render(option, option, '')).toMatchSnapshot();

  it('map: counts, a unit with lower bounds and gaps, a selection', () => {
    snap(buildMapOption(mapModelFor(mini, 'efforts', lang), ctx));
    snap(buildMapOption(mapModelFor(mini, 'unit:person-times', lang, '510400'), ctx));
    snap(buildMapOption(mapModelFor(bundled, 'unit:yuan', lang, '511300'), ctx));
  });

  it('region bars: counts, a unit with lower bounds and gaps, a selection', () => {
    snap(buildRegionBarOption(regionBars(mini, 'efforts', lang, null), ctx));
    snap(buildRegionBarOption(regionBars(mini, 'unit:person-times', lang, '510400'), ctx));
    snap(buildRegionBarOption(regionBars(bundled, 'unit:yuan', lang, '511300'), ctx));
  });

  it('type bars: all efforts, a selected type, nothing in scope', () => {
    snap(buildTypeBarOption({ rows: countByOrganisationType(mini, mini.efforts) }, ctx));
    snap(
      buildTypeBarOption(
        { rows: countByOrganisationType(bundled, bundled.efforts), selected: 'democratic-party' },
        ctx,
      ),
    );
    snap(buildTypeBarOption({ rows: countByOrganisationType(mini, []) }, ctx));
  });

  it('heat-map: all efforts, one region, an empty scope', () => {
    snap(buildMatrixOption(typeActivityMatrix(mini, mini.efforts), ctx));
    snap(buildMatrixOption(typeActivityMatrix(mini, mini.efforts.slice(1, 3)), ctx));
    snap(buildMatrixOption(typeActivityMatrix(mini, []), ctx));
  });

  it('flow: all efforts, the bundled report, nothing in scope', () => {
    const flow = (ds: Dataset, efforts = ds.efforts) => ({
      counts: flowCounts(efforts),
      organisationTypes: ds.organisationTypes,
      activities: ds.activities,
      regionByCode: ds.regionByCode,
    });
    snap(buildFlowOption(flow(mini), ctx));
    snap(buildFlowOption(flow(bundled), ctx));
    snap(buildFlowOption(flow(mini, []), ctx));
  });

  it('timeline: without and with a cursor', () => {
    snap(buildTimelineOption(timelineModel(mini, lang, null), ctx));
    snap(buildTimelineOption(timelineModel(mini, lang, '2022-09-04'), ctx));
  });
});
