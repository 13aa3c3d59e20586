/**
 * One facet's options as checkboxes named "Option (count)". Long lists show their most frequent
 * options first and the rest on request. An option that would give no events is disabled unless
 * it is checked, so that it can always be unchecked.
 */
import { memo, useId, useState } from 'react';
import { useFacetOptions } from '../../state/selectors';
import { useNewslineStore } from '../../state/store';
import type { Facet } from '../../domain/filters';
import type { TimelineIndex } from '../../domain/timelineIndex';
import { CountryFlag } from './CountryFlag';

const SHORT_LIST = 12;

interface FacetCheckboxProps {
  readonly facet: Facet;
  readonly value: string;
  readonly checked: boolean;
  readonly disabled: boolean;
  readonly describedBy: string | undefined;
  /** The store's action, the same function at every render. */
  readonly onToggle: (facet: Facet, value: string) => void;
}

/**
 * An option's checkbox, drawn again only when its own state changes: React writes an input's
 * name and type at each update, so one filter rewrote every checkbox of every facet (and the
 * page restyled them all) though only counts had changed.
 */
const FacetCheckbox = memo(function FacetCheckbox({
  facet,
  value,
  checked,
  disabled,
  describedBy,
  onToggle,
}: FacetCheckboxProps) {
  return (
    <input
      type="checkbox"
      checked={checked}
      disabled={disabled}
      aria-describedby={describedBy}
      onChange={() => onToggle(facet, value)}
    />
  );
});

interface FacetOptionsProps {
  readonly index: TimelineIndex;
  readonly facet: Facet;
  readonly legend: string;
}

export function FacetOptions({ index, facet, legend }: FacetOptionsProps) {
  const options = useFacetOptions(index, facet);
  const toggleFilter = useNewslineStore((s) => s.toggleFilter);
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  // Checked options always stay in view, even past the short list.
  const shown = expanded
    ? options
    : options.filter((option, position) => position < SHORT_LIST || option.checked);
  if (options.length === 0) return null;

  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul id={listId} className="facet__options">
        {shown.map((option, position) => {
          const detailId = `${listId}-${position}`;
          return (
            <li key={option.value}>
              <label className="facet__option">
                <FacetCheckbox
                  facet={facet}
                  value={option.value}
                  checked={option.checked}
                  disabled={option.count === 0 && !option.checked}
                  describedBy={option.detail === undefined ? undefined : detailId}
                  onToggle={toggleFilter}
                />
                {facet === 'country' ? <CountryFlag code={option.value} /> : null}
                <span className="facet__label">{option.label}</span>{' '}
                <span className="facet__count">({option.count})</span>
              </label>
              {option.detail === undefined ? null : (
                <span id={detailId} className="facet__detail">
                  {option.detail}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {options.length > SHORT_LIST ? (
        <button
          type="button"
          className="facet__more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded
            ? `Show fewer ${legend.toLowerCase()}`
            : `Show all ${options.length} ${legend.toLowerCase()}`}
        </button>
      ) : null}
    </fieldset>
  );
}
