import type { VocabularyEntry } from '../data/schema';
import { findDatePhrases } from './dates';
import { CN_DIGITS } from './numerals';

/**
 * The figure detector of the annotation workbench (issue 14): every figure of a Chinese passage,
 * proposed with the value, range, unit and qualifier the reading rules of data/README.md give it
 * (16.8万元 → 168000 yuan exact; 350余万元 → at least 3,500,000; 数千人次 → 2000–9999 approx;
 * 十余人 → at least 10 persons). Pure and deterministic; the user confirms, edits or dismisses.
 *
 * Units come from the dataset's own vocabulary (`units`, matched on their Chinese words); a word the
 * vocabulary does not have gives `unit: null` (a general measure word such as 只 or 辆 is still read
 * into the figure's text). Chinese numerals need a vocabulary word or a magnitude (数千只, 两千余瓶).
 * Dates, times of day, timestamps, years, section numbers, ordinals (第三批), percentages and
 * percentage points (unless the vocabulary has a unit written %), and numerals inside quoted names
 * (“十户长”, “两个暂停”) are never proposed.
 */

export type Qualifier = 'exact' | 'at-least' | 'approx';

export interface DetectedFigure {
  /** The figure exactly as written: qualifier words, number, measure word (and, for 个/家, the noun). */
  text: string;
  /** Offsets of `text` in the passage (end exclusive). */
  start: number;
  end: number;
  /**
   * For a count of people by 名/位 (63名统战干部), the figure with the noun counted, when one follows;
   * the reading rules include the noun only for 个/家, but a researcher may want it. Else null.
   */
  withNoun: string | null;
  /** The number as written, with 万/亿 expanded (350余万 → 3500000); null for 数千 / 数家. */
  stated: number | null;
  /** Exact and at-least figures: the value (the lower bound for at-least). Null for approx. */
  value: number | null;
  /** Approximate figures: the range the words allow, inclusive; null where the words set none. */
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** A `units` id of the vocabulary, or null when the measure word is not in it. */
  unit: string | null;
  /** The measure word read after the number ("人次", "个", "万元"), '' when there is none. */
  measureWord: string;
}

type UnitVocabulary = ReadonlyArray<Pick<VocabularyEntry, 'id' | 'zh'>>;

/**
 * Measure words that mean the same as a word a vocabulary is likely to use (general Chinese, not
 * this report's): people are counted with 名/位 as well as 人, rounds as 轮次, hours as 个小时.
 */
const ALIASES: Record<string, string> = {
  名: '人',
  位: '人',
  轮次: '轮',
  个小时: '小时',
  个钟头: '小时',
  场次: '场',
  辆车: '辆',
};

/**
 * General Chinese measure words (not any report's), read into a figure whose unit the vocabulary
 * lacks, so the proposal reads as written (口罩数千只, 出动车辆12辆) and the user picks or adds the
 * unit. The vocabulary's own words always win.
 */
const GENERAL_MEASURE_WORDS = [
  // (万 and 亿 are read into the number before a measure word is looked for: 万元 reads 元.)
  ...['公斤', '千克'],
  ...'只件箱瓶袋份盒套台辆顶把张条包桶吨斤双副支块册本批座间所处场项次元',
];

/**
 * After a number in Chinese numerals with a magnitude (数十, 几百, 两千): words that make it a span of
 * time or a ratio, not a count (数十年如一日, 数百倍).
 */
const NOT_A_COUNT_AFTER = ['年', '岁', '倍', '代', '世纪', '周年'];

/** Classifiers that count a noun written after them (6个民主党派, 数家民营企业, 63名统战干部). */
const NOUN_CLASSIFIERS = new Set(['个', '家', '名', '位']);
/** Of those, the ones whose noun is part of the figure (data/README.md, `figure`). */
const NOUN_IN_FIGURE = new Set(['个', '家']);

/**
 * Words that end the noun after a classifier: conjunctions, prepositions and the verbs and adverbs
 * that commonly open a predicate. General Chinese, kept short; the user can always extend a figure.
 */
