import { useMemo, type ReactNode } from 'react';
import { typeActivityCounts } from '../../aggregates/type-activity-matrix';
import type { TypeActivityMatrix } from '../../aggregates/type-activity-matrix';
import { translate } from '../../i18n/i18n';
import { useAtlasStore } from '../../store/store';
import { useLang, type VisibleSet } from '../../store/visible-set';
import { TableWrap } from '../../ui/table-wrap';
import type { ChartEventHandler } from '../chart';
import { clickedField } from '../chart-spec';
import { standardChartView } from '../standard-chart';
import { buildMatrixOption } from './build-matrix-option';
import { matrixChart } from './index';

function useModel(visible: VisibleSet): TypeActivityMatrix {
  const set = visible.inScopeSet;
  return useMemo(() => typeActivityCounts(set), [set]);
}

function useEvents(): Record<string, ChartEventHandler> {
  const setFilter = useAtlasStore((s) => s.setFilter);
  return useMemo(
    () => ({
      click: (p: unknown) => {
        const typeId = clickedField(p, 'typeId');
        const activityId = clickedField(p, 'activityId');
        if (typeId && activityId) {
          setFilter('organisationTypes', [typeId]);
          setFilter('activities', [activityId]);
        }
      },
    }),
    [setFilter],
  );
}

function Table({ model: matrix }: { model: TypeActivityMatrix }): ReactNode {
  const lang = useLang();
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

export const View = standardChartView(matrixChart, {
  useModel,
  buildOption: buildMatrixOption,
  Table,
  useEvents,
  className: 'chart--matrix',
});
