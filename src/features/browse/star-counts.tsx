/**
 * What follows the stars: the count on the "My agenda" tab, and the two filters that depend on them
 * ("Starred only" and "Fits my free time", with their counts). A star toggle re-renders these, not the
 * panel or the list.
 */
import { useMemo } from 'react';
import { busyTimes, fitsFreeTime, type Filters } from '../../schedule/filter';
import type { Session } from '../../schedule/types';
import { useMaybeIds, useStarCount, useStarredIds } from '../../store/itinerary-store';

export function AgendaCount() {
  const count = useStarCount();
  return <span className="tab-count">{count}</span>;
}

interface StarFiltersProps {
  readonly filters: Filters;
  readonly onChange: (next: Filters) => void;
  /** Every session: the starred ones among them are the attendee's busy times. */
  readonly sessions: readonly Session[];
  /** The sessions that pass every other filter than "Starred only". */
  readonly starCandidates: readonly Session[];
  /** The sessions that pass every other filter than "Fits my free time". */
  readonly freeCandidates: readonly Session[];
}

export function StarFilters({ filters, onChange, sessions, starCandidates, freeCandidates }: StarFiltersProps) {
  const starredIds = useStarredIds();
  const maybeIds = useMaybeIds();
  const { starredCount, freeCount } = useMemo(() => {
    const starred = new Set(starredIds);
    const busy = busyTimes(sessions, starred, new Set(maybeIds));
    return {
      starredCount: starCandidates.filter((session) => starred.has(session.id)).length,
      freeCount: freeCandidates.filter((session) => fitsFreeTime(session, busy)).length,
    };
  }, [sessions, starCandidates, freeCandidates, starredIds, maybeIds]);
  return (
    <>
      <FilterCheck
        checked={filters.starredOnly}
        onToggle={() => {
          onChange({ ...filters, starredOnly: !filters.starredOnly });
        }}
        label="Starred only"
        count={starredCount}
      />
      <FilterCheck
        checked={filters.freeTime}
        onToggle={() => {
          onChange({ ...filters, freeTime: !filters.freeTime });
        }}
        label="Fits my free time"
        count={freeCount}
      />
    </>
  );
}

interface FilterCheckProps {
  readonly checked: boolean;
  readonly onToggle: () => void;
  readonly label: string;
  readonly count: number;
}

/** A filter that is on or off, with how many sessions it would show. */
function FilterCheck({ checked, onToggle, label, count }: FilterCheckProps) {
  return (
    <label className="check starred-only">
      <input type="checkbox" checked={checked} onChange={onToggle} /> {label} <span className="count">({count})</span>
    </label>
  );
}
