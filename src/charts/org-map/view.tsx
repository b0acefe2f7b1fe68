import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import type { OrganisationRegion } from '../../aggregates/organisation';
import type { Dataset } from '../../data/model';
import { translate } from '../../i18n/i18n';
import { shortRegionName } from '../../i18n/region-names';
import { EChart } from '../chart';
import { mapQueryOptions } from '../geo';
import { useChartContext } from '../use-chart-context';
import { buildOrgMapOption, type OrgMapModel } from './build-org-map-option';

/**
 * The small map of an organisation's profile (loaded with the profile, never on the first screen).
 * The list beside it (in the profile) carries the same facts as text.
 */
export default function OrgMap({
  dataset,
  name,
  regions,
}: {
  dataset: Dataset;
  /** The organisation's name in the interface language. */
  name: string;
  regions: readonly OrganisationRegion[];
}): ReactNode {
  const ctx = useChartContext();
  const geo = useQuery(mapQueryOptions(null));
  const model = useMemo((): OrgMapModel | null => {
    if (!geo.data) return null;
    const roles = new Map(regions.map((r) => [r.code, r.actor > 0 ? 'actor' : 'addressee'] as const));
    return {
      mapName: geo.data.name,
      organisation: name,
      regions: geo.data.features.map((f) => {
        const region = dataset.regionByCode.get(f.code);
        return {
          code: f.code,
          name: region ? shortRegionName(region, ctx.lang) : f.name,
          role: roles.get(f.code) ?? null,
        };
      }),
    };
  }, [geo.data, regions, dataset, name, ctx.lang]);
  const option = useMemo(() => (model ? buildOrgMapOption(model, ctx) : null), [model, ctx]);
  if (geo.isError) return <p role="alert">{geo.error.message}</p>;
  if (!option) return <div className="org-map chart--loading" aria-busy="true" />;
  return (
    <EChart
      chartId="org-map"
      className="org-map"
      testId="org-map"
      option={option}
      label={translate(ctx.lang, 'orgMapLabel', { name })}
    />
  );
}
