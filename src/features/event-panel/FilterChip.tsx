/**
 * An actor or country of the event as a toggle: pressing it filters the timeline by that option
 * (or stops filtering by it), like its checkbox in the filter panel.
 */
import type { ReactNode } from 'react';
import { useNewslineStore } from '../../state/store';
import type { Facet } from '../../domain/filters';

interface FilterChipProps {
  readonly facet: Facet;
  readonly value: string;
  readonly label: string;
  /** A detail shown after the label, such as an actor's role. */
  readonly children?: ReactNode;
}

export function FilterChip({ facet, value, label, children }: FilterChipProps) {
  const pressed = useNewslineStore((s) => s.filters[facet].includes(value));
  const toggleFilter = useNewslineStore((s) => s.toggleFilter);
  return (
    <button
      type="button"
      className="chip-button"
      aria-pressed={pressed}
      title={pressed ? `Stop filtering by ${label}` : `Show only events with ${label}`}
      onClick={() => toggleFilter(facet, value)}
    >
      {label}
      {children === undefined ? null : <span className="chip__role"> ({children})</span>}
    </button>
  );
}
