import { useMemo, type ReactNode } from 'react';
import { organisationTypeCounts } from '../../aggregates/by-organisation-type';
import { translate } from '../../i18n/i18n';
import { useAtlasStore } from '../../store/store';
import { useLang, type VisibleSet } from '../../store/visible-set';
import { TableWrap } from '../../ui/table-wrap';
import type { ChartEventHandler } from '../chart';
import { clickedField } from '../chart-spec';
import { standardChartView } from '../standard-chart';
import { buildTypeBarOption, typeBarMinHeight, type TypeBarModel } from './build-type-bar-option';
import { typeBarChart } from './index';

function useModel(visible: VisibleSet): TypeBarModel {
  const typeFilter = useAtlasStore((s) => s.view.filters.organisationTypes);
  const set = visible.inScopeSet;
  const rows = useMemo(() => organisationTypeCounts(set), [set]);
  return useMemo(
    () => ({ rows, selected: typeFilter.length === 1 ? (typeFilter[0] ?? null) : null }),
    [rows, typeFilter],
  );
}

function useEvents(): Record<string, ChartEventHandler> {
  const toggleFilter = useAtlasStore((s) => s.toggleFilter);
  return useMemo(
    () => ({
      click: (p: unknown) => {
        const id = clickedField(p, 'typeId');
        if (id) toggleFilter('organisationTypes', id);
      },
    }),
    [toggleFilter],
  );
}

function Table({ model }: { model: TypeBarModel }): ReactNode {
  const lang = useLang();
  return (
    <TableWrap label={translate(lang, 'tabType')}>
      <table className="data-table" data-testid="type-table">
        <caption>{translate(lang, 'tabType')}</caption>
        <thead>
          <tr>
            <th scope="col">{translate(lang, 'organisationType')}</th>
            <th scope="col">{translate(lang, 'effortsCount')}</th>
            <th scope="col">{translate(lang, 'organisationsCount')}</th>
            <th scope="col">{translate(lang, 'typeInferredColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.type.id}>
              <th scope="row">{r.type[lang]}</th>
              <td className="num">{r.efforts}</td>
              <td className="num">{r.organisations}</td>
              <td className="num">
                {r.organisations > 0
                  ? translate(lang, 'inferredOfTotalShort', {
                      count: r.inferredOrganisations,
                      total: r.organisations,
                    })
                  : '—'}
                {r.unrecordedOrganisations > 0
                  ? `${translate(lang, 'listSep')}${translate(lang, 'unrecordedCount', { count: r.unrecordedOrganisations })}`
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export const View = standardChartView(typeBarChart, {
  useModel,
  buildOption: buildTypeBarOption,
  Table,
  useEvents,
  minHeight: typeBarMinHeight,
});
