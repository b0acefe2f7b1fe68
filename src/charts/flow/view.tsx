import { Fragment, useMemo, type ReactNode } from 'react';
import { translateLater } from '../../i18n/messages-later';
import { flowCounts } from '../../aggregates/flow';
import { translate } from '../../i18n/i18n';
import { useAtlasStore } from '../../store/store';
import { useLang, type VisibleSet } from '../../store/visible-set';
import { TableWrap } from '../../ui/table-wrap';
import type { ChartEventHandler } from '../chart';
import { defaultChartContext } from '../chart-context';
import { standardChartView } from '../standard-chart';
import {
  buildFlowOption,
  flowLinks,
  flowNodes,
  type FlowModel,
  type FlowNodeItem,
} from './build-flow-option';
import { flowChart } from './index';
import './flow.css';
// Registers the Sankey series: it loads with this view, not with the first screen.
import '../echarts-flow';

function useModel(visible: VisibleSet): FlowModel {
  const set = visible.inScopeSet;
  const { dataset } = visible;
  return useMemo(
    () => ({
      counts: flowCounts(set.efforts),
      organisationTypes: dataset.organisationTypes,
      activities: dataset.activities,
      regionByCode: dataset.regionByCode,
    }),
    [set, dataset],
  );
}

/** A click on a type or an activity filters by it; on a region, selects it (as elsewhere). */
function useEvents(): Record<string, ChartEventHandler> {
  const toggleFilter = useAtlasStore((s) => s.toggleFilter);
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  return useMemo(
    () => ({
      click: (p: unknown) => {
        const { dataType, data } = p as { dataType?: string; data?: Partial<FlowNodeItem> };
        if (dataType !== 'node' || !data?.ref) return;
        if (data.kind === 'type') toggleFilter('organisationTypes', data.ref);
        else if (data.kind === 'activity') toggleFilter('activities', data.ref);
        else if (data.kind === 'region') selectRegion(data.ref);
      },
    }),
    [toggleFilter, selectRegion],
  );
}

/** The table alternative: every link, by stage, with its count of efforts. */
function Table({ model }: { model: FlowModel }): ReactNode {
  const lang = useLang();
  // Names only (no colours): the context of the interface language is enough.
  const nodes = flowNodes(model, defaultChartContext(lang));
  const label = new Map(nodes.map((n) => [n.name, n.text]));
  const links = flowLinks(model.counts);
  const stages = [
    { key: 'flowStageTypeActivity', links: links.filter((l) => l.source.startsWith('type:')) },
    { key: 'flowStageActivityRegion', links: links.filter((l) => l.source.startsWith('activity:')) },
  ] as const;
  return (
    <TableWrap label={translate(lang, 'tabFlow')}>
      <table className="data-table" data-testid="flow-table">
        <caption>{translate(lang, 'tabFlow')}</caption>
        <thead>
          <tr>
            <th scope="col">{translateLater(lang, 'flowFrom')}</th>
            <th scope="col">{translateLater(lang, 'flowTo')}</th>
            <th scope="col">{translate(lang, 'effortsCount')}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <Fragment key={stage.key}>
              <tr>
                <th scope="colgroup" colSpan={3} className="data-table__group">
                  {translateLater(lang, stage.key)}
                </th>
              </tr>
              {[...stage.links]
                .sort((a, b) => b.value - a.value)
                .map((l) => (
                  <tr key={`${l.source}|${l.target}`}>
                    <th scope="row">{label.get(l.source) ?? l.source}</th>
                    <td>{label.get(l.target) ?? l.target}</td>
                    <td className="num">{l.value}</td>
                  </tr>
                ))}
            </Fragment>
          ))}
        </tbody>
      </table>
      {model.counts.total === 0 ? <p className="note">{translate(lang, 'chartNoEfforts')}</p> : null}
    </TableWrap>
  );
}

export const View = standardChartView(flowChart, {
  useModel,
  buildOption: buildFlowOption,
  Table,
  useEvents,
  className: 'chart--flow',
});
