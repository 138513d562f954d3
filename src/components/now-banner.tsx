import { civilDateInZone, formatDatedTimeRange, formatTimeRange } from '../schedule/time';
import type { ConferenceMoment } from '../schedule/now';
import { QueryLink } from './query-link';

interface NowBannerProps {
  readonly moment: ConferenceMoment;
  readonly title: string;
  readonly zone: string;
  readonly now: Date;
  /** The query of the list of all sessions, where every card is. */
  readonly allSessions: URLSearchParams;
}

function nextTime(start: Date, end: Date, zone: string, now: Date): string {
  // Today's next session needs no date; tomorrow's does.
  return civilDateInZone(start, zone) === civilDateInZone(now, zone)
    ? formatTimeRange(start, end, zone)
    : formatDatedTimeRange(start, end, zone);
}

export function NowBanner({ moment, title, zone, now, allSessions }: NowBannerProps) {
  if (moment.phase === 'before') return null;
  if (moment.phase === 'after') {
    return (
      <p className="now-banner quiet" role="status">
        {title} is over. Every session is still listed, and your agenda stays in this browser.
      </p>
    );
  }
  return (
    <div className="now-banner" role="status">
      {moment.current.length > 0 ? (
        <p>
          <strong>Now:</strong> {moment.current.map((session) => session.title).join('; ')}
        </p>
      ) : null}
      {moment.next ? (
        <p>
          <QueryLink params={allSessions} hash={`session-${moment.next.id}`}>
            Next: {moment.next.title}, {nextTime(new Date(moment.next.start), new Date(moment.next.end), zone, now)}
          </QueryLink>
        </p>
      ) : (
        <p>No more sessions today or later.</p>
      )}
    </div>
  );
}