const NOUN_STOPS = [
  '及',
  '和',
  '与',
  '或',
  '等',
  '的',
  '在',
  '到',
  '对',
  '向',
  '为',
  '从',
  '于',
  '把',
  '被',
  '将',
  '已',
  '都',
  '也',
  '还',
  '并',
  '共',
  '累计',
  '主动',
  '积极',
  '就地',
  '按照',
  '第一',
  '全面',
  '严格',
  '参与',
  '参加',
  '加入',
  '开展',
  '完成',
  '覆盖',
  '投入',
  '奔赴',
  '深入',
  '慷慨',
  '先后',
  '分别',
];
const NOUN_MAX = 10;
/** Time words after 个 (3个月, 2个星期): durations, never counted nouns. */
const DURATIONS = ['月', '星期', '礼拜', '工作日', '周'];

const CN_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MAGNITUDE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };

/** Words before a number that qualify it, longest first. */
const PREFIXES: Array<[string, 'at-least' | 'about' | 'nearly']> = [
  ['超过', 'at-least'],
  ['将近', 'nearly'],
  ['接近', 'nearly'],
  ['大约', 'about'],
  ['超', 'at-least'],
  ['逾', 'at-least'],
  ['约', 'about'],
  ['近', 'nearly'],
];

/** Characters before 数/几 that make it part of a word (少数民族, 人数, 半数), not "several". */
const NOT_SEVERAL_BEFORE = new Set([...'少多无半人总次分岁倍系指函参变级点票算']);

const isCjk = (c: string | undefined): boolean => c !== undefined && /[\u4e00-\u9fff]/.test(c);
const isArabic = (c: string | undefined): boolean => c !== undefined && /[0-9０-９]/.test(c);
const OPEN_QUOTES = new Set([...'“‘「『《"\'']);
const CLAUSE_BREAK = /[。；;！!？?\n]/;

interface UnitWord {
  word: string;
  unit: string;
  /** A word that, found in the clause, chooses this unit among units sharing the measure word. */
  context: string | null;
}

/** The measure words of a vocabulary: 个/家 → two words, 件(问题) → 件 in the context of 问题. */
function unitWords(units: UnitVocabulary): { words: UnitWord[]; nouns: UnitWord[] } {
  const words: UnitWord[] = [];
  for (const u of units) {
    for (const part of u.zh.split(/[/／、]/)) {
      const m = /^(.*?)[(（](.*?)[)）]$/.exec(part.trim());
      const main = (m?.[1] ?? part).trim();
      const paren = m?.[2]?.trim() ?? null;
      if (main) words.push({ word: main, unit: u.id, context: paren });
      if (paren) words.push({ word: paren, unit: u.id, context: null });
    }
  }
  for (const [alias, target] of Object.entries(ALIASES)) {
    for (const w of words.filter((x) => x.word === target)) words.push({ ...w, word: alias });
  }
  // Nouns a classifier may count (个乡镇, 个核酸检测点): vocabulary words of two or more characters,
  // without a leading 个 (个宗教活动场所 → 宗教活动场所).
  const nouns = words
    .map((w) => ({ ...w, word: w.word.replace(/^个/, '') }))
    .filter((w) => w.word.length >= 2 && !(w.word in ALIASES));
  return { words, nouns };
}

/** Chinese numerals (两万, 三十, 一百二十, 十, 一亿两千万) as a number, or null. */
function readChineseNumber(text: string): number | null {
  // 亿 scales everything before it; 万 only what came after the last 亿 (一亿两千万 = 120,000,000).
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of text) {
    // 零 holds an empty place after a unit (三亿零五百万, 一千零五十): nothing to add.
    if (c === '零' && digit === null && yi + wan + section > 0) continue;
    if (c in CN_DIGITS) {
      if (digit !== null) return null; // 二〇二二-style digit strings are not counts.
      digit = CN_DIGITS[c] ?? 0;
    } else if (c in CN_SMALL_UNIT) {
      section += (digit ?? 1) * (CN_SMALL_UNIT[c] ?? 0);
      digit = null;
    } else if (c === '万') {
      wan = (wan + section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = null;
    } else if (c === '亿') {
      yi = (yi + wan + section + (digit ?? 0)) * 100_000_000;
      wan = 0;
      section = 0;
      digit = null;
    } else return null;
  }
  return yi + wan + section + (digit ?? 0);
}

