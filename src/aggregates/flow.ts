import type { EffortRecord } from '../data/model';

/** A link of the flow diagram: how many efforts combine its two ends (a count, never a sum of figures). */
export interface FlowLink {
  from: string;
  to: string;
  efforts: number;
}

/** A node: an organisation type, an activity or a region, with the efforts it takes part in. */
export interface FlowNode {
  id: string;
  efforts: number;
}

/**
 * Organisation type → activity → region, in counts of efforts. An effort with two types and three
 * activities is in each of the six type → activity links: a link counts the efforts that combine
 * its ends, and a node counts each of its efforts once (not the sum of its links).
 */
export interface FlowCounts {
  /** Efforts counted. */
  total: number;
  /** Types, activities and regions with at least one effort, in first-seen order of the input. */
  types: FlowNode[];
  activities: FlowNode[];
  /** Prefecture codes; an effort for the whole province goes to its own region (the province). */
  regions: FlowNode[];
  typeActivity: FlowLink[];
  activityRegion: FlowLink[];
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

const SEP = '\u0000';

function links(map: Map<string, number>): FlowLink[] {
  return [...map].map(([key, efforts]) => {
    const [from = '', to = ''] = key.split(SEP);
    return { from, to, efforts };
  });
}

const nodes = (map: Map<string, number>): FlowNode[] => [...map].map(([id, efforts]) => ({ id, efforts }));

/** The region an effort is drawn at in the flow: its prefecture, or its own region (the province). */
export function flowRegionOf(effort: EffortRecord): string {
  return effort.prefectureCode ?? effort.regionCode;
}

/** Count the efforts of each type, activity and region, and of each type → activity → region link. */
export function flowCounts(efforts: readonly EffortRecord[]): FlowCounts {
  const types = new Map<string, number>();
  const activities = new Map<string, number>();
  const regions = new Map<string, number>();
  const typeActivity = new Map<string, number>();
  const activityRegion = new Map<string, number>();
  for (const effort of efforts) {
    const region = flowRegionOf(effort);
    const effortTypes = new Set(effort.organisationTypes);
    const effortActivities = new Set(effort.activities);
    bump(regions, region);
    for (const type of effortTypes) bump(types, type);
    for (const activity of effortActivities) {
      bump(activities, activity);
      bump(activityRegion, `${activity}${SEP}${region}`);
      for (const type of effortTypes) bump(typeActivity, `${type}${SEP}${activity}`);
    }
  }
  return {
    total: efforts.length,
    types: nodes(types),
    activities: nodes(activities),
    regions: nodes(regions),
    typeActivity: links(typeActivity),
    activityRegion: links(activityRegion),
  };
}
