import type { LocalizedText } from '../data/schema';
import type { Lang } from '../domain/view';
import { messages, type MessageKey } from './messages';

/** Fill `{name}` placeholders; an unknown name stays as written. Values are inserted as plain text. */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Look up an interface string and fill `{name}` placeholders. Values are inserted as plain text. */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template: string = messages[lang][key] ?? messages.zh[key];
  return params ? fillTemplate(template, params) : template;
}

/** The text of a bilingual data label in the interface language. */
export function pick(text: { zh: string; en: string } | LocalizedText, lang: Lang): string {
  return text[lang];
}

export function isMessageKey(key: string): key is MessageKey {
  return key in messages.zh;
}
