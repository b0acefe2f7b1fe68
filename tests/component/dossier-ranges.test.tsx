import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RegionDossier } from '../../src/features/dossier/region-dossier';
import { useVisibleSet } from '../../src/store/visible-set';
import { buildDataset } from '../../src/data/model';
import { useAtlasStore } from '../../src/store/store';
import { miniDatasetJson } from '../fixtures/mini-dataset';
import { renderWithDataset } from './support/render';

function Dossier(): React.ReactNode {
  const data = useVisibleSet();
  return data ? <RegionDossier data={data} /> : null;
}

/** The mini dataset, with the Panzhihua donation addressed to Chengdu's UFD (an appeal's recipient). */
function withAddressee() {
  const json = miniDatasetJson();
  json.efforts[2]!.addresseeIds = ['cd-ufd'];
  return buildDataset(json);
}

const card = (text: string): HTMLElement => screen.getByText(text).closest('article')!;

describe('RegionDossier: ranges, inferred types and addressees', () => {
  it('shows 数千 with its words and its range, never as 2000 (zh)', () => {
    useAtlasStore.getState().selectRegion('510400');
    renderWithDataset(<Dossier />);
    const donation = card('捐款');
    const figures = [...donation.querySelectorAll('.measure strong')].map((f) => f.textContent);
    expect(figures).toEqual(['16.8万元', '数千人次 · 2,000–9,999']);
    expect(donation.textContent).not.toMatch(/2000人次|2,000人次/);
    // The range is kept on one line (not broken at its dash).
    expect(donation.querySelector('.measure__range')?.textContent).toBe('2,000–9,999');
  });

  it('shows the range in English with its words', () => {
    useAtlasStore.getState().applyView({ lang: 'en' });
    useAtlasStore.getState().selectRegion('510400');
    renderWithDataset(<Dossier />);
    const donation = card('Donation');
    const strong = [...donation.querySelectorAll('.measure strong')].map((f) => f.textContent);
    expect(strong).toContain('several thousand person-times (2,000–9,999)');
  });

  it('marks an inferred type as inferred, with its reason as a title and in a note', () => {
    useAtlasStore.getState().selectRegion('510400');
    renderWithDataset(<Dossier />);
    const transport = card('转运');
    const firm = transport.querySelector('[data-org-id="pzh-firm"]')!;
    expect(firm).toHaveTextContent('某运业公司 · 民营企业推断');
    const mark = within(firm as HTMLElement).getByText('推断');
    expect(mark).toHaveAttribute('title', '类型为推断：按所在章节推断');
    const note = within(transport).getByText('类型为推断的依据（1）').closest('details')!;
    expect(note).toHaveTextContent('某运业公司：按所在章节推断');
    // A stated type carries no mark.
    const donation = card('捐款');
    expect(donation.querySelector('[data-org-id="parties"] .tag__basis')).toBeNull();
  });

  it('says "basis not recorded" for files that do not record it, and "inferred" in English', () => {
    const json = miniDatasetJson();
    json.organisations[2]!.typeBasis = { kind: 'unrecorded' };
    useAtlasStore.getState().applyView({ lang: 'en' });
    useAtlasStore.getState().selectRegion('510400');
    renderWithDataset(<Dossier />, buildDataset(json));
    const donation = card('Donation');
    const parties = donation.querySelector('[data-org-id="parties"]') as HTMLElement;
    expect(within(parties).getByText('basis not recorded')).toHaveAttribute(
      'title',
      'This file does not record whether the type is stated by the text or inferred',
    );
    const firm = donation.querySelector('[data-org-id="pzh-firm"]') as HTMLElement;
    expect(within(firm).getByText('inferred')).toHaveAttribute(
      'title',
      'Type inferred: From the section it is in',
    );
  });

  it('lists the addressees of an appeal apart, never among the organisations that acted', () => {
    useAtlasStore.getState().selectRegion('510400');
    renderWithDataset(<Dossier />, withAddressee());
    const donation = card('捐款');
    const addressees = within(donation).getByTestId('addressees');
    expect(addressees.previousElementSibling).toHaveTextContent('倡议对象');
    expect(within(addressees).getByText('成都市委统战部')).toBeInTheDocument();
    const actors = donation.querySelector('.tags--actor')!;
    expect(actors.textContent).not.toContain('成都市委统战部');
    expect([...actors.querySelectorAll('[data-org-id]')].map((li) => li.getAttribute('data-org-id'))).toEqual(
      ['pzh-firm', 'parties'],
    );
    // An effort without addressees has no such entry.
    expect(within(card('转运')).queryByTestId('addressees')).toBeNull();
  });
});
