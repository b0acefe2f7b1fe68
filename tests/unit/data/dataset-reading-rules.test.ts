import { describe, expect, it } from 'vitest';
import { bundledJson, readSourceText } from '../../fixtures/load';

/**
 * The "Reading rules" of data/README.md, held against the bundled dataset where they can be checked
 * mechanically: ranges for vague amounts, a type basis for every organisation, and every claim of an
 * effort (its date, figures, places, numbers and quoted terms) found inside the effort's own quote.
 */
const source = readSourceText();
const dataset = bundledJson();
/** The raw file, to see which keys a record has (the parser rebuilds objects). */
const raw = bundledJson() as unknown as {
  efforts: Array<{ id: string; measures: Array<Record<string, unknown>> }>;
};
const regionByCode = new Map(dataset.regions.map((r) => [r.code, r]));

/**
 * Efforts dated by a date at the head of the same actor's continuing narrative (README, rule D1),
 * rather than in their own sentence. Anything else must carry its date inside its own quote.
 */
const DATED_BY_CONTINUATION = ['anzhou-ufd-volunteers-site-work', 'neijiang-ufd-volunteer-team'];

/** Digit runs (with a decimal part) in a text, as numbers; "COVID-19" is a name, not a number. */
const numbersIn = (text: string): number[] =>
  [...text.replace(/COVID-19/g, '').matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) =>
    Number(m[0].replace(/,/g, '')),
  );

describe('reading rules (data/README.md)', () => {
  it('gives an approximate figure a range and no single value; every other figure a value', () => {
    for (const e of raw.efforts) {
      for (const m of e.measures) {
        const at = `${e.id} ${String(m.figure)}`;
        if (m.qualifier === 'approx') {
          expect(m, at).not.toHaveProperty('value');
          expect(typeof m.low, at).toBe('number');
          if (m.high !== undefined) expect(m.high as number, at).toBeGreaterThanOrEqual(m.low as number);
        } else {
          expect(typeof m.value, at).toBe('number');
          expect(m, at).not.toHaveProperty('low');
          expect(m, at).not.toHaveProperty('high');
        }
      }
    }
  });

  it('records for every organisation whether the text states its type or it is inferred, and from what', () => {
    for (const o of dataset.organisations) {
      expect(['stated', 'inferred'], o.id).toContain(o.typeBasis.kind);
      if (o.typeBasis.kind === 'inferred') {
        expect(o.typeBasis.reason.zh.length, o.id).toBeGreaterThan(5);
        expect(o.typeBasis.reason.en.length, o.id).toBeGreaterThan(10);
      }
    }
  });

  it('quotes every measure from inside its effort quote', () => {
    for (const e of dataset.efforts) {
      for (const m of e.measures) expect(e.quote, `${e.id} ${m.figure}`).toContain(m.quote);
    }
  });

  it('dates an effort only by a date in its own quote, or at the head of its continuing narrative', () => {
    for (const e of dataset.efforts) {
      if (!e.date || e.quote.includes(e.date.quote)) continue;
      expect(DATED_BY_CONTINUATION, `${e.id}: date "${e.date.quote}" is not in its quote`).toContain(e.id);
      const at = source.indexOf(e.quote);
      const dateAt = source.lastIndexOf(e.date.quote, at);
      expect(dateAt, e.id).toBeGreaterThan(-1);
      const between = source.slice(dateAt + e.date.quote.length, at);
      // No other date, and no section heading ("绵阳:…"), between the date and the effort.
      expect(between, e.id).not.toMatch(/\d+月\d+日/);
      expect(between, e.id).not.toMatch(/\n[^\n,，。]{1,4}[:：][^\n]*\n/);
    }
    // The list holds only efforts that need it.
    for (const id of DATED_BY_CONTINUATION) {
      const e = dataset.efforts.find((x) => x.id === id);
      expect(e?.date && !e.quote.includes(e.date.quote), id).toBe(true);
    }
  });

  it('names every further place of an effort inside its quote', () => {
    for (const e of dataset.efforts) {
      for (const code of e.placeCodes ?? []) {
        const name = regionByCode.get(code)?.zh ?? code;
        // 阿坝县 may be written 阿坝, 马尔康市 马尔康; 东区 stays 东区.
        const short = name.length > 2 ? name.replace(/[县市]$/, '') : name;
        expect(e.quote, `${e.id} ${code} ${name}`).toContain(short);
      }
    }
  });

  it('takes every number of a summary from its quote or its figures', () => {
    for (const e of dataset.efforts) {
      const inQuote = new Set(numbersIn(e.quote));
      const amounts = new Set(
        e.measures.flatMap((m) => (m.qualifier === 'approx' ? [m.low, m.high ?? m.low] : [m.value])),
      );
      for (const n of numbersIn(e.summary.zh)) expect(inQuote.has(n), `${e.id} zh ${n}`).toBe(true);
      for (const n of numbersIn(e.summary.en)) {
        expect(inQuote.has(n) || amounts.has(n), `${e.id} en ${n}`).toBe(true);
      }
    }
  });

  it('takes every quoted term of a Chinese summary (“双报到”, “十户长”…) from its quote or its actors’ names', () => {
    const nameOf = new Map(dataset.organisations.map((o) => [o.id, o.name.zh]));
    for (const e of dataset.efforts) {
      const names = [...e.organisationIds, ...(e.addresseeIds ?? [])].map((id) => nameOf.get(id) ?? '');
      for (const [, term] of e.summary.zh.matchAll(/“([^”]+)”/g)) {
        const found = e.quote.includes(term!) || names.some((n) => n.includes(term!));
        expect(found, `${e.id} “${term}”`).toBe(true);
      }
    }
  });

  it('keeps addressees apart from actors and known', () => {
    const orgIds = new Set(dataset.organisations.map((o) => o.id));
    for (const e of dataset.efforts) {
      for (const id of e.addresseeIds ?? []) {
        expect(orgIds.has(id), `${e.id} ${id}`).toBe(true);
        expect(e.organisationIds, `${e.id} ${id}`).not.toContain(id);
      }
    }
  });
});
