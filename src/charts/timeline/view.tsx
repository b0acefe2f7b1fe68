import { useEffect, useMemo, type ReactNode } from 'react';
import { EChart, type ChartEventHandler } from '../chart';
import { shortRegionName } from '../../i18n/region-names';
import { buildTimelineOption } from './build-timeline-option';
import { timelineOf } from '../../aggregates/timeline';
import { formatDay } from '../../i18n/format';
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
 * Dated efforts by region and day, from the first outbreak report to publication. Undated efforts
 * are listed, never placed on a guessed day. Play steps the cursor through the days; the map and
 * the other charts follow it.
 */
export function View({ visible: data }: ChartViewProps): ReactNode {
  const lang = useLang();
  const ctx = useChartContext();
  const day = useAtlasStore((s) => s.view.day);
  const presentation = useAtlasStore((s) => s.view.presentation);
  const playing = useAtlasStore((s) => s.playing);
  const setPlaying = useAtlasStore((s) => s.setPlaying);
  const applyView = useAtlasStore((s) => s.applyView);
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  const { dataset } = data;
  // The timeline itself ignores its own cursor: it shows every day, with the cursor marked.
  const timelineSet = data.timelineSet;
  const timeline = useMemo(() => timelineOf(timelineSet), [timelineSet]);
  const option = useMemo(
    () =>
      buildTimelineOption(
        {
          days: timeline.days,
          rows: timeline.rows.map((r) => {
            const region = dataset.regionByCode.get(r.code);
            return { ...r, name: region ? shortRegionName(region, lang) : r.code };
          }),
          cursor: day,
        },
        ctx,
      ),
    [timeline, dataset, lang, day, ctx],
  );
  const { days } = timeline;
  const index = day ? days.indexOf(day) : -1;

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const current = useAtlasStore.getState().view.day;
      const i = current ? days.indexOf(current) : -1;
      if (i >= days.length - 1) {
        setPlaying(false);
        return;
      }
      applyView({ day: days[i + 1]! });
    }, STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, days, applyView, setPlaying]);
  useEffect(() => () => setPlaying(false), [setPlaying]);

  const step = (delta: number): void => {
    setPlaying(false);
    const i = Math.min(
      days.length - 1,
      Math.max(0, (index === -1 ? (delta > 0 ? -1 : days.length) : index) + delta),
    );
    applyView({ day: days[i]! });
  };
  const onEvents = useMemo(
    (): Record<string, ChartEventHandler> => ({
      click: (p) => {
        const d = (p as { data?: { code?: unknown; day?: unknown } }).data;
        if (typeof d?.day === 'string') applyView({ day: d.day });
        if (typeof d?.code === 'string' && dataset.regionByCode.has(d.code)) selectRegion(d.code);
      },
    }),
    [applyView, selectRegion, dataset],
  );

  return (
    <div className="timeline">
      <p className="note">{translate(lang, 'timelineHint')}</p>
      <div className="timeline-controls" role="group" aria-label={translate(lang, 'tabTimeline')}>
        <button
          type="button"
          className="button"
          onClick={() => step(-1)}
          aria-label={translate(lang, 'previousDay')}
        >
          ◀
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={playing}
          onClick={() => {
            if (!playing && (index === -1 || index === days.length - 1)) applyView({ day: days[0]! });
            setPlaying(!playing);
          }}
        >
          {playing ? `❚❚ ${translate(lang, 'pause')}` : `▶ ${translate(lang, 'play')}`}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => step(1)}
          aria-label={translate(lang, 'nextDay')}
        >
          ▶
        </button>
        <span className="timeline-day" aria-live="polite" data-testid="timeline-day">
          {day ? translate(lang, 'dayCursor', { date: formatDay(day, lang) }) : ''}
        </span>
        {day ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setPlaying(false);
              applyView({ day: null });
            }}
          >
            {translate(lang, 'clearDay')}
          </button>
        ) : null}
      </div>
      {day ? <p className="note">{translate(lang, 'undatedHiddenWhilePlaying')}</p> : null}
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
