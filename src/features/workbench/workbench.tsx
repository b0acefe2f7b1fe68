import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadRegionRegistry } from '../../data/region-registry';
import type { DatasetJson, Organisation } from '../../data/schema';
import { translateWorkbench } from '../../i18n/messages-workbench';
import { selectBundledId, selectSourceTextStatus } from '../../store/datasets-slice';
import { useAtlasStore } from '../../store/store';
import { useLang } from '../../store/visible-set';
import type { Draft } from '../../workbench/draft-types';
import { DraftScreen } from './draft-screen';
import { loadDraft, type LoadDraftResult } from './drafts';
import type { OpenResult } from './finish-panel';
import { StartScreen } from './start-screen';
import './workbench.css';

export type { OpenResult } from './finish-panel';

export interface WorkbenchProps {
  /** The draft to open, or null for the start screen. */
  draftId: string | null;
  /** Go to a draft (its id), the start screen (''), or back to the explorer (null). */
  onNavigate: (route: string | null) => void;
  /** Hand a finished dataset to the explorer (as an import), and show it there. */
  onOpenInExplorer: (json: DatasetJson, fileName: string) => Promise<OpenResult>;
}

/** Organisations of every loaded dataset, once each (by id): the editor offers them. */
function useKnownOrganisations(): readonly Organisation[] {
  const datasets = useAtlasStore((s) => s.datasets);
  return useMemo(() => {
    const byId = new Map<string, Organisation>();
    for (const ds of Object.values(datasets))
      for (const o of ds.organisations) if (!byId.has(o.id)) byId.set(o.id, o);
    return [...byId.values()];
  }, [datasets]);
}

function DraftLoader({ id, children }: { id: string; children: (draft: Draft) => ReactNode }): ReactNode {
  const lang = useLang();
  const [state, setState] = useState<{ id: string; result: LoadDraftResult } | null>(null);
  useEffect(() => {
    let live = true;
    void loadDraft(id).then((result) => {
      if (live) setState({ id, result });
    });
    return () => {
      live = false;
    };
  }, [id]);
  if (!state || state.id !== id) return <p role="status">{translateWorkbench(lang, 'wbLoading')}</p>;
  const { result } = state;
  if (!result.ok) {
    const shown = id.slice(0, 60);
    return (
      <p role="alert" className="wb-problem">
        {result.reason === 'missing'
          ? translateWorkbench(lang, 'wbDraftMissing', { id: shown })
          : result.reason === 'corrupted'
            ? translateWorkbench(lang, 'wbDraftCorrupted', { id: shown, field: result.field })
            : translateWorkbench(lang, 'wbStorageUnreadable', { message: result.message.slice(0, 120) })}
      </p>
    );
  }
  return children(result.draft);
}

/**
 * The annotation workbench (issue 14), a view of its own (`?workbench`): the start screen or one
 * draft. Loaded lazily with everything it needs (model, messages, styles).
 */
export default function Workbench({ draftId, onNavigate, onOpenInExplorer }: WorkbenchProps): ReactNode {
  const lang = useLang();
  const bundled = useAtlasStore((s) => {
    const id = selectBundledId(s);
    return id ? s.datasets[id] : undefined;
  });
  const bundledTextStatus = useAtlasStore((s) => selectSourceTextStatus(s, selectBundledId(s)));
  const registry = useQuery({
    queryKey: ['region-registry'],
    queryFn: loadRegionRegistry,
    staleTime: Infinity,
  });
  const knownOrganisations = useKnownOrganisations();

  return (
    <main className="workbench" data-testid="workbench">
      {draftId ? (
        <DraftLoader id={draftId}>
          {(draft) => (
            <DraftScreen
              key={draft.id}
              initial={draft}
              registry={registry.data ?? null}
              lang={lang}
              knownOrganisations={knownOrganisations}
              onBack={() => onNavigate(null)}
              onAllDrafts={() => onNavigate('')}
              onOpenInExplorer={onOpenInExplorer}
            />
          )}
        </DraftLoader>
      ) : (
        <>
          <div className="wb-start__head">
            <button type="button" className="button button--small" onClick={() => onNavigate(null)}>
              ← {translateWorkbench(lang, 'wbBack')}
            </button>
            <h2>{translateWorkbench(lang, 'wbTitle')}</h2>
            <p className="wb-start__intro">{translateWorkbench(lang, 'wbIntro')}</p>
          </div>
          <StartScreen
            lang={lang}
            bundled={bundled}
            bundledTextStatus={bundledTextStatus}
            registry={registry.data ?? null}
            onOpenDraft={(id) => onNavigate(id)}
          />
        </>
      )}
    </main>
  );
}
