import { SCRIPTS } from '../../i18n/script';
import { translateLater } from '../../i18n/messages-later';
import { useRef, useState, type ReactNode } from 'react';
import { permalinkFor, sourceCitation, viewCitation } from '../../export/citation';
import { exportTitle, viewInWords } from '../../export/describe';
import { embedUrl, iframeCode } from '../../export/embed';
import { MAP_CHART_ID } from '../../charts/chart-spec';
import { ShareButton } from '../../ui/share-button';
import { translate } from '../../i18n/i18n';
import { useAtlasStore } from '../../store/store';
import { useVisibleSet, useLang } from '../../store/visible-set';
import { datasetParamOf } from '../../store/datasets-slice';
import { contributingMembers } from '../../aggregates/union';

/** The citation of the current view: app, dataset, the view in words, permalink, access date. */
function useViewCitation(now: Date): { text: string; permalink: string } | null {
  const lang = useLang();
  const view = useAtlasStore((s) => s.view);
  const data = useVisibleSet();
  const ds = useAtlasStore(datasetParamOf);
  if (!data) return null;
  const permalink = permalinkFor(window.location.origin, window.location.pathname, view, ds);
  const words = viewInWords(data.dataset, view, data.filtered, lang);
  const reports = contributingMembers(data.dataset, data.filtered);
  return { text: viewCitation(data.dataset, words, permalink, now, lang, reports), permalink };
}

function CopyBlock({ label, text, id }: { label: string; text: string; id: string }): ReactNode {
  const lang = useLang();
  const [status, setStatus] = useState('');
  const box = useRef<HTMLParagraphElement>(null);
  const copy = async (): Promise<void> => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus(translate(lang, 'copied'));
    } catch {
      // Select the text so it can be copied by hand.
      const selection = window.getSelection();
      if (selection && box.current) selection.selectAllChildren(box.current);
      setStatus(translate(lang, 'copyUnavailable'));
    }
  };
  return (
    <div className="cite-block">
      <h3 id={`${id}-label`}>{label}</h3>
      <p ref={box} className="cite-block__text" data-testid={id} aria-labelledby={`${id}-label`}>
        {text}
      </p>
      <div className="cite-block__tools">
        <button type="button" className="button button--small" onClick={() => void copy()}>
          {translate(lang, 'copy')}
        </button>
        <span role="status" className="cite-block__status">
          {status}
        </span>
      </div>
    </div>
  );
}

/** Iframe code for the map and for the chart of the open tab, each in the current view. */
function EmbedCodes(): ReactNode {
  const lang = useLang();
  const view = useAtlasStore((s) => s.view);
  const data = useVisibleSet();
  if (!data) return null;
  // The tab is a chart of the registry (the URL parser and the tabs accept no other).
  const targets = [MAP_CHART_ID, view.tab];
  return (
    <>
      <p className="cite-panel__hint">{translateLater(lang, 'embedHint')}</p>
      {targets.map((target) => {
        const name = exportTitle(data.dataset, view, target, lang);
        const url = embedUrl(window.location.origin, window.location.pathname, view, target);
        return (
          <CopyBlock
            key={target}
            id={`embed-${target}`}
            label={translateLater(lang, 'embedCode', { name })}
            text={iframeCode(url, translateLater(lang, 'embedFrameTitle', { name }))}
          />
        );
      })}
    </>
  );
}

/** The Cite panel: the source report (zh and en forms) and the current view with its permalink. */
export default function CitePanel({ onClose }: { onClose: () => void }): ReactNode {
  const lang = useLang();
  const data = useVisibleSet();
  const [now] = useState(() => new Date());
  const view = useViewCitation(now);
  if (!data || !view) return null;
  // Each report of the view, cited (one in a single dataset, several in the union of reports).
  const sources = contributingMembers(data.dataset, data.filtered).map((m) => m.source);
  const other = SCRIPTS[lang].other;
  const sep = '\n';
  return (
    <div className="cite-panel" id="cite-panel" data-testid="cite-panel">
      <CopyBlock
        id="cite-source"
        label={translate(lang, 'citeSource')}
        text={sources.map((s) => sourceCitation(s, lang)).join(sep)}
      />
      <CopyBlock
        id="cite-source-alt"
        label={`${translate(lang, 'citeSource')} (${SCRIPTS[other].ownName})`}
        text={sources.map((s) => sourceCitation(s, other)).join(sep)}
      />
      <CopyBlock id="cite-view" label={translate(lang, 'citeView')} text={view.text} />
      <p className="cite-panel__permalink">
        {translate(lang, 'permalink')}: <span className="url">{view.permalink}</span>{' '}
        <ShareButton url={() => view.permalink} title={translate(lang, 'appTitle')} />
      </p>
      <EmbedCodes />
      <button type="button" className="button button--small" onClick={onClose}>
        {translate(lang, 'closeCite')}
      </button>
    </div>
  );
}

/** Printed only: what the printed page shows and where it comes from. */
export function PrintCitation(): ReactNode {
  const lang = useLang();
  const [now] = useState(() => new Date());
  const view = useViewCitation(now);
  if (!view) return null;
  return (
    <p className="print-citation" data-testid="print-citation">
      {translate(lang, 'printedView')}: {view.text}
    </p>
  );
}
