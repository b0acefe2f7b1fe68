import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import {
  effortsOfOrganisation,
  figuresOfOrganisation,
  regionsOfOrganisation,
} from '../../../src/aggregates/organisation';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

function dataset() {
  const json = miniDatasetJson();
  // Chengdu's UFD appeals to the democratic parties (who act in Panzhihua's donation).
  json.efforts[0]!.addresseeIds = ['parties'];
  return buildDataset(json);
}

describe('efforts of an organisation', () => {
  const ds = dataset();

  it('lists every effort it acted in across regions, in dataset order, with its role', () => {
    expect(effortsOfOrganisation(ds, 'pzh-firm').map((e) => [e.effort.id, e.role])).toEqual([
      ['pzh-transport', 'actor'],
      ['pzh-donation', 'actor'],
    ]);
  });

  it('includes efforts addressed to it, as addressee', () => {
    expect(effortsOfOrganisation(ds, 'parties').map((e) => [e.effort.id, e.role])).toEqual([
      ['cd-volunteers', 'addressee'],
      ['pzh-donation', 'actor'],
    ]);
  });

  it('counts an organisation named as actor and addressee of one effort as actor, once', () => {
    const json = miniDatasetJson();
    json.efforts[0]!.addresseeIds = ['cd-ufd'];
    const both = effortsOfOrganisation(buildDataset(json), 'cd-ufd');
    expect(both.map((e) => [e.effort.id, e.role])).toEqual([['cd-volunteers', 'actor']]);
  });

  it('is empty for an unknown organisation', () => {
    expect(effortsOfOrganisation(ds, 'nobody')).toEqual([]);
    expect(regionsOfOrganisation(ds, 'nobody')).toEqual([]);
    expect(figuresOfOrganisation(ds, 'nobody')).toEqual([]);
  });
});

describe('figures of an organisation', () => {
  const ds = dataset();

  it('takes figures only from efforts it acted in, with their paths, never dividing shared ones', () => {
    const figures = figuresOfOrganisation(ds, 'pzh-firm');
    expect(figures.map((f) => [f.figure, f.path, f.sharedWith])).toEqual([
      ['80余人次', 'efforts[1].measures[0]', 0],
      ['58人', 'efforts[1].measures[1]', 0],
      ['16.8万元', 'efforts[2].measures[0]', 1],
      ['数千人次', 'efforts[2].measures[1]', 1],
    ]);
    // The donation's figure is shared with the democratic parties, whole, not halved.
    expect(figures[2]).toMatchObject({ value: 168000, qualifier: 'exact', quote: '捐资16.8万元' });
  });

  it('leaves out the figures of an appeal it was only addressed by', () => {
    expect(figuresOfOrganisation(ds, 'parties').map((f) => f.effortId)).toEqual([
      'pzh-donation',
      'pzh-donation',
    ]);
  });
});

describe('regions of an organisation', () => {
  const ds = dataset();

  it('rolls counties up to their prefecture and counts by role', () => {
    expect(regionsOfOrganisation(ds, 'pzh-firm')).toEqual([{ code: '510400', actor: 2, addressee: 0 }]);
  });

  it('keeps each role apart and orders by number of efforts, then code', () => {
    expect(regionsOfOrganisation(ds, 'parties')).toEqual([
      { code: '510100', actor: 0, addressee: 1 },
      { code: '510400', actor: 1, addressee: 0 },
    ]);
  });

  it('puts the region with most efforts first, addressed ones counted too, whatever came first', () => {
    const json = miniDatasetJson();
    // Chengdu's UFD acts in Chengdu (first effort); both Panzhihua efforts are addressed to it.
    json.efforts[1]!.addresseeIds = ['cd-ufd'];
    json.efforts[2]!.addresseeIds = ['cd-ufd'];
    expect(regionsOfOrganisation(buildDataset(json), 'cd-ufd')).toEqual([
      { code: '510400', actor: 0, addressee: 2 },
      { code: '510100', actor: 1, addressee: 0 },
    ]);
  });

  it('orders regions with as many efforts by code, not by the order they were met', () => {
    const json = miniDatasetJson();
    json.efforts[0]!.addresseeIds = ['parties'];
    json.efforts.reverse();
    expect(regionsOfOrganisation(buildDataset(json), 'parties').map((r) => r.code)).toEqual([
      '510100',
      '510400',
    ]);
  });
});
