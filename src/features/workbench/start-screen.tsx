import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Dataset } from '../../data/model';
import type { RegionRegistry } from '../../data/region-registry';
import { sourceTextQueryOptions } from '../../data/queries';
import type { Lang } from '../../domain/view';
import { formatDay, formatNumber, sourceTitle } from '../../i18n/format';
import { formatIssue } from '../../i18n/import-issues';
import { translateWorkbench, type WorkbenchMessageKey } from '../../i18n/messages-workbench';
import { importFiles } from '../../import/import-file';
import { clip } from '../../import/issues';
import { newDraft, type NewDraftInput } from '../../workbench/draft-ops';
import { draftFromDatasetJson } from '../../workbench/draft-export';
import type { Draft } from '../../workbench/draft-types';
import type { SourceTextStatus } from '../../store/datasets-slice';
import { deleteDraft, listDrafts, loadDraft, saveDraft, type DraftList } from './drafts';
import { NewDraftForm } from './new-draft-form';
import { describeReopenFailure } from '../../i18n/workbench-issues';

/**
 * The workbench's start: the drafts saved in this browser (open, delete), a new draft from a text,
 * the bundled report's text as an example, and an exported file re-opened to continue the work.
 */
export function StartScreen({
  lang,
  bundled,
  bundledTextStatus,
  registry,
  onOpenDraft,
}: {
  lang: Lang;
  /** The bundled dataset: its vocabularies for new drafts, its report for the example. */
  bundled: Dataset | undefined;
  bundledTextStatus: SourceTextStatus;
  registry: RegionRegistry | null;
  onOpenDraft: (id: string) => void;
}): ReactNode {
  const t = (key: WorkbenchMessageKey, params?: Record<string, string | number>): string =>
    translateWorkbench(lang, key, params);
  const [list, setList] = useState<DraftList | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reopenProblems, setReopenProblems] = useState<{ name: string; lines: string[] } | null>(null);
  const reopenInput = useRef<HTMLInputElement>(null);

  const refresh = (): void => void listDrafts().then(setList);
  useEffect(refresh, []);
  const drafts = list?.drafts ?? null;

  const bundledText = useQuery({
    ...sourceTextQueryOptions(),
    enabled: bundled !== undefined && bundledTextStatus === 'bundled',
  });
  const exampleText =
    bundledTextStatus === 'embedded' ? (bundled?.source.text ?? null) : (bundledText.data ?? null);

  const vocabularies = bundled
    ? { units: bundled.units, organisationTypes: bundled.organisationTypes, activities: bundled.activities }
    : null;

  const start = async (draft: Draft): Promise<void> => {
    const saved = await saveDraft(draft);
    if (saved.ok) {
      onOpenDraft(draft.id);
      return;
    }
    setProblem(
      t('wbSaveFailed', { message: saved.reason === 'invalid' ? saved.field : saved.message.slice(0, 120) }),
    );
  };
  const create = (input: Omit<NewDraftInput, 'vocabularies'>): void => {
    if (vocabularies) void start(newDraft({ ...input, vocabularies }));
  };
  const example = (): void => {
    if (!bundled || exampleText === null) return;
    const { text: _embedded, ...source } = bundled.source;
    create({ text: exampleText, title: bundled.title, source });
  };

  const reopen = async (files: File[]): Promise<void> => {
    const name = files.map((f) => f.name).join(' + ');
    setReopenProblems(null);
    const result = await importFiles(files, {
      vocabularies: {
        units: vocabularies?.units ?? [],
        organisationTypes: vocabularies?.organisationTypes ?? [],
        activities: vocabularies?.activities ?? [],
        regions: [],
      },
      ...(registry ? { registry } : {}),
    });
    if (!result.ok) {
      setReopenProblems({ name, lines: result.errors.map((i) => formatIssue(i, lang)) });
      return;
    }
    const opened = draftFromDatasetJson(result.value.dataset);
    if (!opened.ok) {
      setReopenProblems({ name, lines: [describeReopenFailure(opened, lang)] });
      return;
    }
    const existing = await loadDraft(opened.draft.id);
    if (
      existing.ok &&
      !window.confirm(
        t('wbReopenReplace', { title: clip(existing.draft.title[lang] || existing.draft.id, 80) }),
      )
    )
      return;
    await start(opened.draft);
  };

  return (
    <div className="wb-start">
      <section className="panel wb-start__drafts" aria-labelledby="wb-drafts-title">
        <h2 id="wb-drafts-title">{t('wbDrafts')}</h2>
        {problem ? (
          <p className="wb-problem" role="alert">
            {problem}
          </p>
        ) : null}
        {list?.error ? (
          <p className="wb-problem" role="alert">
            {t('wbStorageUnreadable', { message: list.error.slice(0, 120) })}
          </p>
        ) : null}
        {list?.skipped.length ? (
          <p className="wb-problem" role="status">
            {t('wbDraftsSkipped', {
              n: list.skipped.length,
              ids: list.skipped.map((x) => x.id ?? '?').join(', '),
            })}
          </p>
        ) : null}
        {drafts === null ? (
          <p role="status">{t('wbLoading')}</p>
        ) : drafts.length === 0 ? (
          <p className="note">{t('wbNoDrafts')}</p>
        ) : (
          <ul className="wb-drafts" data-testid="wb-drafts">
            {drafts.map((d) => {
              const title = clip(d.title[lang] || d.title.zh || d.id, 100);
              return (
                <li key={d.id} data-draft-id={d.id}>
                  <div>
                    <p className="wb-drafts__title">{title}</p>
                    <p className="note">
                      {t('wbDraftLine', {
                        efforts: d.efforts,
                        chars: formatNumber(d.textLength, lang),
                        date: formatDay(d.updatedAt.slice(0, 10), lang, { year: true }),
                      })}
                    </p>
                  </div>
                  <div className="wb-row">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('wbOpenLabel', { title })}
                      onClick={() => onOpenDraft(d.id)}
                    >
                      {t('wbOpen')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('wbDeleteLabel', { title })}
                      onClick={() => {
                        if (!window.confirm(t('wbDeleteConfirm', { title }))) return;
                        void deleteDraft(d.id).then((ok) => {
                          setProblem(ok ? null : t('wbDeleteFailed', { title }));
                          refresh();
                        });
                      }}
                    >
                      {t('wbDelete')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="panel wb-start__example" aria-labelledby="wb-example-title">
        <h2 id="wb-example-title">{t('wbExample')}</h2>
        {bundled ? (
          <>
            <p className="note">
              {t('wbExampleHint', { title: clip(sourceTitle(bundled.source, lang), 80) })}
            </p>
            {bundledTextStatus === 'none' ? (
              <p className="note">{t('wbExampleNoText')}</p>
            ) : (
              <button
                type="button"
                className="button"
                data-testid="wb-example"
                disabled={exampleText === null}
                onClick={example}
              >
                {exampleText === null ? t('wbExampleLoading') : t('wbExampleButton')}
              </button>
            )}
          </>
        ) : (
          <p className="note" role="status">
            {t('wbVocabularyWait')}
          </p>
        )}
      </section>

      <section className="panel wb-start__reopen" aria-labelledby="wb-reopen-title">
        <h2 id="wb-reopen-title">{t('wbReopen')}</h2>
        <p className="note">{t('wbReopenHint')}</p>
        <button type="button" className="button" onClick={() => reopenInput.current?.click()}>
          {t('wbReopenButton')}
        </button>
        <input
          ref={reopenInput}
          type="file"
          multiple
          accept=".json,.csv,.tsv,.txt,.md"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="wb-reopen-input"
          onChange={(e) => {
            const files = e.target.files ? [...e.target.files] : [];
            e.target.value = '';
            if (files.length) void reopen(files);
          }}
        />
        {reopenProblems ? (
          <div className="wb-problem" role="alert" data-testid="wb-reopen-errors">
            <p>{t('wbReopenFailed', { name: clip(reopenProblems.name) })}</p>
            <ul>
              {reopenProblems.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
      <section className="panel wb-start__new" aria-labelledby="wb-new-title">
        <h2 id="wb-new-title">{t('wbNew')}</h2>
        {vocabularies ? null : (
          <p className="note" role="status">
            {t('wbVocabularyWait')}
          </p>
        )}
        <NewDraftForm lang={lang} onCreate={create} ready={vocabularies !== null} />
      </section>
    </div>
  );
}
