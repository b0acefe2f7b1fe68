import type { Dataset } from '../data/model';
import { qualifierLabel } from '../i18n/format';
import { translate } from '../i18n/i18n';
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
  const zh = lang === 'zh';
  const q = (id: 'exact' | 'at-least' | 'approx'): string => `\`${id}\` — ${qualifierLabel(id, lang)}`;
  const lines = [
    `# ${translate(lang, 'appTitle')} — ${zh ? '证据包' : 'evidence pack'}`,
    '',
    `${dataset.title[lang]}`,
    '',
    `## ${zh ? '引用来源' : 'Cite the source'}`,
    '',
    `- ${sourceCitation(dataset.source, 'zh')}`,
    `- ${sourceCitation(dataset.source, 'en')}`,
    '',
    `## ${zh ? '引用此视图' : 'Cite this view'}`,
    '',
    args.viewCitation,
    '',
    `- ${zh ? '永久链接' : 'Permalink'}: ${args.permalink}`,
    `- ${translate(lang, 'exportedAt', { date: exportDateText(now, lang) })} (${now.toISOString()})`,
    `- ${args.viewInWords}`,
    `- ${zh ? '数据集' : 'Dataset'}: \`${dataset.id}\` (${datasetVersionText(dataset, lang)})`,
    '',
    `## ${zh ? '文件' : 'Files'}`,
    '',
    ...args.files.map((f) => `- \`${f.name}\` — ${f.description}`),
    '',
    `## ${zh ? '数值约定' : 'How figures are recorded'}`,
    '',
    zh
      ? '每个数值都来自原文的一句话（见 `provenance.json` 中的 `quote` 与 `path`）。`value` 为按原文换算的数（16.8万元 → 168000），`figure` 为原文写法，`qualifier` 为限定：'
      : 'Every figure comes from one sentence of the source (see `quote` and `path` in `provenance.json`). `value` is the number as stated (16.8万元 → 168000), `figure` the wording of the source, and `qualifier` says how exact it is:',
    '',
    `- ${q('exact')}`,
    `- ${q('at-least')}${zh ? '：原文写“余/多/超”，数值为下限' : ': the source says 余/多/超 ("more than"); the value is a lower bound'}`,
    `- ${q('approx')}${zh ? '：原文为“数千”“数家”等约数，没有 `value`，只有原文措辞所容许的范围 `low`–`high`（含两端，数千 = 2000–9999；无上限时 `high` 为空）' : ': the source gives a vague amount such as 数千 ("several thousand"); it has no `value`, only the range its words allow, `low` to `high` (inclusive: 数千 = 2000–9999; `high` is empty when the words set no upper bound)'}`,
    '',
    zh
      ? '`organisations` 为行动者；`addressees`（倡议、动员的对象）不计为参与组织。组织类型的 `typeBasis` 说明类型是原文所述（`stated`）还是推断（`inferred`，附理由）。数据集的修订见其版本号与 data/CHANGELOG.md。'
      : "`organisations` are the actors; `addressees` (the bodies an appeal or mobilisation was addressed to) are never counted as organisations involved. An organisation's `typeBasis` says whether the text states its type (`stated`) or it is `inferred` (with the reason). Revisions of the dataset are traced by its version and data/CHANGELOG.md.",
    '',
    zh
      ? "不同单位的数值从不相加。CSV 为 UTF-8（带 BOM），每个数据项一行，无数据项的行动占一行（数据列为空）；以 = + - @、制表符或回车开头的文本单元格前加了 `'`，以防电子表格将其当作公式执行。"
      : "Figures in different units are never added. The CSV is UTF-8 with a BOM, one row per figure, plus one row (figure columns empty) for each effort without figures; text cells starting with = + - @, a tab or a carriage return are prefixed with `'` so spreadsheets do not run them as formulas.",
    ...(args.notes?.length
      ? ['', `## ${zh ? '说明' : 'Notes'}`, '', ...args.notes.map((n) => `- ${n}`)]
      : []),
    '',
  ];
  return lines.join('\n');
}
