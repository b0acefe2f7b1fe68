import { SCRIPTS } from '../../i18n/script';
import { sourceTitle } from '../../i18n/format';
import type { ReactNode } from 'react';
import type { Dataset } from '../../data/model';
import { translate } from '../../i18n/i18n';
import { formatDay } from '../../i18n/format';
import { useAtlasStore } from '../../store/store';
import { useLang } from '../../store/visible-set';
import { rememberLang } from '../../storage/lang-choice';
import { ShareButton } from '../../ui/share-button';
import { membersInView } from '../../aggregates/union';
import { DatasetSwitcher } from './dataset-switcher';
import './dataset-switcher.css';

export function AppHeader({
  dataset,
  search,
  workbench,
}: {
  dataset: Dataset | null;
  /** The search field (another feature's, passed in by the app). */
  search?: ReactNode;
  /** The link to the annotation workbench (the app's route, passed in by the app). */
  workbench?: ReactNode;
}): ReactNode {
  const lang = useLang();
  const applyView = useAtlasStore((s) => s.applyView);
  const openSource = useAtlasStore((s) => s.openSource);
  const decals = useAtlasStore((s) => s.decals);
  const setDecals = useAtlasStore((s) => s.setDecals);
  const filters = useAtlasStore((s) => s.view.filters);
  const other = SCRIPTS[lang].other;
  const members = dataset ? membersInView(dataset, filters) : [];
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <h1>{translate(lang, 'appTitle')}</h1>
        <p className="app-subtitle">{translate(lang, 'appSubtitle')}</p>
        {/* The line is there before the data arrives, so nothing below it moves (no layout shift). */}
        <p className="app-source" data-testid="reports-in-view">
          {dataset ? (
            <>
              {members.length > 1 ? translate(lang, 'reportsInView', { count: members.length }) : null}
              {members.map((m) => (
                // Several reports: one line each (a block each); one report: the line as before.
                <span key={m.id} className={members.length > 1 ? 'app-source__report' : undefined}>
                  {sourceTitle(m.source, lang)} · {m.source.publisher[lang]} ·{' '}
                  {translate(lang, 'published', {
                    date: formatDay(m.source.publishedAt.slice(0, 10), lang, { year: true }),
                  })}
                </span>
              ))}
            </>
          ) : (
            '\u00a0'
          )}
        </p>
      </div>
      <div className="app-header__actions">
        {search}
        <DatasetSwitcher />
        {workbench}
        <button
          type="button"
          className="button"
          onClick={() => openSource(null, members[0]?.id ?? null)}
          disabled={!dataset}
        >
          {translate(lang, 'readSource')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={decals}
          title={translate(lang, 'patternsHint')}
          onClick={() => setDecals(!decals)}
        >
          {translate(lang, 'patterns')}
        </button>
        <ShareButton
          url={() => window.location.href}
          title={translate(lang, 'appTitle')}
          className="button"
        />
        {/* Named by its visible text first ("English …"), so voice control users can say what they
            see (WCAG 2.5.3); the hidden rest says what it does in the current language. */}
        <button
          type="button"
          className="button button--lang"
          onClick={() => {
            rememberLang(other);
            applyView({ lang: other });
          }}
        >
          <span lang={SCRIPTS[other].tag}>{translate(lang, 'switchLanguage')}</span>
          <span className="visually-hidden">{translate(lang, 'switchLanguageHint')}</span>
        </button>
      </div>
    </header>
  );
}
