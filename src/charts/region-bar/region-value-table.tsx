import type { ReactNode } from 'react';
import { shortRegionName } from '../../i18n/region-names';
import type { Dataset } from '../../data/model';
import { amountQualifierLabel, formatAmount, formatAmountWords, type Amount } from '../../i18n/format';
import { translate } from '../../i18n/i18n';
import type { RegionValue } from '../../aggregates/aggregate-regions';
import { useAtlasStore } from '../../store/store';
import type { Lang, Metric } from '../../domain/view';
import { metricLabel } from '../../i18n/metric-label';
import { TableWrap } from '../../ui/table-wrap';
import { useLang } from '../../store/visible-set';
import { regionAmount } from '../chart-common';

/**
 * A figure and its words as two unbreakable pieces ("2,000–9,999" · "（数千人次）"): on a narrow
 * screen the words go to the next line rather than the range breaking at its dash.
 */
function AmountCell({ amount, lang }: { amount: Amount; lang: Lang }): ReactNode {
  const short = formatAmount(amount, lang);
  const full = formatAmountWords(amount, lang);
  const rest = full.startsWith(short) ? full.slice(short.length) : '';
  return (
    <>
      <span className="amount__part">{rest ? short : full}</span>
      {rest ? <span className="amount__part">{rest}</span> : null}
    </>
  );
}

/** The data-table alternative of the map and the region bars: same values, same filters. */
export function RegionValueTable({
  dataset,
  values,
  metric,
}: {
  dataset: Dataset;
  values: readonly RegionValue[];
  metric: Metric;
}): ReactNode {
  const lang = useLang();
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  const selected = useAtlasStore((s) => s.view.selectedRegion);
  const rows = [...values].sort(
    (a, b) =>
      Number(b.status === 'value') - Number(a.status === 'value') ||
      (b.low ?? -1) - (a.low ?? -1) ||
      (b.high ?? Infinity) - (a.high ?? Infinity) ||
      a.code.localeCompare(b.code),
  );
  return (
    <TableWrap label={metricLabel(metric, dataset, lang)}>
      <table className="data-table" data-testid="region-table">
        <caption>{metricLabel(metric, dataset, lang)}</caption>
        <thead>
          <tr>
            <th scope="col">{translate(lang, 'region')}</th>
            <th scope="col">{translate(lang, 'value')}</th>
            <th scope="col">{translate(lang, 'qualifier')}</th>
            <th scope="col">{translate(lang, 'effortsCount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((v) => {
            const region = dataset.regionByCode.get(v.code);
            const amount = regionAmount(v);
            return (
              <tr key={v.code} aria-current={v.code === selected ? 'true' : undefined}>
                <th scope="row" className="region-table__name">
                  <button type="button" className="link-button" onClick={() => selectRegion(v.code)}>
                    {region ? shortRegionName(region, lang) : v.code}
                  </button>
                </th>
                <td className="num">
                  {amount ? (
                    <AmountCell amount={amount} lang={lang} />
                  ) : (
                    translate(lang, v.status === 'not-covered' ? 'notCovered' : 'notReported')
                  )}
                </td>
                <td>{amount ? amountQualifierLabel(amount, lang) : '—'}</td>
                <td className="num">{v.effortCount}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
