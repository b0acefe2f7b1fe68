import { useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RegionRegistry } from '../../data/region-registry';
import type { DatasetJson, Organisation } from '../../data/schema';
import type { Lang } from '../../domain/view';
import { SCRIPTS } from '../../i18n/script';
import { formatSavedAt, translateWorkbench, type WorkbenchMessageKey } from '../../i18n/messages-workbench';
import { coverageOf, paragraphsOf, sentencesOf } from '../../workbench/coverage';
import { validateDraft } from '../../workbench/draft-export';
import type { CoverageItem, Draft, DraftIssue, Span } from '../../workbench/draft-types';
import { CoverageLine, CoveragePanel } from './coverage-panel';
import { DetailsPanel } from './details-panel';
import { EffortEditor } from './editor/effort-editor';
import { EffortsList } from './efforts-list';
import { FinishPanel, type OpenResult } from './finish-panel';
import { IssueList } from './issue-list';
import { metaFieldOf } from './meta-fields';
import type { MetaFields } from './draft-meta';
import { Reader } from './reader/reader';
import type { SentenceCursor } from './reader/sentence-cursor';
import { useDraftHistory, type SaveStatus } from './use-draft-history';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null
  );
}

function SaveLine({ status, lang }: { status: SaveStatus; lang: Lang }): ReactNode {
  const t = (key: WorkbenchMessageKey, params?: Record<string, string | number>): string =>
    translateWorkbench(lang, key, params);
  const text =
    status.kind === 'saved'
      ? t('wbSaved', { time: formatSavedAt(status.at, lang) })
      : status.kind === 'memory'
        ? t('wbSavedMemory')
        : status.kind === 'failed'
          ? t('wbSaveFailed', { message: status.message })
          : status.kind === 'saving'
            ? t('wbSaving')
            : t('wbUnsaved');
  return (
    <span
      className={`wb-save wb-save--${status.kind}`}
      role={status.kind === 'failed' || status.kind === 'memory' ? 'alert' : 'status'}
      data-testid="wb-save"
      data-state={status.kind}
    >
      {text}
    </span>
  );
}

/**
 * One draft open: the text to read and mark, the effort editor, coverage, live problems and the
 * finish (export, open in the explorer); undo/redo and autosave around all of it.
 */
