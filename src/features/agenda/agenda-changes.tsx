/** What the last update of the schedule changed in the attendee's agenda, until they dismiss it. */
import type { ReactNode } from 'react';
import type { AgendaChange } from '../../schedule/changes';
import { formatDatedTimeRange, type ClockStyle } from '../../schedule/time-format';
import { useClock } from '../../session/display';
import { useItineraryActions, useScheduleUpdate } from '../../store/itinerary-store';

function when(snapshot: { start: string; end: string }, zone: string, clock: ClockStyle): string {
  return formatDatedTimeRange(new Date(snapshot.start), new Date(snapshot.end), zone, clock);
}

/**
 * One change in words. The schedule's own text (a title, a room) is isolated (<bdi>): a right-to-left
 * override it leaves open cannot reverse the words around it.
 */
function describe(change: AgendaChange, zone: string, clock: ClockStyle): ReactNode {
  const title = <bdi>{change.before.title}</bdi>;
  switch (change.kind) {
    case 'moved':
      return (
        <>
          {title} moved: {when(change.before, zone, clock)} → {when(change.after, zone, clock)}
        </>
      );
    case 'room':
      return (
        <>
          {title} changed room: <bdi>{change.before.room ?? 'no room'}</bdi> →{' '}
          <bdi>{change.after.room ?? 'no room'}</bdi>
        </>
      );
    case 'cancelled':
      return <>{title} is cancelled</>;
    case 'removed':
      return change.ambiguous === undefined ? (
        <>{title} is no longer in the schedule</>
      ) : (
        <>
          {title} is no longer in the schedule under its id, and {String(change.ambiguous)} sessions of the new version
          could be it (the same title and time or room): your star was not moved to any of them, so check which one you
          meant
        </>
      );
  }
}

export function AgendaChanges({ zone }: { zone: string }) {
  const clock = useClock();
  const { changes } = useScheduleUpdate();
  const { dismissChanges } = useItineraryActions();
  if (changes.length === 0) return null;
  return (
    <section className="notice agenda-changes" role="region" aria-label="Changes in your agenda">
      <p>
        <strong>This schedule was updated.</strong>{' '}
        {changes.length === 1 ? 'One change' : `${String(changes.length)} changes`} in your agenda:
      </p>
      <ul>
        {changes.map((change, i) => (
          <li key={`${change.kind}-${change.before.id}-${String(i)}`}>{describe(change, zone, clock)}</li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={dismissChanges}>
        Dismiss
      </button>
    </section>
  );
}
