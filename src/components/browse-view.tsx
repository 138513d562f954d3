import { useMemo } from 'react';
import { groupByDay } from '../schedule/agenda';
import {
  applyFilters,
  countOptions,
  hasFilters,
  NO_FILTERS,
  type FilterOptions,
  type Filters,
} from '../schedule/filter';
import { formatDayHeading } from '../schedule/time';
import type { Conference, Session, SessionId } from '../schedule/types';
import { useStarredIdsWhen } from '../store/itinerary-store';
import { FilterPanel } from './filter-panel';
import { SessionCard } from './session-card';

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
  // Stars matter to the list only when "starred only" is on; otherwise a star toggle leaves it alone.
  const starredIds = useStarredIdsWhen(filters.starredOnly);
  const context = useMemo(
    () => ({ zone, conferenceZone: eventZone, starred: new Set(starredIds) }),
    [zone, eventZone, starredIds],
  );
  const visible = useMemo(() => applyFilters(sessions, filters, context), [sessions, filters, context]);
  const counts = useMemo(() => countOptions(sessions, filters, context), [sessions, filters, context]);
  const starCandidates = useMemo(
    () => applyFilters(sessions, { ...filters, starredOnly: false }, context),
    [sessions, filters, context],
  );
  const days = useMemo(() => groupByDay(visible, zone, eventZone), [visible, zone, eventZone]);
  const active = hasFilters(filters);
  const clear = () => {
    onFiltersChange(NO_FILTERS);
  };
  return (
    <div className="browse">
      <FilterPanel
        filters={filters}
        options={options}
        counts={counts}
        starCandidates={starCandidates}
        onChange={onFiltersChange}
        onClear={clear}
        active={active}
      />
      <div className="results">
        <p className="result-count" role="status">
          {active ? `${visible.length} of ${sessions.length} sessions match` : `${sessions.length} sessions`}
        </p>
        {visible.length === 0 ? (
          <div className="empty">
            <p>No session matches these filters.</p>
            <button type="button" onClick={clear}>
              Clear filters
            </button>
          </div>
        ) : null}
        {days.map((day) => (
          <section key={day.date} aria-labelledby={`day-${day.date}`}>
            <h2 id={`day-${day.date}`}>{formatDayHeading(day.date)}</h2>
            {day.sessions.map((session) => (
              <SessionCard
                key={session.id}
                conference={conference}
                session={session}
                zone={zone}
                eventZone={eventZone}
                isCurrent={currentIds.has(session.id)}
              />
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
