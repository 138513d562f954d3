import { useEffect, useMemo, useState } from 'react';
import { groupByDay } from '../../schedule/agenda';
import { decodeShare, shareProblemMessage } from '../../schedule/share';
import { expandShare } from '../../schedule/share-target';
import { formatDayHeading } from '../../schedule/time-format';
import type { Schedule } from '../../schedule/types';
import { useItineraryActions, useStarredIds } from '../../store/itinerary-store';
import { QueryLink } from '../../navigation/query-link';
import { SessionCard } from '../../session/session-card';
import { useClock } from '../../session/display';

interface SharedAgendaViewProps {
  readonly schedule: Schedule;
  readonly value: string;
  readonly zone: string;
  readonly myAgenda: URLSearchParams;
  readonly allSessions: URLSearchParams;
  /** The title of a conference this browser has, by id: a link for another one is named by it. */
  readonly conferenceTitle: (conferenceId: string) => string | undefined;
}

/**
 * Someone's shared agenda, read-only, with one button to merge it into mine. A compressed link (version 4)
 * is expanded first: a moment, asynchronous.
 */
export function SharedAgendaView(props: SharedAgendaViewProps) {
  const { value } = props;
  const [expanded, setExpanded] = useState<{ readonly from: string; readonly to: string } | null>(null);
  const compressed = value.trim().startsWith('4.');
  useEffect(() => {
    if (!compressed) return;
    let live = true;
    void expandShare(value).then((to) => {
      if (live) setExpanded({ from: value, to });
    });
    return () => {
      live = false;
    };
  }, [value, compressed]);
  if (!compressed) return <SharedAgenda {...props} />;
  return expanded?.from === value ? <SharedAgenda {...props} value={expanded.to} /> : null;
}

function SharedAgenda({ schedule, value, zone, myAgenda, allSessions, conferenceTitle }: SharedAgendaViewProps) {
  const clock = useClock();
  const { conference, sessions } = schedule;
  const decoded = useMemo(() => decodeShare(value, conference.id), [value, conference.id]);
  const starredIds = useStarredIds();
  const { addSharedSessions } = useItineraryActions();
  const [added, setAdded] = useState<number | null>(null);
  const { shared, unknown, maybes } = useMemo(() => {
    if (!decoded.ok) return { shared: [], unknown: 0, maybes: new Set<string>() };
    const wanted = new Set(decoded.ids);
    const found = sessions.filter((session) => wanted.has(session.id));
    return { shared: found, unknown: decoded.ids.length - found.length, maybes: new Set(decoded.maybeIds) };
  }, [decoded, sessions]);
  const days = useMemo(() => groupByDay(shared, zone, conference.timeZone), [shared, zone, conference.timeZone]);

  if (!decoded.ok) {
    return (
      <div className="shared">
        <h2>Shared agenda</h2>
        <p className="notice" role="alert">
          {shareProblemMessage(decoded.problem, conferenceTitle)}
        </p>
        <p>
          <QueryLink params={allSessions}>See all sessions</QueryLink>
        </p>
      </div>
    );
  }
  const newOnes = shared.filter((session) => !starredIds.includes(session.id)).length;
  return (
    <div className="shared">
      <h2>Shared agenda: {shared.length === 1 ? '1 session' : `${shared.length} sessions`}</h2>
      {unknown > 0 ? (
        <p className="note">
          {unknown === 1 ? '1 shared session is' : `${unknown} shared sessions are`} not in this version of the schedule
          and {unknown === 1 ? 'was' : 'were'} ignored.
        </p>
      ) : null}
      {added === null ? (
        <button
          type="button"
          disabled={shared.length === 0}
          onClick={() => {
            addSharedSessions(
              shared.map((session) => session.id),
              [...maybes],
            );
            setAdded(newOnes);
          }}
        >
          {shared.length === 1 ? 'Add this session to my agenda' : `Add these ${shared.length} sessions to my agenda`}
        </button>
      ) : (
        <p role="status" className="notice">
          Added {added} {added === 1 ? 'session' : 'sessions'} to your agenda
          {shared.length - added > 0 ? ` (${shared.length - added} already there)` : ''}. Your other stars are
          unchanged. <QueryLink params={myAgenda}>Open my agenda</QueryLink>
        </p>
      )}
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`shared-${day.date}`}>
          <h3 id={`shared-${day.date}`} className="day-heading">
            {formatDayHeading(day.date, clock)}
          </h3>
          {day.sessions.map((session) => (
            <SessionCard
              key={session.id}
              session={session}
              conference={conference}
              zone={zone}
              eventZone={conference.timeZone}
              maybe={maybes.has(session.id)}
              readOnly
            >
              {maybes.has(session.id) ? (
                <p className="maybe-note">Maybe: an alternative in this agenda, added to yours as a maybe.</p>
              ) : null}
            </SessionCard>
          ))}
        </section>
      ))}
    </div>
  );
}
