import { useMemo, type ReactNode } from 'react';
import { EChart, type ChartEventHandler } from '../../charts/chart';
import { buildMatrixOption } from '../../charts/matrix/build-matrix-option';
import { buildRegionBarOption } from '../../charts/region-bar/build-region-bar-option';
import { shortRegionName } from '../../i18n/region-names';
import { buildTypeBarOption } from '../../charts/type-bar/build-type-bar-option';
import { translate } from '../../i18n/i18n';
import { organisationTypeCounts, prefectureValues, typeActivityCounts } from '../../aggregates/effort-set';
import { useAtlasStore } from '../../store/store';
import { metricLabel, metricUnitLabel } from '../../i18n/metric-label';
import { useChartContext } from '../../charts/use-chart-context';
import { useLang, type VisibleSet } from '../../store/visible-set';
import { RegionValueTable } from '../map/region-value-table';
import { TableWrap } from '../../ui/table-wrap';

function dataField(params: unknown, key: string): string | null {
  const data = (params as { data?: Record<string, unknown> }).data;
  const v = data?.[key];
  return typeof v === 'string' ? v : null;
}

/** Measures by region for the chosen metric (the map's metric): never a sum across units. */
export function RegionBarsView({ data }: { data: VisibleSet }): ReactNode {
  const lang = useLang();
  const ctx = useChartContext();
  const metric = useAtlasStore((s) => s.view.metric);
  const selected = useAtlasStore((s) => s.view.selectedRegion);
  const presentation = useAtlasStore((s) => s.view.presentation);
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  const { dataset } = data;
  const set = data.filteredSet;
  const values = useMemo(() => prefectureValues(set, metric), [set, metric]);
  const option = useMemo(() => {
    const unitLabel = metricUnitLabel(metric, dataset, lang);
    return buildRegionBarOption(
      {
        rows: values.map((v) => ({
          code: v.code,
          name: shortRegionName(dataset.regionByCode.get(v.code)!, lang),
          value: v,
        })),
        metricLabel: unitLabel ?? metricLabel(metric, dataset, lang),
        unitLabel,
        selected,
      },
      ctx,
    );
  }, [values, dataset, metric, lang, selected, ctx]);
  const onEvents = useMemo(
    (): Record<string, ChartEventHandler> => ({
      click: (p) => {
        const code = dataField(p, 'code');
        if (code) selectRegion(code);
      },
    }),
    [selectRegion],
  );
  if (presentation === 'table') return <RegionValueTable dataset={dataset} values={values} metric={metric} />;
  return (
    <EChart
      option={option}
      label={metricLabel(metric, dataset, lang)}
      onEvents={onEvents}
      testId="region-bar-chart"
    />
  );
}

/** Efforts and organisations by organisation type; a click toggles that type's filter. */
export function TypeBarsView({ data }: { data: VisibleSet }): ReactNode {
  const lang = useLang();
  const ctx = useChartContext();
  const presentation = useAtlasStore((s) => s.view.presentation);
  const typeFilter = useAtlasStore((s) => s.view.filters.organisationTypes);
  const toggleFilter = useAtlasStore((s) => s.toggleFilter);
  const set = data.inScopeSet;
  const rows = useMemo(() => organisationTypeCounts(set), [set]);
  const option = useMemo(
    () => buildTypeBarOption({ rows, selected: typeFilter.length === 1 ? typeFilter[0] : null }, ctx),
    [rows, typeFilter, ctx],
  );
  const onEvents = useMemo(
    (): Record<string, ChartEventHandler> => ({
      click: (p) => {
        const id = dataField(p, 'typeId');
        if (id) toggleFilter('organisationTypes', id);
      },
    }),
    [toggleFilter],
  );
  if (presentation === 'table') {
    return (
      <TableWrap label={translate(lang, 'tabType')}>
        <table className="data-table" data-testid="type-table">
          <caption>{translate(lang, 'tabType')}</caption>
          <thead>
            <tr>
              <th scope="col">{translate(lang, 'organisationType')}</th>
              <th scope="col">{translate(lang, 'effortsCount')}</th>
              <th scope="col">{translate(lang, 'organisationsCount')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.type.id}>
                <th scope="row">{r.type[lang]}</th>
                <td className="num">{r.efforts}</td>
                <td className="num">{r.organisations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    );
  }
  return (
    <EChart option={option} label={translate(lang, 'tabType')} onEvents={onEvents} testId="type-bar-chart" />
  );
}

/** Who × what: organisation type × activity; a click filters to that pair. */
export function MatrixView({ data }: { data: VisibleSet }): ReactNode {
  const lang = useLang();
  const ctx = useChartContext();
  const presentation = useAtlasStore((s) => s.view.presentation);
  const setFilter = useAtlasStore((s) => s.setFilter);
  const set = data.inScopeSet;
  const matrix = useMemo(() => typeActivityCounts(set), [set]);
  const option = useMemo(() => buildMatrixOption(matrix, ctx), [matrix, ctx]);
  const onEvents = useMemo(
    (): Record<string, ChartEventHandler> => ({
      click: (p) => {
        const typeId = dataField(p, 'typeId');
        const activityId = dataField(p, 'activityId');
        if (typeId && activityId) {
          setFilter('organisationTypes', [typeId]);
          setFilter('activities', [activityId]);
        }
      },
    }),
    [setFilter],
  );
  if (presentation === 'table') {
    const cell = new Map(matrix.cells.map((c) => [`${c.type}|${c.activity}`, c.efforts]));
    return (
      <TableWrap label={translate(lang, 'tabMatrix')}>
        <table className="data-table" data-testid="matrix-table">
          <caption>{translate(lang, 'tabMatrix')}</caption>
          <thead>
            <tr>
              <th scope="col">{translate(lang, 'organisationType')}</th>
              {matrix.activities.map((a) => (
                <th key={a.id} scope="col">
                  {a[lang]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.types.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t[lang]}</th>
                {matrix.activities.map((a) => (
                  <td key={a.id} className="num">
                    {cell.get(`${t.id}|${a.id}`) || ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    );
  }
  return (
    <EChart
      option={option}
      label={translate(lang, 'tabMatrix')}
      onEvents={onEvents}
      className="chart--matrix"
      testId="matrix-chart"
    />
  );
}
