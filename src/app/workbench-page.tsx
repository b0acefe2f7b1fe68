import { useCallback, useEffect, type ReactNode } from 'react';
import type { DatasetJson } from '../data/schema';
import { formatIssue } from '../i18n/import-issues';
import { useAtlasStore } from '../store/store';
import Workbench, { type OpenResult } from '../features/workbench/workbench';

const importActions = (): Promise<typeof import('../features/import/import-actions')> =>
  import('../features/import/import-actions');

/**
 * The workbench composed with the explorer's import (a feature does not import another): a finished
 * draft is handed over as the file an export would be, through the same checks as any import, then
 * shown in the explorer. Its own lazy chunk.
 */
export default function WorkbenchPage({
  route,
  go,
}: {
  route: string;
  go: (route: string | null) => void;
}): ReactNode {
  // The organisations of earlier imports are offered in the editor: restore them as the explorer does.
  useEffect(() => {
    void importActions().then((a) => a.restoreImportedDatasets());
  }, []);

  const openInExplorer = useCallback(
    async (json: DatasetJson, fileName: string): Promise<OpenResult> => {
      const file = new File([JSON.stringify(json)], fileName, { type: 'application/json' });
      const actions = await importActions();
      await actions.importDatasetFiles([file]);
      const state = useAtlasStore.getState();
      const status = state.importStatus;
      if (status.kind === 'failed') {
        return { ok: false, problems: status.issues.map((i) => formatIssue(i, state.view.lang)) };
      }
      go(null);
      useAtlasStore.getState().setActiveDataset(json.id);
      return { ok: true };
    },
    [go],
  );

  return <Workbench draftId={route || null} onNavigate={go} onOpenInExplorer={openInExplorer} />;
}
