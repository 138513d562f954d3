import { useMemo } from 'react';
import { buildAgenda } from '../../schedule/agenda';
import { formatDatedTimeRange, formatDayHeading, formatDuration, formatTimeRange } from '../../schedule/time-format';
import type { Schedule, Session, SessionId } from '../../schedule/types';
import { TakeAway } from './take-away';
import { useItineraryActions, useMaybes, useScheduleUpdate, useStarredIds } from '../../store/itinerary-store';
import { SessionCard } from '../../session/session-card';
import { QueryLink } from '../../navigation/query-link';
import { AgendaTimeline } from './agenda-timeline';
import { MaybeButton } from '../../session/maybe-button';
import { usePersistentStorage } from '../../store/use-persistent-storage';
import { useUrlQuery } from '../../navigation/use-url-query';
import { useClock } from '../../session/display';

type VanishedSnapshot = ReturnType<typeof useScheduleUpdate>['vanished'][number];

interface AgendaViewProps {
  readonly schedule: Schedule;
  readonly zone: string;
  readonly eventZone: string;
  readonly currentIds: ReadonlySet<SessionId>;
  readonly allSessions: URLSearchParams;
  readonly onPrint: () => void;
}

/** Links to sessions of the agenda, by title. */
function SessionLinks({ sessions }: { sessions: readonly Session[] }) {
  return sessions.map((other, i) => (
    <span key={other.id}>
      {i > 0 ? ', ' : ''}
      <a href={`#session-${other.id}`}>{other.title}</a>
    </span>
  ));
}

/** A starred session an update removed: shown as it was, until the attendee dismisses it. */
function VanishedSession({ snapshot, zone }: { snapshot: VanishedSnapshot; zone: string }) {
  const clock = useClock();
  const { dismissVanished } = useItineraryActions();
  return (
    <article className="session vanished" aria-labelledby={`vanished-${snapshot.id}`}>
      <h3 id={`vanished-${snapshot.id}`}>{snapshot.title}</h3>
      <p className="overlap" role="note">
        No longer in the schedule: it was{' '}
        {formatDatedTimeRange(new Date(snapshot.start), new Date(snapshot.end), zone, clock)}
        {snapshot.room === undefined ? '' : `, room ${snapshot.room}`}.
        {snapshot.ambiguous === undefined
          ? null
          : ` ${String(snapshot.ambiguous)} sessions of the new version could be it (the same title and time or room), so your star stays here rather than on one you did not choose: star the one you meant.`}
      </p>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          dismissVanished(snapshot.id);
        }}
      >
        Dismiss<span className="visually-hidden"> {snapshot.title}</span>
      </button>
    </article>
  );
}

/** List or timeline. */
function LayoutSwitch({ timeline, onChoose }: { timeline: boolean; onChoose: (next: 'list' | 'timeline') => void }) {
  return (
    <div className="layout-switch" role="group" aria-label="Agenda layout">
      <button
        type="button"
        className="secondary"
        aria-pressed={!timeline}
        onClick={() => {
          onChoose('list');
        }}
      >
        List
      </button>
      <button
        type="button"
        className="secondary"
        aria-pressed={timeline}
        onClick={() => {
          onChoose('timeline');
        }}
      >
        Timeline
      </button>
    </div>
  );
}

