import { useEffect, useId, useMemo, useState } from 'react';
import { groupByDay, inTimeOrder } from '../../schedule/agenda';
import {
  applyFilters,
  busyTimes,
  countOptions,
  hasFilters,
  NO_FILTERS,
  prepareSearch,
  type FilterOptions,
  type Filters,
} from '../../schedule/filter';
import type { Conference, Session, SessionId } from '../../schedule/types';
import { useMaybeIdsWhen, useStarredIdsWhen } from '../../store/itinerary-store';
import { FilterPanel, SearchBox } from './filter-panel';
import { useNarrowScreen } from '../../ui/use-narrow-screen';
import { SessionList } from './session-list';

interface BrowseViewProps {
  readonly sessions: readonly Session[];
  readonly conference: Conference;
  readonly filters: Filters;
  readonly options: FilterOptions;
  readonly zone: string;
  readonly eventZone: string;
  readonly currentIds: ReadonlySet<SessionId>;
  readonly onFiltersChange: (next: Filters, options?: { replace?: boolean }) => void;
}

export function BrowseView({
  sessions,
  conference,
  filters,
  options,
  zone,
  eventZone,
  currentIds,
  onFiltersChange,
}: BrowseViewProps) {
  // Stars matter to the list only when "starred only" or "Fits my free time" is on; otherwise a star
  // toggle leaves it alone.
  const starredIds = useStarredIdsWhen(filters.starredOnly || filters.freeTime);
  const maybeIds = useMaybeIdsWhen(filters.freeTime);
  // Sorted once: filtering keeps the order, so grouping a keystroke's matches needs no sort.
  const sorted = useMemo(() => inTimeOrder(sessions), [sessions]);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // On a phone the search stands above the list; the other filters wait behind "Filters (n)".
  const narrow = useNarrowScreen();
  // The search text of a big schedule is prepared in idle moments after the list shows, a few hundred
  // sessions at a time, so the first keystroke does not fold every description.
  useEffect(() => {
    let next = 0;
    let handle = 0;
    // (Safari and jsdom have no requestIdleCallback.)
    const hasIdle = 'requestIdleCallback' in window;
    const idle = (run: () => void) => (hasIdle ? window.requestIdleCallback(run) : window.setTimeout(run, 50));
    const cancel = (id: number) => {
      if (hasIdle) window.cancelIdleCallback(id);
      else window.clearTimeout(id);
    };
    const step = () => {
      next += prepareSearch(sorted.slice(next, next + 300));
      if (next < sorted.length) handle = idle(step);
    };
    handle = idle(step);
    return () => {
      cancel(handle);
    };
  }, [sorted]);
  const panelId = useId();
  const context = useMemo(() => {
    const starred = new Set(starredIds);
    return { zone, conferenceZone: eventZone, starred, busy: busyTimes(sorted, starred, new Set(maybeIds)) };
  }, [zone, eventZone, starredIds, maybeIds, sorted]);
  const visible = useMemo(() => applyFilters(sorted, filters, context), [sorted, filters, context]);
  const counts = useMemo(() => countOptions(sessions, filters, context), [sessions, filters, context]);
  const starCandidates = useMemo(
    () => applyFilters(sorted, { ...filters, starredOnly: false }, context),
    [sorted, filters, context],
  );
  const freeCandidates = useMemo(
    () => applyFilters(sorted, { ...filters, freeTime: false }, context),
    [sorted, filters, context],
  );
  const days = useMemo(() => groupByDay(visible, zone, eventZone), [visible, zone, eventZone]);
  const active = hasFilters(filters);
  const clear = () => {
    onFiltersChange(NO_FILTERS);
  };
  const activeCount = countActive(filters);
  return (
    <div className="browse">
      <div className="results-bar">
        {narrow ? (
          <SearchBox className="search phone-search" labelHidden filters={filters} onChange={onFiltersChange} />
        ) : null}
        {/* On a phone the filters wait behind this button; on a wide screen they are a side panel. */}
        <button
          type="button"
          className="filters-toggle secondary"
          aria-expanded={filtersOpen}
          aria-controls={panelId}
          onClick={() => {
            setFiltersOpen(!filtersOpen);
          }}
        >
          Filters ({activeCount})
        </button>
        <p className="result-count" role="status">
          {active ? `${visible.length} of ${sessions.length} sessions match` : `${sessions.length} sessions`}
        </p>
      </div>
      <FilterPanel
        id={panelId}
        withSearch={!narrow}
        open={filtersOpen}
        filters={filters}
        options={options}
        counts={counts}
        starCandidates={starCandidates}
        freeCandidates={freeCandidates}
        sessions={sorted}
        onChange={onFiltersChange}
        onClear={clear}
        active={active}
      />
      <div className="results">
        {visible.length === 0 ? (
          <div className="empty">
            <p>No session matches these filters.</p>
            <button type="button" onClick={clear}>
              Clear filters
            </button>
          </div>
        ) : null}
        <SessionList days={days} conference={conference} zone={zone} eventZone={eventZone} currentIds={currentIds} />
      </div>
    </div>
  );
}

/** How many filters wait behind "Filters (n)" on a phone: each day, type and room ticked, the star filters. */
function countActive(filters: Filters): number {
  return (
    filters.days.length +
    filters.types.length +
    filters.rooms.length +
    (filters.starredOnly ? 1 : 0) +
    (filters.freeTime ? 1 : 0)
  );
}
