import { useId, useMemo, useState, type ReactNode } from 'react';
import { normaliseForSearch } from '../../../aggregates/search';
import type { RegionRegistry } from '../../../data/region-registry';
import type { Organisation, VocabularyEntry } from '../../../data/schema';
import type { Lang } from '../../../domain/view';
import { editorTranslator } from '../../../i18n/messages-workbench-editor';
import { reduceDraft } from '../../../workbench/draft-ops';
import type { Draft, DraftAction, DraftIssue } from '../../../workbench/draft-types';
import { Combobox, type ComboGroup, type ComboOption } from './combobox';
import { FieldIssues, issueKey, type FieldKey } from './field-issues';
import { OrganisationForm, type OrganisationValues } from './organisation-form';

export type Role = 'organisationIds' | 'addresseeIds';

const NEW = '\u0000new';
const KNOWN_SHOWN = 40;

/** A readable id from the English name (`panzhihua-fic`), unique in the draft; '' lets the model number it. */
export function organisationIdFor(name: string, taken: ReadonlySet<string>): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  if (base === '') return '';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** "federation of industry and commerce · stated · Panzhihua": type, how it is known, base. */
function describeOrganisation(
  o: Organisation,
  types: readonly VocabularyEntry[],
  registry: RegionRegistry | null,
  lang: Lang,
): string {
  const t = editorTranslator(lang);
  return [
    types.find((ty) => ty.id === o.type)?.[lang] ?? o.type,
    t(o.typeBasis.kind === 'inferred' ? 'orgBasisInferred' : 'orgBasisStated'),
    registry?.byCode.get(o.regionCode)?.[lang] ?? o.regionCode,
  ].join(' · ');
}

interface RoleProps {
  role: Role;
  draft: Draft;
  chosen: readonly string[];
  /** The organisations of the other role (an addressee is never also an actor). */
  other: readonly string[];
  knownOrganisations: readonly Organisation[];
  registry: RegionRegistry | null;
  regionSuggestions: readonly string[];
  defaultRegion: string | null;
  lang: Lang;
  /** Adds an organisation (copying or creating it first when `add` is given) to this role. */
  onAdd: (id: string, add: Organisation | null) => void;
  onRemove: (id: string) => void;
  dispatch: (a: DraftAction) => void;
  issues: readonly DraftIssue[];
  register: (key: FieldKey) => (el: HTMLElement | null) => void;
}

