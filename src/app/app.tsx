import type { ReactNode } from 'react';
import { translate } from '../i18n/i18n';
import { countDataset, selectActiveDataset } from '../selectors/dataset';
import { useAtlasStore } from '../store/store';
import { LoadStatus } from './load-status';
import { useBundledDataset } from './use-bundled-dataset';

export function App(): ReactNode {
  const query = useBundledDataset();
  const lang = useAtlasStore((s) => s.view.lang);
  const dataset = useAtlasStore(selectActiveDataset);
  const counts = dataset ? countDataset(dataset) : null;
  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'} data-ready={dataset ? 'true' : 'false'}>
      <header className="app-header">
        <h1>{translate(lang, 'appTitle')}</h1>
        <p className="app-subtitle">{translate(lang, 'appSubtitle')}</p>
      </header>
      <main>
        {counts ? (
          <dl className="counts" aria-label="dataset counts">
            <div>
              <dt>{translate(lang, 'regions')}</dt>
              <dd data-testid="count-regions">{counts.regions}</dd>
            </div>
            <div>
              <dt>{translate(lang, 'organisations')}</dt>
              <dd data-testid="count-organisations">{counts.organisations}</dd>
            </div>
            <div>
              <dt>{translate(lang, 'efforts')}</dt>
              <dd data-testid="count-efforts">{counts.efforts}</dd>
            </div>
            <div>
              <dt>{translate(lang, 'measures')}</dt>
              <dd data-testid="count-measures">{counts.measures}</dd>
            </div>
          </dl>
        ) : (
          <LoadStatus
            lang={lang}
            status={query.status === 'error' ? 'error' : 'pending'}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
      </main>
    </div>
  );
}
