import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { SearchGroup, SearchHit, SearchKind } from '../../aggregates/search';
import { canDrill } from '../../charts/geo';
import type { Dataset } from '../../data/model';
import type { Lang } from '../../domain/view';
import { translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { shortRegionName } from '../../i18n/region-names';
import { SCRIPTS } from '../../i18n/script';
import { useAtlasStore, selectActiveDataset } from '../../store/store';
import { useLang } from '../../store/visible-set';
import { isSearchShortcut } from './shortcut';

type Engine = typeof import('./search-engine');

/** Hits listed a kind before its "N more" row; at most MAX_HITS when the whole group is asked for. */
const PER_KIND = 6;
const MAX_HITS = 100;

/** A row of the list: a result, or the "N more" row that lists the rest of its group. */
type Row = { type: 'hit'; hit: SearchHit } | { type: 'more'; kind: SearchKind };

const KIND_LABEL: Record<SearchKind, MessageKey> = {
  region: 'searchKindRegion',
  organisation: 'searchKindOrganisation',
  activity: 'searchKindActivity',
  text: 'searchKindText',
};

function hitText(
  hit: SearchHit,
  dataset: Dataset,
  lang: Lang,
  query: string,
  engine: Engine,
): [string, string] {
  const { entry } = hit;
  if (entry.kind === 'region') {
    const region = dataset.regionByCode.get(entry.id);
    if (!region) return [entry.id, ''];
    const parent = region.parent ? dataset.regionByCode.get(region.parent) : undefined;
    const other = region[SCRIPTS[lang].other];
    return [
      region[lang],
      parent && parent.level !== 'province' ? `${other} · ${shortRegionName(parent, lang)}` : other,
    ];
  }
  if (entry.kind === 'organisation') {
    const org = dataset.organisationById.get(entry.id);
    if (!org) return [entry.id, ''];
    return [org.name[lang], dataset.organisationTypeById.get(org.type)?.[lang] ?? org.type];
  }
  if (entry.kind === 'activity') {
    const activity = dataset.activityById.get(entry.id);
    return [activity?.[lang] ?? entry.id, translate(lang, 'searchFilterBy')];
  }
  const effort = dataset.efforts.find((e) => e.id === entry.id);
  const text =
    hit.key === 1 ? effort?.summary.zh : hit.key === 2 ? effort?.summary.en : (entry.quote ?? effort?.quote);
  const region = effort ? dataset.regionByCode.get(effort.regionCode) : undefined;
  return [engine.excerptAround(text ?? '', query, 60), region ? region[lang] : ''];
}

/**
 * The one search field of the header (`/` focuses it): regions by Chinese, English or pinyin,
 * organisations, activities and the text of summaries and quotes, grouped by kind. An ARIA combobox:
 * arrows move through the results, Enter opens one (the first when none is chosen), Escape closes
 * the list, then clears the field. The matcher loads on first focus; typing never waits for it.
 */
export function SearchBox({ focusOnMount = false }: { focusOnMount?: boolean } = {}): ReactNode {
  const lang = useLang();
  const dataset = useAtlasStore(selectActiveDataset);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(-1);
  const [engine, setEngine] = useState<Engine | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const deferred = useDeferredValue(query);

  const loadEngine = useCallback((): void => {
    if (engine) return;
    void import('./search-engine').then((m) => setEngine(() => m));
  }, [engine]);

  // Asked for with "/" before this code had loaded (SearchSlot): the field takes the focus now.
  useEffect(() => {
    if (focusOnMount) input.current?.focus();
  }, [focusOnMount]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent): void => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const groups = useMemo((): SearchGroup[] => {
    if (!engine || !dataset || deferred.trim() === '') return [];
    return engine.searchIndex(engine.indexFor(dataset), deferred, MAX_HITS);
  }, [engine, dataset, deferred]);
  // Kinds whose every hit is listed (their "N more" row was chosen), for this query.
  const [wide, setWide] = useState<readonly SearchKind[]>([]);
  const shown = useMemo(
    (): SearchGroup[] =>
      groups.map((g) =>
        wide.includes(g.kind) || g.hits.length <= PER_KIND
          ? g
          : { ...g, hits: g.hits.slice(0, PER_KIND), more: g.more + g.hits.length - PER_KIND },
      ),
    [groups, wide],
  );
  const flat = useMemo(
    (): Row[] =>
      shown.flatMap((g): Row[] => [
        ...g.hits.map((hit): Row => ({ type: 'hit', hit })),
        ...(g.more > 0 && !wide.includes(g.kind) ? [{ type: 'more', kind: g.kind } as const] : []),
      ]),
    [shown, wide],
  );
  const [activeFor, setActiveFor] = useState(groups);
  if (activeFor !== groups) {
    setActiveFor(groups);
    setActive(-1);
    setWide([]);
  }

  const choose = (row: Row): void => {
    // "N more": list the whole group, the chosen row now being its first newly shown hit.
    if (row.type === 'more') setWide((w) => [...w, row.kind]);
    else open(row.hit);
  };

  const open = (hit: SearchHit): void => {
    const state = useAtlasStore.getState();
    const { entry } = hit;
    setExpanded(false);
    setActive(-1);
    if (!dataset) return;
    if (entry.kind === 'region') {
      const region = dataset.regionByCode.get(entry.id);
      const parent = region?.level === 'county' ? region.parent : null;
      state.applyView({
        selectedRegion: entry.id,
        drill: parent !== null && canDrill(dataset, parent) ? parent : null,
        org: null,
      });
    } else if (entry.kind === 'organisation') {
      state.openOrganisation(entry.id);
    } else if (entry.kind === 'activity') {
      state.setFilter('activities', [entry.id]);
    } else {
      // The passage's own report (in the union of reports, one of its members).
      state.openSource(entry.quote ?? null, entry.datasetId ?? dataset.id);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!expanded) setExpanded(true);
      if (flat.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i < 0 ? (step > 0 ? 0 : flat.length - 1) : (i + step + flat.length) % flat.length));
    } else if (e.key === 'Enter') {
      const row = flat[active] ?? flat[0];
      if (row && expanded) {
        e.preventDefault();
        choose(row);
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (expanded && query !== '') setExpanded(false);
      else setQuery('');
      setActive(-1);
    }
  };

  const showList = expanded && query.trim() !== '';
  const total = groups.reduce((n, g) => n + g.hits.length + g.more, 0);
  const pending = engine === null || deferred !== query;
  let flatIndex = -1;
  return (
    <div className="search" role="search">
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        {translate(lang, 'searchLabel')}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        className="search__input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-keyshortcuts="/"
        placeholder={translate(lang, 'searchPlaceholder')}
        value={query}
        disabled={!dataset}
        onFocus={loadEngine}
        onChange={(e) => {
          loadEngine();
          setQuery(e.target.value);
          setExpanded(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setExpanded(false)}
        data-testid="search-input"
      />
      <div className="visually-hidden" aria-live="polite" data-testid="search-status">
        {showList && !pending
          ? total === 0
            ? translate(lang, 'searchNone', { query: query.trim() })
            : translate(lang, 'searchCount', { count: total })
          : ''}
      </div>
      <div
        id={listId}
        role="listbox"
        aria-label={translate(lang, 'searchLabel')}
        className="search__results"
        hidden={!showList}
        data-testid="search-results"
      >
        {showList && engine === null ? (
          <p className="search__note">{translate(lang, 'searchLoading')}</p>
        ) : null}
        {showList && !pending && total === 0 ? (
          <p className="search__note">{translate(lang, 'searchNone', { query: query.trim() })}</p>
        ) : null}
        {showList && engine && dataset
          ? shown.map((group) => (
              <div
                key={group.kind}
                role="group"
                aria-labelledby={`${id}-g-${group.kind}`}
                className="search__group"
                data-kind={group.kind}
              >
                <p role="presentation" id={`${id}-g-${group.kind}`} className="search__group-title">
                  {translate(lang, KIND_LABEL[group.kind])}
                </p>
                {group.hits.map((hit) => {
                  flatIndex += 1;
                  const i = flatIndex;
                  const [main, sub] = hitText(hit, dataset, lang, deferred, engine);
                  return (
                    <div
                      key={`${hit.entry.kind}:${hit.entry.id}:${hit.entry.quote ?? ''}`}
                      id={`${id}-opt-${i}`}
                      role="option"
                      aria-selected={i === active}
                      className="search__option"
                      // Keep the focus in the field: the click opens the result.
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => open(hit)}
                      onMouseMove={() => setActive(i)}
                    >
                      <span
                        className="search__main"
                        lang={hit.entry.kind === 'text' && hit.key !== 2 ? 'zh-CN' : undefined}
                      >
                        {main}
                      </span>
                      {sub ? <span className="search__sub">{sub}</span> : null}
                    </div>
                  );
                })}
                {group.more > 0 && !wide.includes(group.kind)
                  ? (() => {
                      flatIndex += 1;
                      const i = flatIndex;
                      return (
                        <div
                          id={`${id}-opt-${i}`}
                          role="option"
                          aria-selected={i === active}
                          className="search__option search__more"
                          onMouseDown={(e) => e.preventDefault()}
                          onClick={() => choose({ type: 'more', kind: group.kind })}
                          onMouseMove={() => setActive(i)}
                        >
                          {translate(lang, 'searchMore', { count: group.more })}
                        </div>
                      );
                    })()
                  : null}
              </div>
            ))
          : null}
      </div>
    </div>
  );
}