export function DraftScreen({
  initial,
  registry,
  lang,
  knownOrganisations,
  onBack,
  onAllDrafts,
  onOpenInExplorer,
}: {
  initial: Draft;
  registry: RegionRegistry | null;
  lang: Lang;
  knownOrganisations: readonly Organisation[];
  onBack: () => void;
  onAllDrafts: () => void;
  onOpenInExplorer: (json: DatasetJson, fileName: string) => Promise<OpenResult>;
}): ReactNode {
  const t = (key: WorkbenchMessageKey, params?: Record<string, string | number>): string =>
    translateWorkbench(lang, key, params);
  const history = useDraftHistory(initial);
  const { draft, dispatch, undo, redo } = history;
  const text = draft.source.text;
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  const sentences = useMemo(() => sentencesOf(text), [text]);
  // Coverage and validation run over the whole draft: a keystroke does not wait for them.
  const settled = useDeferredValue(draft);
  const coverage = useMemo(() => coverageOf(settled), [settled]);
  const issues = useMemo(() => validateDraft(settled, registry), [settled, registry]);

  const [open, setOpen] = useState<{ id: string; field: string | null } | null>(null);
  const [cursor, setCursor] = useState<SentenceCursor | null>(null);
  const [metaFocus, setMetaFocus] = useState<{ key: keyof MetaFields; nonce: number } | null>(null);
  const readerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  const openId = open && draft.efforts.some((e) => e.id === open.id) ? open.id : null;

  const efforts = useMemo(() => draft.efforts.map((e) => ({ id: e.id, span: e.span })), [draft.efforts]);
  const figures = useMemo(
    () => coverage.items.map((i) => ({ span: i.span, status: i.status })),
    [coverage.items],
  );

  // Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo (not while typing: fields keep their own).
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undo();
      else if ((key === 'z' && e.shiftKey) || (key === 'y' && e.ctrlKey)) redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  // An effort opened without a field to go to: focus moves into the editor.
  useEffect(() => {
    if (openId && !open?.field) editorRef.current?.focus({ preventScroll: true });
  }, [openId, open?.field]);

  const newEffort = (span: Span): void => {
    const before = new Set(draft.efforts.map((e) => e.id));
    const next = dispatch({ type: 'addEffort', span });
    const created = next.efforts.find((e) => !before.has(e.id));
    if (created) setOpen({ id: created.id, field: null });
  };
  const closeEditor = (): void => {
    setOpen(null);
    readerRef.current?.focus({ preventScroll: true });
  };
  const jump = (item: CoverageItem): void => {
    setCursor({ anchor: item.sentence, focus: item.sentence });
    readerRef.current?.focus({ preventScroll: true });
  };
  const effortAt = (item: CoverageItem): void => {
    const sentence = sentences[item.sentence];
    if (!sentence) return;
    // The reader shows where the new effort is: the cursor moves to its sentence (kept in view).
    setCursor({ anchor: item.sentence, focus: item.sentence });
    newEffort(sentence);
  };
  const openIssue = (issue: DraftIssue): void => {
    if (issue.effortId !== null) {
      setOpen({ id: issue.effortId, field: issue.field });
      return;
    }
    const key = metaFieldOf(issue.field);
    if (key) {
      setMetaFocus({ key, nonce: Date.now() });
      return;
    }
    // An organisation's problem: the first effort that names it, at the organisations.
    const user = draft.efforts.find(
      (e) =>
        issue.organisationId !== null &&
        (e.organisationIds.includes(issue.organisationId) || e.addresseeIds.includes(issue.organisationId)),
    );
    if (user) setOpen({ id: user.id, field: issue.field });
  };

  // The title in the interface language, else in the other one (each marked with its language).
  const titleLang: Lang = draft.title[lang] ? lang : SCRIPTS[lang].other;
  const title = draft.title[titleLang] || draft.id;
  return (
    <div
      className={`wb-draft${openId ? ' wb-draft--editing' : ''}`}
      data-testid="wb-draft"
      data-draft-id={draft.id}
    >
      <div className="wb-toolbar">
        <div className="wb-toolbar__nav">
          <button type="button" className="button button--small" onClick={onBack}>
            ← {t('wbBack')}
          </button>
          <button type="button" className="button button--small" onClick={onAllDrafts}>
            {t('wbDrafts')}
          </button>
        </div>
        <h2 className="wb-toolbar__title" lang={SCRIPTS[titleLang].tag}>
          {title}
        </h2>
        <div className="wb-toolbar__tools" role="group" aria-label={t('wbToolbar')}>
          <button
            type="button"
            className="button button--small"
            onClick={undo}
            disabled={!history.canUndo}
            aria-keyshortcuts="Control+Z Meta+Z"
            data-testid="wb-undo"
          >
            {t('wbUndo')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={redo}
            disabled={!history.canRedo}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
            data-testid="wb-redo"
          >
            {t('wbRedo')}
          </button>
          <SaveLine status={history.saveStatus} lang={lang} />
        </div>
      </div>
      <div className="wb-layout">
        <section className="panel wb-text" aria-labelledby="wb-text-title">
          <div className="wb-text__head">
            <h2 id="wb-text-title">{t('wbReader')}</h2>
            <CoverageLine coverage={coverage} lang={lang} testId="wb-coverage" />
            <a className="link-button" href="#wb-issues-panel">
              {t('wbIssues', { count: issues.length })}
            </a>
          </div>
          <Reader
            text={text}
            paragraphs={paragraphs}
            sentences={sentences}
            efforts={efforts}
            figures={figures}
            selectedEffort={openId}
            cursor={cursor}
            onCursor={setCursor}
            onNewEffort={newEffort}
            onOpenEffort={(id) => setOpen({ id, field: null })}
            lang={lang}
            readerRef={readerRef}
          />
        </section>
        <aside className="wb-side">
          {openId ? (
            <div className="wb-editor-sheet" ref={editorRef} tabIndex={-1} data-testid="wb-editor">
              <EffortEditor
                draft={draft}
                effortId={openId}
                dispatch={dispatch}
                registry={registry}
                knownOrganisations={knownOrganisations}
                lang={lang}
                issues={issues.filter((i) => i.effortId === openId)}
                focusField={open?.field ?? null}
                onClose={closeEditor}
              />
            </div>
          ) : null}
          <div className="wb-side__panels">
            <EffortsList
              draft={draft}
              issues={issues}
              lang={lang}
              selected={openId}
              onOpen={(id) => setOpen({ id, field: null })}
            />
            <CoveragePanel
              draft={draft}
              coverage={coverage}
              lang={lang}
              onJump={jump}
              onEffortAt={effortAt}
            />
            <IssueList issues={issues} draft={draft} lang={lang} onOpen={openIssue} />
            <DetailsPanel draft={draft} dispatch={dispatch} lang={lang} focus={metaFocus} />
            <FinishPanel
              draft={draft}
              issues={issues}
              registry={registry}
              lang={lang}
              onOpenInExplorer={onOpenInExplorer}
            />
          </div>
        </aside>
      </div>
    </div>
  );
}
