/**
 * The attendee page's state, kept in the address: the filters and view (each conference remembers its
 * own query, restored when the attendee switches back), and where Now/Next send the attendee.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { applyFilters, filterOptions, NO_FILTERS, readFilters, writeFilters, type Filters } from '../schedule/filter';
import { conferenceMoment } from '../schedule/now';
import type { Schedule, Session } from '../schedule/types';
import { useItineraryActions } from '../store/itinerary-store';
import type { UrlQuery } from '../navigation/use-url-query';
import { useNow } from '../ui/use-now';

/** Parameters that are not part of a conference's own view, so not remembered for it. */
const NOT_REMEMBERED = ['share', 'conference', 'schedule'];

export function useViewQuery(
  schedule: Schedule,
  zone: string,
  params: URLSearchParams,
  navigate: UrlQuery['navigate'],
) {
  const { conference, sessions } = schedule;
  const { rememberQuery } = useItineraryActions();
  const options = useMemo(
    () => filterOptions(sessions, zone, conference.timeZone),
    [sessions, zone, conference.timeZone],
  );
  const search = params.toString();
  const { filters, ignored } = useMemo(() => readFilters(new URLSearchParams(search), options), [search, options]);

  const onFiltersChange = useCallback(
    (next: Filters, change: { replace?: boolean } = {}) => {
      navigate(writeFilters(next, new URLSearchParams(search)), change);
    },
    [navigate, search],
  );

  const withView = (target: 'all' | 'agenda') => {
    const next = new URLSearchParams(search);
    next.delete('share');
    if (target === 'agenda') next.set('view', 'agenda');
    else next.delete('view');
    return next;
  };

  // Each conference keeps its own filters and view: the query is remembered for it, and restored when the
  // attendee switches back.
  useEffect(() => {
    const own = new URLSearchParams(search);
    for (const key of NOT_REMEMBERED) own.delete(key);
    rememberQuery(own.toString());
  }, [search, rememberQuery]);
  return { search, filters, ignored, options, onFiltersChange, withView };
}

interface ViewState {
  readonly search: string;
  readonly view: 'all' | 'agenda';
  readonly zone: string;
  readonly filters: Filters;
}

/** The conference's moment (before, during, after), the sessions on now, and where Now/Next link to. */
export function useNowTargets(schedule: Schedule, { search, view, zone, filters }: ViewState) {
  const { conference } = schedule;
  const now = useNow();
  const { moment, currentIds } = useMemo(() => {
    const found = conferenceMoment(schedule, now);
    return {
      moment: found,
      currentIds: new Set(found.phase === 'during' ? found.current.map((session) => session.id) : []),
    };
  }, [schedule, now]);
  // Where Now/Next send the attendee: the card in My agenda when it is there, else in the list, with the
  // filters cleared when they hide it.
  const linkTo = useCallback(
    (session: Session, starred: boolean) => {
      const base = new URLSearchParams(search);
      base.delete('share');
      if (view === 'agenda' && starred) return { params: base, cleared: false };
      base.delete('view');
      const context = { zone, conferenceZone: conference.timeZone, starred: new Set(starred ? [session.id] : []) };
      const shown = applyFilters([session], filters, context).length === 1;
      return shown ? { params: base, cleared: false } : { params: writeFilters(NO_FILTERS, base), cleared: true };
    },
    [search, view, zone, conference.timeZone, filters],
  );
  return { now, moment, currentIds, linkTo };
}
