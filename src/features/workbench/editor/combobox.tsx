import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ComboOption {
  id: string;
  main: string;
  sub?: string;
}

export interface ComboGroup {
  label: string;
  options: readonly ComboOption[];
}

export interface ComboboxProps {
  label: string;
  placeholder: string;
  query: string;
  onQuery: (query: string) => void;
  groups: readonly ComboGroup[];
  onChoose: (id: string) => void;
  /** Shown in the list (and read out) when there is nothing to choose: loading, no match. */
  note: string | null;
  onFocus?: () => void;
  focusTarget?: (el: HTMLElement | null) => void;
  describedBy?: string | undefined;
  invalid?: boolean;
  disabled?: boolean;
  testId?: string;
}

/**
 * An ARIA combobox (a text field with a list of choices, as the header's search): the list opens
 * on focus and typing; arrows move through it, Enter chooses (the first option when none is
 * active), Escape closes the list and then clears the field. The focus stays in the field.
 */
export function Combobox({ focusTarget, ...props }: ComboboxProps): ReactNode {
  const { groups, query } = props;
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(-1);
  const flat = groups.flatMap((g) => g.options);
  // A new query starts from no active option; a list that shrinks keeps it inside.
  const [activeFor, setActiveFor] = useState(query);
  if (activeFor !== query) {
    setActiveFor(query);
    setActive(-1);
  } else if (active >= flat.length && active !== -1) {
    setActive(-1);
  }
  const open = expanded && (flat.length > 0 || props.note !== null);

  const choose = (option: ComboOption): void => {
    props.onChoose(option.id);
    props.onQuery('');
    setExpanded(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setExpanded(true);
      if (flat.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i < 0 ? (step > 0 ? 0 : flat.length - 1) : (i + step + flat.length) % flat.length));
    } else if (e.key === 'Enter') {
      const option = flat[active] ?? (query.trim() !== '' ? flat[0] : undefined);
      if (option && expanded) {
        e.preventDefault();
        choose(option);
      }
    } else if (e.key === 'Escape') {
      if (!expanded && query === '') return;
      e.preventDefault();
      e.stopPropagation();
      if (expanded) setExpanded(false);
      else props.onQuery('');
      setActive(-1);
    }
  };

  let index = -1;
  return (
    <div className="wb-combo" data-testid={props.testId}>
      <label className="wb-label" htmlFor={`${id}-input`}>
        {props.label}
      </label>
      <input
        ref={focusTarget}
        id={`${id}-input`}
        className="wb-input wb-combo__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        placeholder={props.placeholder}
        value={query}
        disabled={props.disabled}
        onFocus={() => {
          props.onFocus?.();
          setExpanded(true);
        }}
        onChange={(e) => {
          props.onQuery(e.target.value);
          setExpanded(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setExpanded(false)}
      />
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label={props.label}
        className="wb-combo__list"
        hidden={!open}
      >
        {open && props.note !== null ? <p className="wb-combo__note">{props.note}</p> : null}
        {open
          ? groups.map((group, g) =>
              group.options.length === 0 ? null : (
                <div key={group.label} role="group" aria-labelledby={`${id}-g-${g}`}>
                  <p role="presentation" id={`${id}-g-${g}`} className="wb-combo__group">
                    {group.label}
                  </p>
                  {group.options.map((option) => {
                    index += 1;
                    const i = index;
                    return (
                      <div
                        key={option.id}
                        id={`${id}-opt-${i}`}
                        role="option"
                        aria-selected={i === active}
                        className="wb-combo__option"
                        // Keep the focus in the field: the click chooses.
                        onMouseDown={(e) => e.preventDefault()}
                        onClick={() => choose(option)}
                        onMouseMove={() => setActive(i)}
                      >
                        <span className="wb-combo__main">{option.main}</span>
                        {option.sub ? <span className="wb-combo__sub">{option.sub}</span> : null}
                      </div>
                    );
                  })}
                </div>
              ),
            )
          : null}
      </div>
    </div>
  );
}
