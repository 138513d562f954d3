import { formatTimeRange } from '../schedule/time';
import type { Session } from '../schedule/types';

export function SessionCard({ session, zone }: { session: Session; zone: string }) {
  const titleId = `session-${session.id}`;
  return (
    <article className="session" aria-labelledby={titleId}>
      <h3 id={titleId}>{session.title}</h3>
      <p className="session-when">
        <time dateTime={session.start}>{formatTimeRange(new Date(session.start), new Date(session.end), zone)}</time>
      </p>
      <p className="session-facts">
        <span className="badge">{session.type}</span>
        {session.room ? <span>Room {session.room.name}</span> : null}
      </p>
    </article>
  );
}