export function AgendaView({ schedule, zone, eventZone, currentIds, allSessions, onPrint }: AgendaViewProps) {
  const clock = useClock();
  const { sessions } = schedule;
  const starredIds = useStarredIds();
  const maybe = useMaybes();
  const { vanished: vanishedSnapshots } = useScheduleUpdate();
  const persistence = usePersistentStorage(starredIds.length > 0);
  const { starred, unknown, vanished } = useMemo(() => {
    const known = new Map(sessions.map((session) => [session.id, session]));
    const missing = starredIds.filter((id) => !known.has(id));
    // Starred sessions an update removed are shown as they were; other unknown ids are only counted.
    const gone = vanishedSnapshots.filter((snapshot) => missing.includes(snapshot.id));
    return {
      starred: starredIds.flatMap((id) => {
        const session = known.get(id);
        return session ? [session] : [];
      }),
      unknown: missing.length - gone.length,
      vanished: gone,
    };
  }, [sessions, starredIds, vanishedSnapshots]);
  const days = useMemo(() => buildAgenda(starred, zone, eventZone, maybe), [starred, zone, eventZone, maybe]);
  // List or timeline, kept in the address (Back returns to the other; a link can name one).
  const { params, navigate } = useUrlQuery();
  const timeline = params.get('layout') === 'timeline';
  const chooseLayout = (next: 'list' | 'timeline') => {
    const query = new URLSearchParams(params);
    if (next === 'timeline') query.set('layout', 'timeline');
    else query.delete('layout');
    navigate(query, { replace: true });
  };

  return (
    <div className="agenda">
      <TakeAway schedule={schedule} starred={starred} maybe={maybe} onPrint={onPrint} />
      {persistence === 'refused' ? (
        <p className="note">
          This browser has not promised to keep your stars: it may clear this site’s storage after a while without a
          visit (Safari does after 7 days). Keep a copy: download the calendar, or share the agenda with yourself.
        </p>
      ) : null}
      {unknown > 0 ? (
        <p className="note">
          {unknown === 1 ? '1 starred session is' : `${unknown} starred sessions are`} not in this version of the
          schedule. {unknown === 1 ? 'It is' : 'They are'} kept, in case the schedule is corrected.
        </p>
      ) : null}
      {vanished.map((snapshot) => (
        <VanishedSession key={snapshot.id} snapshot={snapshot} zone={zone} />
      ))}
      {starred.length === 0 && vanished.length === 0 ? (
        <div className="empty">
          <p>Your agenda is empty.</p>
          <p>
            To add a session, press its <span aria-hidden="true">☆</span> <strong>Star</strong> button in{' '}
            <QueryLink params={allSessions}>All sessions</QueryLink>. Starred sessions appear here, by day, with the
            free time between them.
          </p>
        </div>
      ) : null}
      {starred.length > 0 ? <LayoutSwitch timeline={timeline} onChoose={chooseLayout} /> : null}
      {timeline ? <AgendaTimeline days={days} zone={zone} currentIds={currentIds} /> : null}
      {(timeline ? [] : days).map((day) => (
        <section key={day.date} aria-labelledby={`agenda-${day.date}`}>
          <h2 id={`agenda-${day.date}`}>{formatDayHeading(day.date, clock)}</h2>
          {day.items.map((item) =>
            item.kind === 'gap' ? (
              <p key={`gap-${item.start.toISOString()}`} className="gap">
                Free: {formatTimeRange(item.start, item.end, zone, clock)} ({formatDuration(item.start, item.end)})
              </p>
            ) : (
              <SessionCard
                key={item.session.id}
                session={item.session}
                conference={schedule.conference}
                zone={zone}
                eventZone={eventZone}
                isCurrent={currentIds.has(item.session.id)}
                maybe={item.maybe}
              >
                {item.dropIn ? <p className="drop-in">Drop-in window: come and go any time.</p> : null}
                {item.maybe ? (
                  <p className="maybe-note">
                    Maybe
                    {item.overlapsChosen.length > 0 ? (
                      <>
                        , instead of <SessionLinks sessions={item.overlapsChosen} />
                      </>
                    ) : null}
                    : not in your plan, and its time counts as free.
                  </p>
                ) : item.overlapsChosen.length > 0 ? (
                  <p className="overlap" role="note">
                    <span aria-hidden="true">⚠ </span>Overlaps with <SessionLinks sessions={item.overlapsChosen} />
                  </p>
                ) : null}
                {item.overlaps.length > 0 || item.maybe ? (
                  <MaybeButton id={item.session.id} pressed={item.maybe} titleId={`title-${item.session.id}`} />
                ) : null}
              </SessionCard>
            ),
          )}
        </section>
      ))}
    </div>
  );
}
