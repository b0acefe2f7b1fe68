import type { ReactNode } from 'react';
import { ALL_DATASETS } from '../../aggregates/union';
import { translate } from '../../i18n/i18n';
import { useAtlasStore } from '../../store/store';
import { useLang } from '../../store/visible-set';

/** Shorten a long title for an option (the full title is in the header line below). */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Which report is in view: each loaded dataset, or all loaded reports together (their union). A
 * native select: labelled, keyboard usable and the phone's own picker. Shown once two are loaded.
 */
export function DatasetSwitcher(): ReactNode {
  const lang = useLang();
  const datasets = useAtlasStore((s) => s.datasets);
  const order = useAtlasStore((s) => s.datasetOrder);
  const activeId = useAtlasStore((s) => s.activeDatasetId);
  const setActive = useAtlasStore((s) => s.setActiveDataset);
  if (order.length < 2) return null;
  return (
    <label className="dataset-switcher" title={translate(lang, 'datasetSwitcherHint')}>
      <span className="dataset-switcher__label">{translate(lang, 'datasetSwitcher')}</span>
      <select
        value={activeId ?? ''}
        data-testid="dataset-switcher"
        onChange={(e) => setActive(e.target.value)}
      >
        {order.map((id) => {
          const ds = datasets[id];
          return ds ? (
            <option key={id} value={id}>
              {clip(ds.title[lang], 48)} · {ds.source.publishedAt.slice(0, 10)}
            </option>
          ) : null;
        })}
        <option value={ALL_DATASETS}>{translate(lang, 'allReports', { count: order.length })}</option>
      </select>
    </label>
  );
}