function RoleList(props: RoleProps): ReactNode {
  const { draft, lang, role, chosen, other, knownOrganisations, registry } = props;
  const t = useMemo(() => editorTranslator(lang), [lang]);
  const id = useId();
  const [query, setQuery] = useState('');
  const [form, setForm] = useState<{ editing: Organisation | null } | null>(null);
  const describe = (o: Organisation): string =>
    describeOrganisation(o, draft.organisationTypes, props.registry, lang);

  const inDraft = useMemo(() => new Set(draft.organisations.map((o) => o.id)), [draft.organisations]);
  const groups = useMemo((): ComboGroup[] => {
    const q = normaliseForSearch(query);
    const skip = new Set([...chosen, ...other]);
    const matches = (o: Organisation): boolean =>
      !skip.has(o.id) && (q === '' || [o.name.zh, o.name.en].some((n) => normaliseForSearch(n).includes(q)));
    const option = (o: Organisation): ComboOption => ({
      id: o.id,
      main: o.name[lang],
      sub: describeOrganisation(o, draft.organisationTypes, registry, lang),
    });
    const seen = new Set<string>();
    const known = knownOrganisations.filter((o) => {
      if (inDraft.has(o.id) || seen.has(o.id)) return false;
      seen.add(o.id);
      return matches(o);
    });
    return [
      { label: t('orgInDraft'), options: draft.organisations.filter(matches).map(option) },
      { label: t('orgKnown'), options: known.slice(0, KNOWN_SHOWN).map(option) },
      { label: t('orgFormNew'), options: [{ id: NEW, main: t('orgNew') }] },
    ];
  }, [query, chosen, other, knownOrganisations, draft, inDraft, lang, registry, t]);

  const choose = (chosenId: string): void => {
    if (chosenId === NEW) return setForm({ editing: null });
    const known = inDraft.has(chosenId)
      ? null
      : (props.knownOrganisations.find((o) => o.id === chosenId) ?? null);
    props.onAdd(chosenId, known);
  };
  const save = (values: OrganisationValues): void => {
    const editing = form?.editing ?? null;
    if (editing) props.dispatch({ type: 'updateOrganisation', organisationId: editing.id, patch: values });
    // Unique among the loaded datasets' organisations too: an id they give another body would make
    // the explorer refuse the finished dataset (a clash).
    else {
      const taken = new Set([...inDraft, ...props.knownOrganisations.map((o) => o.id)]);
      props.onAdd('', { ...values, id: organisationIdFor(values.name.en, taken) });
    }
    setForm(null);
  };

  const label = t(role === 'organisationIds' ? 'actors' : 'addressees');
  const sectionKey: FieldKey = role === 'organisationIds' ? 'actors' : 'addressees';
  const own = props.issues.filter((i) => issueKey(i) === sectionKey);
  return (
    <div className="wb-role" data-testid={`role-${role}`}>
      <h4 className="wb-role__title">{label}</h4>
      <p className="wb-hint">{t(role === 'organisationIds' ? 'actorsHint' : 'addresseesHint')}</p>
      <ul className="wb-orgs">
        {props.chosen.length === 0 ? <li className="wb-hint">{t('noneYet')}</li> : null}
        {props.chosen.map((orgId) => {
          const o = draft.organisations.find((x) => x.id === orgId);
          const name = o ? o.name[lang] || o.name.zh || o.id : orgId;
          const issues = props.issues.filter((i) => issueKey(i) === `org:${orgId}`);
          return (
            <li key={orgId} className="wb-org" data-testid="organisation-chip">
              <span className="wb-org__name">{name}</span>
              {o ? <span className="wb-org__sub">{describe(o)}</span> : null}
              <FieldIssues id={`${id}-${orgId}-issues`} issues={issues} lang={lang} />
              <span className="wb-actions">
                {o ? (
                  <button
                    ref={props.register(`org:${orgId}`)}
                    type="button"
                    className="button button--small"
                    aria-describedby={issues.length > 0 ? `${id}-${orgId}-issues` : undefined}
                    onClick={() => setForm({ editing: o })}
                  >
                    {t('orgEdit', { name })}
                  </button>
                ) : null}
                <button type="button" className="button button--small" onClick={() => props.onRemove(orgId)}>
                  {t('removeNamed', { name })}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {form ? (
        <OrganisationForm
          before={form.editing}
          text={draft.source.text}
          types={draft.organisationTypes}
          registry={props.registry}
          regionSuggestions={props.regionSuggestions}
          defaultRegion={props.defaultRegion}
          lang={lang}
          onSave={save}
          onCancel={() => setForm(null)}
        />
      ) : (
        <Combobox
          label={t(role === 'organisationIds' ? 'orgAddActor' : 'orgAddAddressee')}
          placeholder={t('orgPlaceholder')}
          query={query}
          onQuery={setQuery}
          groups={groups}
          onChoose={choose}
          note={null}
          focusTarget={props.register(sectionKey)}
          describedBy={own.length > 0 ? `${id}-issues` : undefined}
          invalid={own.length > 0}
          testId={`organisation-picker-${role}`}
        />
      )}
      <FieldIssues id={`${id}-issues`} issues={own} lang={lang} />
    </div>
  );
}

/** Actors and addressees: chosen from the draft or the loaded datasets (copied in), or created. */
export function OrganisationsField(
  props: Omit<RoleProps, 'role' | 'chosen' | 'other' | 'onAdd' | 'onRemove'> & {
    effortId: string;
    actors: readonly string[];
    addressees: readonly string[];
  },
): ReactNode {
  const t = editorTranslator(props.lang);
  const id = useId();
  const { draft, dispatch, effortId } = props;
  const roleProps = (role: Role): RoleProps => {
    const chosen = role === 'organisationIds' ? props.actors : props.addressees;
    return {
      ...props,
      role,
      chosen,
      other: role === 'organisationIds' ? props.addressees : props.actors,
      onAdd: (orgId, add) => {
        let target = orgId;
        if (add) {
          const action: DraftAction = { type: 'addOrganisation', organisation: add };
          // The model gives the id (an empty one is numbered): read it from the same reduction.
          const next = reduceDraft(draft, action);
          if (next === draft) return;
          target = next.organisations[next.organisations.length - 1]!.id;
          dispatch(action);
        }
        dispatch({ type: 'updateEffort', effortId, patch: { [role]: [...chosen, target] } });
      },
      onRemove: (orgId) =>
        dispatch({ type: 'updateEffort', effortId, patch: { [role]: chosen.filter((x) => x !== orgId) } }),
    };
  };
  return (
    <section className="wb-section" aria-labelledby={id}>
      <h3 id={id} className="wb-section__title">
        {t('organisations')}
      </h3>
      <div className="wb-roles">
        <RoleList {...roleProps('organisationIds')} />
        <RoleList {...roleProps('addresseeIds')} />
      </div>
    </section>
  );
}
