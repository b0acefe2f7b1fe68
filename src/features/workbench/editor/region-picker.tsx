import { useMemo, useState, type ReactNode } from 'react';
import type { RegionRegistry } from '../../../data/region-registry';
import type { Region } from '../../../data/schema';
import type { Lang } from '../../../domain/view';
import { editorTranslator, type EditorTranslate } from '../../../i18n/messages-workbench-editor';
import { SCRIPTS } from '../../../i18n/script';
import { Combobox, type ComboGroup, type ComboOption } from './combobox';

type Engine = typeof import('./region-search');

const LIMIT = 40;

const LEVEL: Record<Region['level'], 'levelProvince' | 'levelPrefecture' | 'levelCounty'> = {
  province: 'levelProvince',
  prefecture: 'levelPrefecture',
  county: 'levelCounty',
};

/** "米易县", "Miyi County · 县级 · 攀枝花市": the name, then the other name, level and parent. */
export function regionDescription(
  region: Region,
  registry: RegionRegistry,
  lang: Lang,
  t: EditorTranslate,
): { main: string; sub: string } {
  const parent = region.parent ? registry.byCode.get(region.parent) : undefined;
  const parts = [region[SCRIPTS[lang].other], t(LEVEL[region.level])];
  if (parent) parts.push(parent[lang]);
  return { main: region[lang], sub: parts.join(' · ') };
}

export interface RegionPickerProps {
  registry: RegionRegistry | null;
  lang: Lang;
  label: string;
  /** Codes offered first, before anything is typed (the regions the passage names). */
  suggestions: readonly string[];
  onChoose: (code: string) => void;
  /** Codes not to offer (already chosen). */
  exclude?: readonly string[];
  focusTarget?: (el: HTMLElement | null) => void;
  describedBy?: string | undefined;
  invalid?: boolean;
  testId?: string;
}

/**
 * A searchable picker over every region of the registry: Chinese, English, pinyin or its initials
 * (the matcher and the pinyin table load on first focus), the passage's regions offered first.
 */
export function RegionPicker(props: RegionPickerProps): ReactNode {
  const { registry, lang, suggestions } = props;
  const t = useMemo(() => editorTranslator(lang), [lang]);
  const [query, setQuery] = useState('');
  const [engine, setEngine] = useState<Engine | null>(null);
  const load = (): void => {
    if (engine) return;
    void import('./region-search').then((m) => setEngine(() => m));
  };
  const exclude = props.exclude;

  const groups = useMemo((): ComboGroup[] => {
    if (!registry) return [];
    const skip = new Set(exclude ?? []);
    const toOption = (code: string): ComboOption[] => {
      const region = registry.byCode.get(code);
      return region && !skip.has(code) ? [{ id: code, ...regionDescription(region, registry, lang, t) }] : [];
    };
    if (query.trim() === '') {
      return [{ label: t('regionSuggested'), options: suggestions.flatMap(toOption) }];
    }
    if (!engine) return [];
    const found = engine.searchRegions(registry, query, LIMIT);
    // The passage's regions first among the matches.
    const named = found.filter((c) => suggestions.includes(c));
    const rest = found.filter((c) => !suggestions.includes(c));
    return [
      { label: t('regionSuggested'), options: named.flatMap(toOption) },
      { label: t('regionResults'), options: rest.flatMap(toOption) },
    ];
  }, [registry, query, engine, suggestions, exclude, lang, t]);

  const count = groups.reduce((n, g) => n + g.options.length, 0);
  const note =
    registry === null || (query.trim() !== '' && engine === null)
      ? t('regionLoading')
      : query.trim() !== '' && count === 0
        ? t('regionNone', { query: query.trim() })
        : null;

  return (
    <Combobox
      label={props.label}
      placeholder={t('regionPlaceholder')}
      query={query}
      onQuery={setQuery}
      groups={groups}
      onChoose={props.onChoose}
      note={note}
      onFocus={load}
      focusTarget={props.focusTarget}
      describedBy={props.describedBy}
      invalid={props.invalid ?? false}
      testId={props.testId}
    />
  );
}