interface Span {
  start: number;
  end: number;
}

/** Dates, timestamps and times of day: never figures. */
function maskedSpans(passage: string): Span[] {
  const spans: Span[] = findDatePhrases(passage).map(({ start, end }) => ({ start, end }));
  const patterns = [
    /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?/g,
    /\d{1,2}[:：]\d{2}(?:[:：]\d{2})?/g,
    /[0-9０-９]{1,4}年/g,
    /[0-9０-９]+(?:[点时](?!次)|[月号])/g,
  ];
  for (const re of patterns) {
    for (const m of passage.matchAll(re)) {
      // 时 of 小时 is a duration; "24小时" never reaches here (the digit is followed by 小).
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans;
}

interface NumberToken {
  end: number;
  stated: number | null;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  chinese: boolean;
  /** 数 or 几 with no magnitude: "several" of what follows (2–9). */
  severalUnits: boolean;
}

/** Reads 余/多 at `i`, returns the new position and whether one was there. */
function readMore(passage: string, i: number): [number, boolean] {
  return passage.charAt(i) === '余' || passage.charAt(i) === '多' ? [i + 1, true] : [i, false];
}

function readMagnitudes(passage: string, i: number, allowed: string): [number, number] {
  let factor = 1;
  while (i < passage.length && allowed.includes(passage.charAt(i))) {
    factor *= MAGNITUDE[passage.charAt(i)] ?? 1;
    i += 1;
  }
  return [i, factor];
}

/** A number starting at `i` (Arabic, Chinese, or 数/几), with 余/多 and 万/亿, or null. */
function readNumber(passage: string, i: number): NumberToken | null {
  const c = passage.charAt(i);
  if (isArabic(c)) {
    const m = /^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:\.[0-9]+)?/.exec(passage.slice(i));
    if (!m) return null;
    const base = Number(
      m[0].replace(/,/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)),
    );
    const [afterMore, moreFirst] = readMore(passage, i + m[0].length);
    // 2千万元, 3千余人; not the 千 of 千米, 千克, 千瓦 (a unit of its own).
    const kilo = passage.charAt(afterMore) === '千' && /[米克瓦]/.test(passage.charAt(afterMore + 1));
    const [afterMagnitude, factor] = kilo ? [afterMore, 1] : readMagnitudes(passage, afterMore, '千万亿');
    const [j, more] = moreFirst ? [afterMagnitude, true] : readMore(passage, afterMagnitude);
    return {
      end: j,
      stated: Math.round(base * factor * 1e6) / 1e6,
      qualifier: more ? 'at-least' : 'exact',
      low: null,
      high: null,
      chinese: false,
      severalUnits: false,
    };
  }
  if (c === '数' || c === '几') {
    if (NOT_SEVERAL_BEFORE.has(passage.charAt(i - 1))) return null;
    const [j, factor] = readMagnitudes(passage, i + 1, '十百千万亿');
    return {
      end: j,
      stated: null,
      qualifier: 'approx',
      low: 2 * factor,
      high: 10 * factor - 1,
      chinese: true,
      severalUnits: factor === 1,
    };
  }
  if (!(c in CN_DIGITS) && c !== '十') return null;
  let j = i;
  let text = '';
  let more = false;
  while (j < passage.length) {
    const d = passage.charAt(j);
    if (d in CN_DIGITS || d in MAGNITUDE) {
      text += d;
      j += 1;
    } else if ((d === '余' || d === '多') && !more && text !== '') {
      more = true;
      j += 1;
    } else break;
  }
  // 十几人, 二十几人, 十数万: a ten and some units (11–19, 21–29, 110,000–190,000).
  const next = passage.charAt(j);
  if (!more && (next === '几' || next === '数') && text.endsWith('十')) {
    const tens = readChineseNumber(text);
    if (tens === null) return null;
    const [k, factor] = readMagnitudes(passage, j + 1, '万亿');
    return {
      end: k,
      stated: null,
      qualifier: 'approx',
      low: (tens + 1) * factor,
      high: (tens + 9) * factor,
      chinese: true,
      severalUnits: false,
    };
  }
  // 余/多 last: "十余" (at least 10); in the middle: "两万余", "十余万" (at least 100,000).
  const value = readChineseNumber(text);
  if (value === null || value === 0) return null;
  return {
    end: j,
    stated: value,
    qualifier: more ? 'at-least' : 'exact',
    low: null,
    high: null,
    chinese: true,
    severalUnits: false,
  };
}

