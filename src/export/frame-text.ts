import type { Dataset, EffortRecord } from '../data/model';
import { contributingMembers } from '../aggregates/union';
import { translate } from '../i18n/i18n';
import type { Lang, ViewState } from '../domain/view';
import { datasetVersionText, exportDateText, sourceCitation } from './citation';
import { exportTitle, viewInWords, type ExportTarget } from './describe';
import type { FrameText } from './frame';

/** The words printed inside an exported image, in the interface language. */
export function imageFrameText(args: {
  dataset: Dataset;
  view: ViewState;
  visible: readonly EffortRecord[];
  target: ExportTarget;
  permalink: string;
  now: Date;
}): FrameText {
  const { dataset, view, now } = args;
  const lang: Lang = view.lang;
  // Every report that contributed to the view is cited (one line each), with its dataset version.
  const reports = contributingMembers(dataset, args.visible);
  return {
    title: exportTitle(dataset, view, args.target, lang),
    subtitle: viewInWords(dataset, view, args.visible, lang),
    footer: [
      ...reports.map((m) => translate(lang, 'sourceLine', { citation: sourceCitation(m.source, lang) })),
      translate(lang, 'viewLine', { app: translate(lang, 'appTitle'), permalink: args.permalink }),
      translate(lang, 'dataNote'),
      reports.map((m) => datasetVersionText(m, lang)).join(translate(lang, 'reportSep')),
      translate(lang, 'exportedAt', { date: exportDateText(now, lang) }),
    ],
  };
}
