import { parseDatasetJson } from '../data/parse-dataset';
import type { RegionRegistry } from '../data/region-registry';
import type { DatasetJson } from '../data/schema';
import { capIssues, clip, fileIssue, fromDatasetErrors, type ImportIssue } from './issues';
import { IMPORT_LIMITS } from './limits';
import type { SourceTextFile } from './csv-import';

export type ImportResult = { ok: true; value: DatasetJson } | { ok: false; errors: ImportIssue[] };

const COUNT_LIMITS: Array<[key: string, what: string, max: number]> = [
  ['efforts', 'efforts', IMPORT_LIMITS.maxEfforts],
  ['organisations', 'organisations', IMPORT_LIMITS.maxOrganisations],
  ['regions', 'regions', IMPORT_LIMITS.maxRegions],
  ['units', 'units', IMPORT_LIMITS.maxVocabulary],
  ['organisationTypes', 'organisationTypes', IMPORT_LIMITS.maxVocabulary],
  ['activities', 'activities', IMPORT_LIMITS.maxVocabulary],
];

/**
 * Cheap checks before schema validation: record counts and text lengths. The walk is iterative (a
 * deeply nested hostile file cannot overflow the stack) and stops at the first few problems.
 */
export function checkJsonLimits(json: unknown): ImportIssue[] {
  const issues: ImportIssue[] = [];
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return issues;
  const top = json as Record<string, unknown>;
  for (const [key, what, max] of COUNT_LIMITS) {
    const list = top[key];
    if (Array.isArray(list) && list.length > max) {
      issues.push({
        location: { kind: 'path', path: key },
        code: 'tooMany',
        params: { what, count: list.length, max },
      });
    }
  }
  if (Array.isArray(top.efforts) && top.efforts.length <= IMPORT_LIMITS.maxEfforts) {
    let measures = 0;
    for (const e of top.efforts) {
      const m = (e as { measures?: unknown } | null)?.measures;
      if (Array.isArray(m)) measures += m.length;
    }
    if (measures > IMPORT_LIMITS.maxMeasures) {
      issues.push(
        fileIssue('tooMany', { what: 'measures', count: measures, max: IMPORT_LIMITS.maxMeasures }),
      );
    }
  }
  if (issues.length) return issues;

  const stack: Array<[unknown, string]> = [[json, '']];
  let visited = 0;
  while (stack.length && issues.length < 10) {
    const [value, path] = stack.pop()!;
    visited += 1;
    if (visited > 2_000_000) break;
    if (typeof value === 'string') {
      if (value.length > IMPORT_LIMITS.maxTextLength) {
        issues.push({
          location: { kind: 'path', path: path || '(root)' },
          code: 'textTooLong',
          params: { length: value.length, max: IMPORT_LIMITS.maxTextLength },
        });
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push([value[i], `${path}[${i}]`]);
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [k, v] = entries[i]!;
        stack.push([v, path ? `${path}.${clip(k, 40)}` : clip(k, 40)]);
      }
    }
  }
  return issues;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A dataset file in our JSON schema (text) → a validated dataset or located issues. Never throws.
 * With the region registry, the file may name any region of Sichuan without listing it.
 * `sourceText`, a report text chosen with the file, becomes its `source.text` (a file that embeds
 * its own text already must not be given another).
 */
export function parseDatasetJsonFile(
  input: string,
  registry?: RegionRegistry,
  sourceText?: SourceTextFile,
): ImportResult {
  try {
    const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
    if (text.trim() === '') return { ok: false, errors: [fileIssue('fileEmpty')] };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return { ok: false, errors: [fileIssue('jsonSyntax', { message: clip((e as Error).message, 160) })] };
    }
    const limits = checkJsonLimits(json);
    if (limits.length) return { ok: false, errors: limits };
    if (sourceText && isRecord(json) && isRecord(json.source)) {
      if (json.source.text !== undefined) {
        return {
          ok: false,
          errors: [
            {
              location: { kind: 'path', path: 'source.text' },
              code: 'sourceTextTwice',
              params: { name: clip(sourceText.name) },
            },
          ],
        };
      }
      json = { ...json, source: { ...json.source, textFile: sourceText.name, text: sourceText.text } };
    }
    const parsed = parseDatasetJson(json, registry);
    return parsed.ok ? parsed : { ok: false, errors: capIssues(fromDatasetErrors(parsed.errors)) };
  } catch (e) {
    return { ok: false, errors: [fileIssue('unexpected', { message: clip(String(e), 160) })] };
  }
}
