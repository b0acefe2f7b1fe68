import { useEffect, useMemo, type ReactNode } from 'react';
import { EChart, type ChartEventHandler } from '../chart';
import { shortRegionName } from '../../i18n/region-names';
import { buildTimelineOption } from './build-timeline-option';
import { timelineOf } from '../../aggregates/timeline';
import { crossesYears, granularityUnit, periodLabel } from '../../i18n/period-label';
import { overlaps, parsePeriod } from '../../domain/period';
import { translate } from '../../i18n/i18n';
import { useAtlasStore } from '../../store/store';
import { dateText } from '../../ui/effort-card';
import { useChartContext } from '../use-chart-context';
import { TableWrap } from '../../ui/table-wrap';
import { useLang } from '../../store/visible-set';
import type { ChartViewProps } from '../chart-spec';
import { timelineChart } from './index';

const STEP_MS = 900;
/** Lists longer than this are cut with a count: a large dataset must not freeze the tab. */
const LIST_CAP = 200;

/**
 * Dated efforts by region and period (days, ISO weeks or months, by the span of the data: see
 * `domain/period`), from the first date the data names to the last (publication included).
 * Undated efforts are listed, never placed on a guessed day. Play steps the selected period through
 * the periods of the axis; the map and the other charts follow it.
 */
export function View({ visible: data }: ChartViewProps): ReactNode {
  const lang = useLang();
  const ctx = useChartContext();
  const period = useAtlasStore((s) => s.view.period);
  const presentation = useAtlasStore((s) => s.view.presentation);
  const playing = useAtlasStore((s) => s.playing);
  const setPlaying = useAtlasStore((s) => s.setPlaying);
  const applyView = useAtlasStore((s) => s.applyView);
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  const { dataset } = data;
  // The timeline itself ignores its own selection: it shows every period, the selected one marked.
  const timelineSet = data.timelineSet;
  const timeline = useMemo(() => timelineOf(timelineSet), [timelineSet]);
  const option = useMemo(
    () =>
      buildTimelineOption(
        {
          periods: timeline.axis.periods,
          granularity: timeline.axis.granularity,
          rows: timeline.rows.map((r) => {
            const region = dataset.regionByCode.get(r.code);
            return { ...r, name: region ? shortRegionName(region, lang) : r.code };
          }),
          cursor: period === null ? null : parsePeriod(period),
        },
        ctx,
      ),
    [timeline, dataset, lang, period, ctx],
  );
  const { periods, granularity } = timeline.axis;
  const keys = useMemo(() => periods.map((p) => p.key), [periods]);
  /** Where a selected period stands on the axis: its own column, else the first it overlaps. */
  const positionOf = (key: string | null): number => {
    if (key === null) return -1;
    const exact = keys.indexOf(key);
    if (exact !== -1) return exact;
    const selected = parsePeriod(key);
    return selected ? periods.findIndex((p) => overlaps(p, selected)) : -1;
  };
  const index = positionOf(period);
  const unit = granularityUnit(granularity, lang);
  const cursor = period === null ? null : parsePeriod(period);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const current = useAtlasStore.getState().view.period;
      const i = current ? keys.indexOf(current) : -1;
      if (i >= keys.length - 1) {
        setPlaying(false);
        return;
      }
      applyView({ period: keys[i + 1]! });
    }, STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, keys, applyView, setPlaying]);
  useEffect(() => () => setPlaying(false), [setPlaying]);

  const step = (delta: number): void => {
    setPlaying(false);
    if (keys.length === 0) return;
    const i = Math.min(
      keys.length - 1,
      Math.max(0, (index === -1 ? (delta > 0 ? -1 : keys.length) : index) + delta),
    );
    applyView({ period: keys[i]! });
  };
  const onEvents = useMemo(
    (): Record<string, ChartEventHandler> => ({
      click: (p) => {
        const d = (p as { data?: { code?: unknown; period?: unknown } }).data;
        if (typeof d?.period === 'string') applyView({ period: d.period });
        if (typeof d?.code === 'string' && dataset.regionByCode.has(d.code)) selectRegion(d.code);
      },
    }),
    [applyView, selectRegion, dataset],
  );

  return (
    <div className="timeline">
      <p className="note">{translate(lang, 'timelineHint', { unit })}</p>
      <div className="timeline-controls" role="group" aria-label={translate(lang, 'tabTimeline')}>
        <button
          type="button"
          className="button"
          onClick={() => step(-1)}
          aria-label={translate(lang, 'previousPeriod', { unit })}
        >
          ◀
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={playing}
          onClick={() => {
            if (keys.length === 0) return;
            if (!playing && (index === -1 || index === keys.length - 1)) applyView({ period: keys[0]! });
            else if (!playing && keys[index] !== period) applyView({ period: keys[index]! });
            setPlaying(!playing);
          }}
        >
          {playing ? `❚❚ ${translate(lang, 'pause')}` : `▶ ${translate(lang, 'play')}`}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => step(1)}
          aria-label={translate(lang, 'nextPeriod', { unit })}
        >
          ▶
        </button>
        <span className="timeline-day" aria-live="polite" data-testid="timeline-day">
          {cursor
            ? translate(lang, 'periodCursor', {
                date: periodLabel(cursor, lang, { year: crossesYears(periods) }),
              })
            : ''}
        </span>
        {period ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setPlaying(false);
              applyView({ period: null });
            }}
          >
            {translate(lang, 'clearDay')}
          </button>
        ) : null}
      </div>
      {period ? <p className="note">{translate(lang, 'undatedHiddenWhilePlaying')}</p> : null}
      {timeline.dated.length === 0 ? (
        <p className="status" role="status" data-testid="timeline-empty">
          {translate(lang, 'noDatedEfforts')}
        </p>
      ) : presentation === 'table' ? (
        <TableWrap label={translate(lang, 'tabTimeline')}>
          <table className="data-table" data-testid="timeline-table">
            <caption>{translate(lang, 'tabTimeline')}</caption>
            <thead>
              <tr>
                <th scope="col">{translate(lang, 'day')}</th>
                <th scope="col">{translate(lang, 'region')}</th>
                <th scope="col">{translate(lang, 'efforts')}</th>
              </tr>
            </thead>
            <tbody>
              {timeline.dated.slice(0, LIST_CAP).map((e) => (
                <tr key={e.id}>
                  <td>{dateText(e.date, lang)}</td>
                  <td>{shortRegionName(dataset.regionByCode.get(e.regionCode)!, lang)}</td>
                  <td>{e.summary[lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <EChart
          chartId={timelineChart.id}
          option={option}
          label={translate(lang, timelineChart.label)}
          onEvents={onEvents}
          testId={`chart-${timelineChart.id}`}
        />
      )}
      <details className="undated">
        <summary>{translate(lang, 'undatedEfforts', { count: timeline.undated.length })}</summary>
        <ul>
          {timeline.undated.slice(0, LIST_CAP).map((e) => (
            <li key={e.id}>
              <button type="button" className="link-button" onClick={() => selectRegion(e.regionCode)}>
                {shortRegionName(dataset.regionByCode.get(e.regionCode)!, lang)}
              </button>
              : {e.summary[lang]}
            </li>
          ))}
          {timeline.undated.length > LIST_CAP ? (
            <li>{translate(lang, 'andMore', { count: timeline.undated.length - LIST_CAP })}</li>
          ) : null}
        </ul>
      </details>
    </div>
  );
}
