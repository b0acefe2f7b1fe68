import type { LocalizedText } from '../data/schema';
import type { Lang } from '../domain/view';
import { messages, type MessageKey } from './messages';

/** Fill `{name}` placeholders; an unknown name stays as written. Values are inserted as plain text. */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!Object.hasOwn(params, name)) return whole;
      const value = params[name]!;
      // `{n|effort|efforts}`: the word for n, singular only when n is exactly 1 ("1", not "1.5" or "1万").
      if (one !== undefined) return String(value) === '1' ? one : (other ?? '');
      return String(value);
    },
  );
}

/**
 * Look up an interface string and fill `{name}` placeholders. Values are inserted as plain text.
 * With `count: 1` a key's singular form (`<key>One`) is used where the catalogue has one.
 */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const catalogue: Readonly<Record<string, string>> = messages[lang];
  const singular = params?.count === 1 ? catalogue[`${key}One`] : undefined;
  const template: string = singular ?? catalogue[key] ?? messages.zh[key];
  return params ? fillTemplate(template, params) : template;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `translate` bound to one language (what builders and components receive as `t`). */
export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** "A、B、C" / "A, B, C". */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(translate(lang, 'listSep'));
}

/** Sentences of a description: run together in Chinese, spaced in English; empty ones dropped. */
export function joinSentences(sentences: readonly string[], lang: Lang): string {
  return sentences.filter((s) => s.length > 0).join(translate(lang, 'sentenceSep'));
}

/** The text of a bilingual data label in the interface language. */
export function pick(text: { zh: string; en: string } | LocalizedText, lang: Lang): string {
  return text[lang];
}

export function isMessageKey(key: string): key is MessageKey {
  return key in messages.zh;
}
