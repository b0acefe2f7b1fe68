import type { Dataset } from '../data/model';
import { qualifierLabel } from '../i18n/format';
import { translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { Lang } from '../domain/view';
import { datasetVersionText, exportDateText, sourceCitation } from './citation';

export interface PackFile {
  name: string;
  /** What the file is, in the pack's language. */
  description: string;
}

/** The README.md of an evidence pack: citations, permalink, date, filters, the files, the conventions. */
export function buildReadme(args: {
  dataset: Dataset;
  lang: Lang;
  now: Date;
  permalink: string;
  viewInWords: string;
  viewCitation: string;
  files: readonly PackFile[];
  notes?: readonly string[];
}): string {
  const { dataset, lang, now } = args;
  const t = (key: MessageKey): string => translate(lang, key);
  const q = (id: 'exact' | 'at-least' | 'approx'): string => `\`${id}\` — ${qualifierLabel(id, lang)}`;
  const lines = [
    `# ${translate(lang, 'appTitle')} — ${t('packTitle')}`,
    '',
    `${dataset.title[lang]}`,
    '',
    `## ${t('packCiteSource')}`,
    '',
    `- ${sourceCitation(dataset.source, 'zh')}`,
    `- ${sourceCitation(dataset.source, 'en')}`,
    '',
    `## ${t('packCiteView')}`,
    '',
    args.viewCitation,
    '',
    `- ${t('packPermalink')}: ${args.permalink}`,
    `- ${translate(lang, 'exportedAt', { date: exportDateText(now, lang) })} (${now.toISOString()})`,
    `- ${args.viewInWords}`,
    `- ${t('packDataset')}: \`${dataset.id}\` (${datasetVersionText(dataset, lang)})`,
    '',
    `## ${t('packFiles')}`,
    '',
    ...args.files.map((f) => `- \`${f.name}\` — ${f.description}`),
    '',
    `## ${t('packHowFigures')}`,
    '',
    t('packFiguresIntro'),
    '',
    `- ${q('exact')}`,
    `- ${q('at-least')}${t('packAtLeastNote')}`,
    `- ${q('approx')}${t('packApproxNote')}`,
    '',
    t('packRolesNote'),
    '',
    t('packUnitsNote'),
    ...(args.notes?.length ? ['', `## ${t('packNotes')}`, '', ...args.notes.map((n) => `- ${n}`)] : []),
    '',
  ];
  return lines.join('\n');
}
