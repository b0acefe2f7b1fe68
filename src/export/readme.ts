import { membersOf, type Dataset, type DatasetMember } from '../data/model';
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

/** Which reports' quotes were checked against their text, in words. */
function quotesPerReport(
  reports: readonly DatasetMember[],
  quotesOf: (datasetId: string) => 'verified' | 'unverified',
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
): string {
  const list = reports
    .map(
      (m) => `${m.id} ${t(quotesOf(m.id) === 'verified' ? 'quotesVerifiedShort' : 'quotesUnverifiedShort')}`,
    )
    .join(t('reportSep'));
  return t('readmeQuotesPerReport', { list });
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
  /** Whether the quotes were checked verbatim against the report's text (said under the citation). */
  quotes?: 'verified' | 'unverified';
  /** The reports that contributed to the view (default: every member of the dataset). */
  reports?: readonly DatasetMember[];
  /** Each report's own quote check (the union of reports); said per report under the citations. */
  quotesOf?: (datasetId: string) => 'verified' | 'unverified';
}): string {
  const { dataset, lang, now } = args;
  const reports = args.reports ?? membersOf(dataset);
  const t = (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(lang, key, params);
  const q = (id: 'exact' | 'at-least' | 'approx'): string => `\`${id}\` — ${qualifierLabel(id, lang)}`;
  const sep = t('labelSep');
  const lines = [
    `# ${t('readmeTitle', { app: t('appTitle') })}`,
    '',
    reports.map((m) => m.title[lang]).join(t('reportSep')),
    '',
    `## ${t('readmeCiteSource')}`,
    '',
    ...reports.flatMap((m) => [`- ${sourceCitation(m.source, 'zh')}`, `- ${sourceCitation(m.source, 'en')}`]),
    ...(args.quotesOf !== undefined
      ? ['', quotesPerReport(reports, args.quotesOf, t)]
      : args.quotes === undefined
        ? []
        : ['', t(args.quotes === 'verified' ? 'readmeQuotesVerified' : 'readmeQuotesUnverified')]),
    '',
    `## ${t('readmeCiteView')}`,
    '',
    args.viewCitation,
    '',
    `- ${t('readmePermalink', { url: args.permalink })}`,
    `- ${t('exportedAt', { date: exportDateText(now, lang) })} (${now.toISOString()})`,
    `- ${args.viewInWords}`,
    ...reports.map((m) => `- ${t('readmeDataset', { id: m.id, version: datasetVersionText(m, lang) })}`),
    '',
    `## ${t('readmeFiles')}`,
    '',
    ...args.files.map((f) => `- \`${f.name}\` — ${f.description}`),
    '',
    `## ${t('readmeFiguresHeading')}`,
    '',
    t('readmeFiguresIntro'),
    '',
    `- ${q('exact')}`,
    `- ${q('at-least')}${sep}${t('readmeAtLeast')}`,
    `- ${q('approx')}${sep}${t('readmeApprox')}`,
    '',
    t('readmeRoles'),
    '',
    t('readmeUnitsCsv'),
    ...(args.notes?.length ? ['', `## ${t('readmeNotes')}`, '', ...args.notes.map((n) => `- ${n}`)] : []),
    '',
  ];
  return lines.join('\n');
}
