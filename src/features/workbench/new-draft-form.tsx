import { useId, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../../domain/view';
import { translateWorkbench, type WorkbenchMessageKey } from '../../i18n/messages-workbench';
import { decodeText, isSourceTextFile } from '../../import/import-file';
import { IMPORT_LIMITS } from '../../import/limits';
import { formatBytes } from '../../i18n/import-issues';
import { joinList } from '../../i18n/i18n';
import { draftMetaOf, EMPTY_META, fileNameOf, joinPublishedAt, type MetaFields } from './draft-meta';
import { MetaFieldsForm } from './meta-fields';
import type { NewDraftInput } from '../../workbench/draft-ops';

const REQUIRED: ReadonlyArray<keyof MetaFields> = ['titleZh', 'localTime'];

/**
 * A new draft: the report's text (pasted, or read from a .txt / .md file, kept exactly as given)
 * and its details. The vocabularies come from the caller (the bundled dataset's).
 */
export function NewDraftForm({
  lang,
  onCreate,
  ready,
}: {
  lang: Lang;
  onCreate: (input: Omit<NewDraftInput, 'vocabularies'>) => void;
  /** False while the vocabularies are not there yet (the button waits). */
  ready: boolean;
}): ReactNode {
  const t = (key: WorkbenchMessageKey, params?: Record<string, string | number>): string =>
    translateWorkbench(lang, key, params);
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [meta, setMeta] = useState<MetaFields>(EMPTY_META);
  const [problem, setProblem] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const textId = useId();

  const readFile = async (f: File | undefined): Promise<void> => {
    if (!f) return;
    if (f.size > IMPORT_LIMITS.maxFileBytes) {
      setProblem(t('wbFileTooLarge', { name: f.name, max: formatBytes(IMPORT_LIMITS.maxFileBytes) }));
      return;
    }
    const read = decodeText(new Uint8Array(await f.arrayBuffer())).replace(/^\uFEFF/, '');
    if (read.trim() === '') {
      setProblem(t('wbFileEmpty', { name: f.name }));
      return;
    }
    setProblem(null);
    setText(read);
    setFileName(f.name);
    // A Markdown or text file's first line is often its title.
    if (!meta.titleZh) {
      const first = read
        .trim()
        .split(/\r?\n/)[0]!
        .replace(/^#+\s*/, '')
        .trim()
        .slice(0, 200);
      setMeta((m) => ({ ...m, titleZh: first }));
    }
  };

  const missing = (): string[] => {
    const out: string[] = [];
    if (text.trim() === '') out.push(t('wbText'));
    if (!meta.titleZh.trim()) out.push(t('wbTitleZh'));
    if (!joinPublishedAt(meta.localTime, meta.offset)) out.push(t('wbPublishedAt'));
    return out;
  };

  const submit = (): void => {
    const lacking = missing();
    if (lacking.length) {
      setProblem(t('wbRequired', { fields: joinList(lacking, lang) }));
      return;
    }
    if (meta.url.trim() && !/^https?:\/\//.test(meta.url.trim())) {
      setProblem(t('wbBadUrl'));
      return;
    }
    setProblem(null);
    const name = fileName ?? `${fileNameOf(meta.titleZh || meta.titleEn, 'report')}.txt`;
    const { title, source } = draftMetaOf(meta, name);
    onCreate({ text, title, source });
  };

  return (
    <form
      className="wb-new"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p className="note">{t('wbNewIntro')}</p>
      <div className="wb-meta-field">
        <label htmlFor={textId}>{t('wbText')}</label>
        <textarea
          id={textId}
          lang="zh-CN"
          rows={8}
          value={text}
          spellCheck={false}
          data-testid="wb-new-text"
          onChange={(e) => {
            setText(e.target.value);
            setFileName(null);
          }}
        />
        <div className="wb-row">
          <button type="button" className="button button--small" onClick={() => file.current?.click()}>
            {t('wbOpenFile')}
          </button>
          {fileName ? <span className="note">{fileName}</span> : null}
          <input
            ref={file}
            type="file"
            accept=".txt,.md,.markdown,text/plain,text/markdown"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="wb-new-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f && !isSourceTextFile(f.name)) setProblem(t('wbFileNotText', { name: f.name }));
              else void readFile(f);
            }}
          />
        </div>
      </div>
      <MetaFieldsForm value={meta} onChange={setMeta} lang={lang} idPrefix="wb-new" required={REQUIRED} />
      {problem ? (
        <p className="wb-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="button wb-button--primary" disabled={!ready}>
        {t('wbStart')}
      </button>
    </form>
  );
}
