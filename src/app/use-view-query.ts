/**
 * The attendee page's state, kept in the address: the filters and view (each conference remembers its
 * own query, restored when the attendee switches back), and where Now/Next send the attendee.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { applyFilters, filterOptions, NO_FILTERS, readFilters, writeFilters, type Filters } from '../schedule/filter';
import type { ConferenceMoment } from '../schedule/now';
import { startOfDayInZone } from '../schedule/time';
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

type NowCode = typeof import('../schedule/now');
let nowCode: Promise<NowCode> | null = null;
/** Once loaded, the code is at hand for every later render, at once. */
let nowCodeLoaded: NowCode | null = null;
const NONE: ReadonlySet<string> = new Set();

/**
 * The conference's moment (before, during, after), the sessions on now, and where Now/Next link to. Before
 * the conference (most of the time an agenda is planned) nothing of Now/Next shows, so its code loads
 * only once the conference's first day has begun: until then `moment` is null.
 */
export function useNowTargets(schedule: Schedule, { search, view, zone, filters }: ViewState) {
  const { conference } = schedule;
  const now = useNow();
  const opens = useMemo(
    () => startOfDayInZone(conference.start, conference.timeZone)?.getTime(),
    [conference.start, conference.timeZone],
  );
  const begun = opens !== undefined && now.getTime() >= opens;
  const [code, setCode] = useState<NowCode | null>(() => nowCodeLoaded);
  useEffect(() => {
    if (!begun || code !== null) return;
    nowCode ??= import('../schedule/now');
    void nowCode.then((loaded) => {
      nowCodeLoaded = loaded;
      setCode(loaded);
    });
  }, [begun, code]);
  const { moment, currentIds } = useMemo((): { moment: ConferenceMoment | null; currentIds: ReadonlySet<string> } => {
    if (!begun) return { moment: { phase: 'before' }, currentIds: NONE };
    if (code === null) return { moment: null, currentIds: NONE };
    const found = code.conferenceMoment(schedule, now);
    return {
      moment: found,
      currentIds: new Set(found.phase === 'during' ? found.current.map((session) => session.id) : []),
    };
  }, [begun, code, schedule, now]);
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
