import { useState, type ReactNode } from 'react';
import { translate } from '../i18n/i18n';
import { useLang } from '../store/visible-set';
import './share-button.css';

/**
 * Share a link: the system share sheet where the browser has one (phones), else the link is copied
 * to the clipboard. What happened is said in a live region.
 */
export function ShareButton({
  url,
  title,
  className = 'button button--small',
}: {
  /** The link, read when the button is pressed (the view may have changed since the render). */
  url: () => string;
  title: string;
  className?: string;
}): ReactNode {
  const lang = useLang();
  const [status, setStatus] = useState('');
  const share = async (): Promise<void> => {
    const link = url();
    const data = { title, url: link };
    if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data);
        setStatus('');
        return;
      } catch (e) {
        // Dismissed by the user: nothing to say. Any other failure: copy instead.
        if (e instanceof DOMException && e.name === 'AbortError') return;
      }
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setStatus(translate(lang, 'shareLinkCopied'));
    } catch {
      setStatus(translate(lang, 'shareUnavailable'));
    }
  };
  return (
    <span className="share">
      <button type="button" className={className} onClick={() => void share()}>
        {translate(lang, 'share')}
      </button>
      <span aria-live="polite" className="share__status">
        {status}
      </span>
    </span>
  );
}