/** The noun after a classifier at `i`: CJK text up to punctuation, a number or a stop word. */
function nounAfter(passage: string, i: number): string {
  let j = i;
  while (j < passage.length && j - i < NOUN_MAX && isCjk(passage.charAt(j))) {
    const rest = passage.slice(j);
    if (NOUN_STOPS.some((w) => rest.startsWith(w))) break;
    if (passage.charAt(j) in CN_DIGITS || passage.charAt(j) === '数') break;
    j += 1;
  }
  return passage.slice(i, j);
}

/** The clause before `i`, for the context of a measure word (帮助解决困难问题18件 → problems). */
function clauseBefore(passage: string, i: number): string {
  let k = i;
  while (k > 0 && !CLAUSE_BREAK.test(passage.charAt(k - 1))) k -= 1;
  return passage.slice(k, i);
}

function chooseUnit(candidates: UnitWord[], clause: string): string | null {
  const first = candidates[0];
  if (first === undefined) return null;
  const inContext = candidates.find((w) => w.context !== null && clause.includes(w.context));
  if (inContext) return inContext.unit;
  return (candidates.find((w) => w.context === null) ?? first).unit;
}

/**
 * Every figure of `passage`, in order. `units` is the dataset's unit vocabulary (its `id` and
 * Chinese word `zh`, e.g. `{id: 'person-times', zh: '人次'}`, `{id: 'organisations', zh: '个/家'}`).
 */
