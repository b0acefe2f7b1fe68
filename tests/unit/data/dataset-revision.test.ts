import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledJson, repoPath } from '../../fixtures/load';

/**
 * The corrections of dataset 2.0.0 (issue 10), one by one, and the changelog that lists them: each
 * would fail on the 1.0.0 data.
 */
const dataset = bundledJson();
const effort = (id: string) => {
  const e = dataset.efforts.find((x) => x.id === id);
  if (!e) throw new Error(`no effort ${id}`);
  return e;
};
const organisation = (id: string) => {
  const o = dataset.organisations.find((x) => x.id === id);
  if (!o) throw new Error(`no organisation ${id}`);
  return o;
};

describe('dataset 2.0.0', () => {
  it('has the counts data/README.md and data/CHANGELOG.md give', () => {
    const measures = dataset.efforts.flatMap((e) => e.measures);
    const count = (q: string) => measures.filter((m) => m.qualifier === q).length;
    expect(dataset.datasetVersion).toBe('2.0.0');
    expect(dataset.schemaVersion).toBe(2);
    expect(dataset.efforts).toHaveLength(51);
    expect(dataset.efforts.filter((e) => e.date !== null)).toHaveLength(6);
    expect([measures.length, count('exact'), count('at-least'), count('approx')]).toEqual([48, 26, 20, 2]);
    expect(dataset.organisations).toHaveLength(49);
    expect(dataset.organisations.filter((o) => o.typeBasis.kind === 'inferred')).toHaveLength(11);
    expect(dataset.organisationTypes).toHaveLength(10);
    expect(dataset.activities).toHaveLength(17);
    expect(dataset.efforts.flatMap((e) => e.addresseeIds ?? [])).toHaveLength(5);
  });

  it('types 统战委员 as a post of the Party’s united-front work, not as representative figures', () => {
    const o = organisation('nanchong-uf-committee-members');
    expect(o.type).toBe('united-front-department');
    expect(o.typeBasis.kind).toBe('inferred');
    expect(o.name.en).toMatch(/^Party committee members in charge of united-front work/);
    const rep = dataset.organisationTypes.find((t) => t.id === 'representative-individuals');
    expect(`${rep?.description?.zh}${rep?.description?.en}`).not.toContain('统战委员');
  });

  it('dates no Jiangyang effort by the outbreak of 28 August', () => {
    const jiangyang = dataset.efforts.filter((e) => e.regionCode === '510502');
    expect(jiangyang).toHaveLength(6);
    expect(jiangyang.map((e) => e.date)).toEqual(jiangyang.map(() => null));
  });

  it('records appeal recipients as addressees, not actors', () => {
    expect(effort('nanchong-ocf-initiative')).toMatchObject({
      organisationIds: ['nanchong-ocf'],
      addresseeIds: ['nanchong-overseas-chinese-chamber'],
    });
    expect(effort('jiangyang-initiative-letter').addresseeIds).toEqual([
      'jiangyang-democratic-parties',
      'jiangyang-uf-associations',
      'jiangyang-private-enterprises',
      'jiangyang-religious-bodies',
    ]);
    expect(effort('nanchong-democratic-parties-donations').activities).not.toContain('donations');
  });

  it('keeps the inference out of the English names of the two volunteer brands', () => {
    expect(organisation('jiangyang-nonggong-weiai').name.en).toBe('“Nonggong Weiai”');
    expect(organisation('jiangyang-zhiyuan').name.en).toBe('“Jiangyang Zhiyuan”');
    for (const id of ['jiangyang-nonggong-weiai', 'jiangyang-zhiyuan', 'dongqu-health-workers-association']) {
      expect(organisation(id).typeBasis.kind, id).toBe('inferred');
    }
  });

  it('maps the activities a careful reader found missing', () => {
    const has = (id: string, activity: string) => expect(effort(id).activities, id).toContain(activity);
    has('panzhihua-detianduhou-meals', 'donations');
    has('chengdu-ufd-community-volunteering', 'coordination');
    has('jiangyang-volunteer-brands', 'community-volunteering');
    has('aba-erab-relief-supplies', 'protective-supplies');
    has('liangshan-volunteers-assistants', 'food-supplies');
    has('neijiang-ufd-testing-sites', 'publicity');
    has('liangshan-volunteers-services', 'publicity');
    has('dazhou-tongxin-team-static-management', 'door-to-door');
    expect(effort('miyi-shunda-photo-caption')).toMatchObject({
      organisationIds: ['miyi-shunda-transport'],
      quote: '▲米易县顺达运业有限公司运送核酸检测物资',
      measures: [],
    });
  });

  it('writes summaries that say what the text says', () => {
    expect(effort('sichuan-initiative-letters').summary.zh).toContain('等民主党派和统战团体');
    expect(effort('neijiang-ufd-volunteer-team').summary.zh).not.toContain('每天');
    expect(effort('liangshan-ufd-mobilisation').summary.en).toContain('cadres and staff');
    expect(effort('aba-erab-relief-supplies').summary.en).toContain('key epidemic counties');
    expect(effort('aba-erab-relief-supplies').summary.en).not.toContain('worst-hit');
    expect(effort('ziyang-uf-lockdown-support').quote).toContain('激活社区静默党员');
    expect(effort('jiangyang-uf-members-response').summary.zh).not.toContain('全员核酸检测');
  });

  it('lists in the changelog only ids that exist, including the new and re-roled efforts', () => {
    const changelog = readFileSync(repoPath('data/CHANGELOG.md'), 'utf8');
    const ids = new Set([
      dataset.id,
      ...dataset.efforts.map((e) => e.id),
      ...dataset.organisations.map((o) => o.id),
    ]);
    const vocab = new Set([
      ...dataset.activities.map((a) => a.id),
      ...dataset.organisationTypes.map((t) => t.id),
      ...dataset.units.map((u) => u.id),
    ]);
    const named = [...changelog.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)+)`/g)].map((m) => m[1]!);
    expect(named.filter((id) => !ids.has(id) && !vocab.has(id))).toEqual([]);
    for (const id of ['miyi-shunda-photo-caption', 'nanchong-ocf-initiative', 'jiangyang-uf-overview']) {
      expect(named, id).toContain(id);
    }
  });
});
