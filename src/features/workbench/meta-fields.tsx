import type { ReactNode } from 'react';
import { isLang, type Lang } from '../../domain/view';
import { translateWorkbench, type WorkbenchMessageKey } from '../../i18n/messages-workbench';
import type { MetaFields } from './draft-meta';

type TextField = Exclude<keyof MetaFields, 'language'>;

const FIELDS: ReadonlyArray<{ key: TextField; label: WorkbenchMessageKey; type?: string; lang?: string }> = [
  { key: 'titleZh', label: 'wbTitleZh', lang: 'zh-CN' },
  { key: 'titleEn', label: 'wbTitleEn', lang: 'en' },
  { key: 'publisherZh', label: 'wbPublisherZh', lang: 'zh-CN' },
  { key: 'publisherEn', label: 'wbPublisherEn', lang: 'en' },
  { key: 'url', label: 'wbUrl', type: 'url' },
];

/** The id of a form field, so a problem in the issue list can move focus to it. */
export function metaFieldId(prefix: string, key: keyof MetaFields): string {
  return `${prefix}-${key}`;
}

/**
 * Which form field a problem of the draft's details is in (`title.zh`, `source.url`,
 * `source.publishedAt`…, as the validator names them), or null.
 */
export function metaFieldOf(field: string): keyof MetaFields | null {
  if (/^(source\.)?title(\.zh)?$/.test(field)) return 'titleZh';
  if (/^title\.en$|^source\.titleEn$/.test(field)) return 'titleEn';
  if (field === 'source.publisher.zh' || field === 'source.publisher') return 'publisherZh';
  if (field === 'source.publisher.en') return 'publisherEn';
  if (field === 'source.url') return 'url';
  if (field === 'source.publishedAt') return 'localTime';
  if (field === 'source.language') return 'language';
  return null;
}

/**
 * The report's details: titles and publisher in both languages, URL, publication time (local time
 * and UTC offset) and the report's language. Changes are reported on every keystroke (`onChange`)
 * and when a field is left (`onCommit`, for the draft's undo history: one step per field edited).
 */
export function MetaFieldsForm({
  value,
  onChange,
  onCommit,
  lang,
  idPrefix,
  required = [],
}: {
  value: MetaFields;
  onChange: (next: MetaFields) => void;
  onCommit?: (next: MetaFields) => void;
  lang: Lang;
  idPrefix: string;
  required?: ReadonlyArray<keyof MetaFields>;
}): ReactNode {
  const t = (key: WorkbenchMessageKey): string => translateWorkbench(lang, key);
  const set = <K extends keyof MetaFields>(key: K, v: MetaFields[K]): void =>
    onChange({ ...value, [key]: v });
  const commit = (): void => onCommit?.(value);
  return (
    <div className="wb-meta">
      {FIELDS.map((f) => (
        <label key={f.key} className="wb-meta-field">
          <span>{t(f.label)}</span>
          <input
            id={metaFieldId(idPrefix, f.key)}
            type={f.type ?? 'text'}
            lang={f.lang}
            value={value[f.key]}
            required={required.includes(f.key)}
            onChange={(e) => set(f.key, e.target.value)}
            onBlur={commit}
          />
        </label>
      ))}
      <div className="wb-meta-field wb-meta-field--time">
        <label>
          <span>{t('wbPublishedAt')}</span>
          <input
            id={metaFieldId(idPrefix, 'localTime')}
            type="datetime-local"
            step={1}
            value={value.localTime}
            required={required.includes('localTime')}
            onChange={(e) => set('localTime', e.target.value)}
            onBlur={commit}
          />
        </label>
        <label>
          <span>{t('wbOffset')}</span>
          <input
            id={metaFieldId(idPrefix, 'offset')}
            className="wb-offset"
            value={value.offset}
            pattern="[+\-]\d{2}:\d{2}"
            inputMode="text"
            onChange={(e) => set('offset', e.target.value)}
            onBlur={commit}
          />
        </label>
      </div>
      <label className="wb-meta-field">
        <span>{t('wbLanguage')}</span>
        <select
          id={metaFieldId(idPrefix, 'language')}
          value={value.language}
          onChange={(e) => {
            const next = { ...value, language: isLang(e.target.value) ? e.target.value : value.language };
            onChange(next);
            onCommit?.(next);
          }}
        >
          <option value="zh">{t('wbLangZh')}</option>
          <option value="en">{t('wbLangEn')}</option>
        </select>
      </label>
    </div>
  );
}
