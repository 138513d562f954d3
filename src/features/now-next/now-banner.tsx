/**
 * Now and Next, at the top of both views while the conference is on: what is running (starred first),
 * the attendee's own next session, and the next slot of the schedule, each with its day (when not
 * today), its time and its room. A link goes to the card: in My agenda when it is there, else in the
 * list, whose filters are cleared (and the link says so) when they hide it.
 */
import type { ReactNode } from 'react';
import { nextStarred, starredFirst, startingSoon, type ConferenceMoment } from '../../schedule/now';
import { civilDateInZone } from '../../schedule/time';
import { formatStart } from '../../schedule/clock-format';
import type { Schedule, Session, SessionId } from '../../schedule/types';
import { useStarredIds } from '../../store/itinerary-store';
import { useReminder } from '../../store/reminder';
import { QueryLink } from '../../navigation/query-link';
import { useClock } from '../../session/display';

export interface NowBannerProps {
  readonly moment: ConferenceMoment;
  readonly schedule: Schedule;
  readonly zone: string;
  readonly now: Date;
  /** Where a card is: the view a link to it opens (with the filters cleared if they hide it). */
  readonly linkTo: (
    session: Session,
    starred: boolean,
  ) => { readonly params: URLSearchParams; readonly cleared: boolean };
}

const NAMED = 3;

export function NowBanner({ moment, schedule, zone, now, linkTo }: NowBannerProps) {
  if (moment.phase === 'before') return null;
  if (moment.phase === 'after') {
    return (
      <p className="now-banner quiet" role="status">
        {schedule.conference.title} is over. Every session is still listed, and your agenda stays in this browser.
      </p>
    );
  }
  return <During moment={moment} schedule={schedule} zone={zone} now={now} linkTo={linkTo} />;
}

function During({
  moment,
  schedule,
  zone,
  now,
  linkTo,
}: NowBannerProps & { moment: Extract<ConferenceMoment, { phase: 'during' }> }) {
  const clock = useClock();
  // Stars only matter here while the conference is on (the banner is not mounted otherwise).
  const starredIds = useStarredIds();
  const starred = new Set<SessionId>(starredIds);
  const today = civilDateInZone(now, zone);
  const mine = nextStarred(schedule, now, starred);
  const current = starredFirst(moment.current, starred);
  const upcoming = starredFirst(moment.upcoming, starred);
  const slot = upcoming[0];
  // The in-page reminder: a starred session about to start, at the attendee's chosen lead time.
  const reminder = useReminder();
  const soon = reminder === null ? [] : startingSoon(schedule, starred, now, reminder);

  const sessionLink = (session: Session, label: ReactNode) => {
    const target = linkTo(session, starred.has(session.id));
    const start = new Date(session.start);
    return (
      <>
        <QueryLink params={target.params} hash={`session-${session.id}`}>
          {label}
          <bdi>{session.title}</bdi>
          {starred.has(session.id) ? (
            <>
              <span aria-hidden="true"> ★</span>
              <span className="visually-hidden">, starred</span>
            </>
          ) : null}
        </QueryLink>
        {/* On a phone the title has a line of its own, and this comma goes. */}
        <span className="now-comma">, </span>
        {formatStart(start, zone, civilDateInZone(start, zone) !== today, clock)}
        {session.room ? (
          <>
            , <bdi>{session.room.name}</bdi>
          </>
        ) : null}
        {target.cleared ? <span className="quiet"> (hidden by your filters: this link clears them)</span> : null}
      </>
    );
  };

  return (
    <div className="now-banner" role="status">
      {soon.map((session) => (
        <p key={session.id} className="starts-soon">
          <strong>Starts in {Math.max(1, Math.ceil((Date.parse(session.start) - now.getTime()) / 60_000))} min:</strong>{' '}
          <bdi>{session.title}</bdi>
          {session.room ? (
            <>
              , <bdi>{session.room.name}</bdi>
            </>
          ) : null}
        </p>
      ))}
      {current.length > 0 ? (
        <p className="now-current">
          <strong>Now:</strong>{' '}
          {current.slice(0, NAMED).map((session, i) => (
            <span key={session.id}>
              {i > 0 ? '; ' : ''}
              {starred.has(session.id) ? '★ ' : ''}
              <bdi>{session.title}</bdi>
              {session.room ? (
                <>
                  {' '}
                  (<bdi>{session.room.name}</bdi>)
                </>
              ) : null}
            </span>
          ))}
          {current.length > NAMED ? `; and ${String(current.length - NAMED)} more` : ''}
        </p>
      ) : null}
      {mine && mine.id !== slot?.id ? <p className="now-next">{sessionLink(mine, 'Your next: ')}</p> : null}
      {slot ? (
        <p className="now-next">
          {sessionLink(slot, 'Next: ')}
          {upcoming.length > 1 ? ` (and ${String(upcoming.length - 1)} more at that time)` : ''}
        </p>
      ) : (
        <p>No more sessions today or later.</p>
      )}
    </div>
  );
}
