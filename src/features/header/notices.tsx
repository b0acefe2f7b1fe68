import type { ReactNode } from 'react';
import { isMessageKey, translate } from '../../i18n/i18n';
import { useAtlasStore } from '../../store/store';
import { useLang } from '../../store/visible-set';

/** Warnings and errors (a broken link, a failed panel), in the current language, as text. */
export function Notices(): ReactNode {
  const lang = useLang();
  const notices = useAtlasStore((s) => s.notices);
  const dismiss = useAtlasStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`}>
          <p>{isMessageKey(n.key) ? translate(lang, n.key, n.params) : n.key}</p>
          {n.details?.length ? (
            <ul>
              {n.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="button button--small" onClick={() => dismiss(n.id)}>
            {translate(lang, 'dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