export function detectFigures(passage: string, units: UnitVocabulary): DetectedFigure[] {
  const { words, nouns } = unitWords(units);
  const masked = maskedSpans(passage);
  const inMask = (i: number): boolean => masked.some((s) => i >= s.start && i < s.end);
  const percentUnit = words.find((w) => w.word === '%' || w.word === '％' || w.word === '百分比');
  const found: DetectedFigure[] = [];

  let i = 0;
  while (i < passage.length) {
    const token = readNumber(passage, i);
    if (token === null) {
      i += 1;
      continue;
    }
    const start = i;
    i = Math.max(token.end, i + 1);
    if (inMask(start)) continue;
    const before = passage.charAt(start - 1);
    // Ordinals (第三批), numbers inside names and codes (COVID-19, A1), quoted names (“十户长”).
    if (before === '第' || /[A-Za-z\-_]/.test(before)) continue;
    if (token.chinese && OPEN_QUOTES.has(before)) continue;
    // Inside a word (统一, 万一) or a lone 一 (一线, 一支, 不漏一人): not a reported figure.
    if (token.chinese && passage.slice(start, token.end) === '一') continue;
    if (token.chinese && token.stated !== null && isCjk(before) && /[一二两三四五六七八九十]/.test(before))
      continue;

    let j = token.end;
    const after = passage.charAt(j);
    // Section numbers (一、 1. (二)) and percentages.
    if (after === '、' || after === '.' || after === '．') continue;
    if ((before === '(' || before === '（') && (after === ')' || after === '）')) continue;
    let unit: string | null = null;
    let measureWord = '';
    // 2.5个百分点, 5百分点: percentage points, never a count of 个 (organisations).
    const points = ['个百分点', '百分点'].find((w) => passage.startsWith(w, j));
    if (after === '%' || after === '％' || points !== undefined) {
      if (!percentUnit) continue;
      unit = percentUnit.unit;
      measureWord = points ?? after;
      j += measureWord.length;
    }

    // The qualifier word before the number.
    const prefix = PREFIXES.find(([w]) => passage.slice(start - w.length, start) === w);
    const figureStart = prefix ? start - prefix[0].length : start;

    // The measure word: the longest vocabulary word (or alias) at j; 万元 reads 元 with 万 consumed.
    const clause = clauseBefore(passage, figureStart);
    let withNoun: string | null = null;
    if (unit === null) {
      const matching = words.filter((w) => passage.startsWith(w.word, j));
      const longest = Math.max(0, ...matching.map((w) => w.word.length));
      const classifier = NOUN_CLASSIFIERS.has(passage.charAt(j)) ? passage.charAt(j) : null;
      const duration = DURATIONS.find((d) => passage.startsWith(`个${d}`, j));
      if (longest <= 2 && duration !== undefined) {
        // 3个月, 2个星期: a duration, not a count of things; a unit only if the vocabulary has the word.
        measureWord = `个${duration}`;
        unit = chooseUnit(
          words.filter((w) => w.word === duration),
          clause,
        );
        j += measureWord.length;
      } else if (longest > 1 || (longest === 1 && classifier === null)) {
        measureWord = passage.slice(j, j + longest);
        unit = chooseUnit(
          matching.filter((w) => w.word.length === longest),
          clause,
        );
        j += longest;
      } else if (classifier !== null) {
        // 个/家/名/位 and the noun they count: a vocabulary noun in it decides (11个乡镇, 137个核酸检测点).
        measureWord = classifier;
        const noun = nounAfter(passage, j + 1);
        const nounHits = (NOUN_IN_FIGURE.has(classifier) ? nouns : [])
          .map((w) => ({ w, at: noun.indexOf(w.word) }))
          .filter(({ at }) => at >= 0)
          .sort((a, b) => b.w.word.length - a.w.word.length || a.at - b.at);
        const hit = nounHits[0];
        if (hit !== undefined) {
          const { w, at } = hit;
          unit = w.unit;
          j += 1 + at + w.word.length;
        } else {
          unit = chooseUnit(
            matching.filter((w) => w.word === classifier),
            clause + noun,
          );
          j += 1;
          if (NOUN_IN_FIGURE.has(classifier)) j += noun.length;
          else if (noun !== '') withNoun = passage.slice(figureStart, j + noun.length);
        }
      }
    }
    // A measure word the vocabulary lacks: part of the figure as written, its unit left to the user.
    let generalWord = false;
    if (unit === null && measureWord === '') {
      // No two of them start with the same character: at most one matches.
      const general = GENERAL_MEASURE_WORDS.find((w) => passage.startsWith(w, j));
      if (general !== undefined) {
        measureWord = general;
        generalWord = true;
        j += general.length;
      }
    }
    // Chinese numerals are figures with a measure word of the vocabulary (三轮, 十余人, 两万元), or
    // with a magnitude (数千只, 两千余箱, 几百人次): a lone numeral before another word is too often
    // part of a name (三台县, 九寨沟) or an idiom. 数/几 alone need a measure word (数家, 几箱).
    const magnitude = /[百千万亿]/.test(passage.slice(start, token.end));
    if (token.severalUnits && measureWord === '') continue;
    if (token.chinese && unit === null && !token.severalUnits) {
      if (!magnitude) continue;
      if (!generalWord && NOT_A_COUNT_AFTER.some((w) => passage.startsWith(w, j))) continue;
    }

    let qualifier = token.qualifier;
    let low = token.low;
    let high = token.high;
    // Qualifier words after the measure word: 500人以上 (at least), 500人左右 (about).
    if (passage.startsWith('以上', j) && qualifier !== 'approx') {
      qualifier = 'at-least';
      j += 2;
    } else if (passage.startsWith('左右', j)) {
      qualifier = 'approx';
      j += 2;
    }
    if (prefix && prefix[1] === 'at-least' && qualifier !== 'approx') qualifier = 'at-least';
    if (prefix && prefix[1] !== 'at-least') qualifier = 'approx';
    if (qualifier === 'approx' && token.stated !== null) {
      // 约500 / 500左右 set no bounds the words allow; 近500 sets an upper one.
      low = null;
      high = prefix?.[1] === 'nearly' ? token.stated : null;
    }
    found.push({
      text: passage.slice(figureStart, j),
      start: figureStart,
      end: j,
      withNoun,
      stated: token.stated,
      value: qualifier === 'approx' ? null : token.stated,
      low,
      high,
      qualifier,
      unit,
      measureWord,
    });
    i = Math.max(i, j);
  }
  return found;
}
