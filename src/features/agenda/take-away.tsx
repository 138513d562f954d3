import { useId, useState } from 'react';
import { REMINDER_MINUTES } from '../../schedule/reminders';
import { chooseReminder, useReminder } from '../../store/reminder';
import type { Schedule, Session, SessionId } from '../../schedule/types';
import { useItineraryActions } from '../../store/itinerary-store';
import { calendarFor, downloadText } from '../../session/download';
import { SharePanel } from './share-panel';

interface TakeAwayProps {
  readonly schedule: Schedule;
  readonly starred: readonly Session[];
  /** The maybes among them: tentative in the calendar, marked as such in a share link. */
  readonly maybe: ReadonlySet<SessionId>;
  readonly onPrint: () => void;
}

/** Print, calendar and share: the ways to take the agenda away. */
export function TakeAway({ schedule, starred, maybe, onPrint }: TakeAwayProps) {
  const { recordExport, readExports } = useItineraryActions();
  const [exported, setExported] = useState<string | null>(null);
  const empty = starred.length === 0;
  const reminder = useReminder();
  const reminderId = useId();
  const exportCalendar = async () => {
    const { plan, build } = await calendarFor(starred, schedule.sessions, readExports(), maybe);
    downloadText(
      `${schedule.conference.id}-agenda.ics`,
      build(schedule.conference, plan.events, new Date(), { reminderMinutes: reminder }),
      'text/calendar',
    );
    recordExport(plan.record);
    const cancelled = plan.events.filter((event) => event.status === 'CANCELLED').length;
    const tentative = plan.events.filter((event) => event.status === 'TENTATIVE').length;
    setExported(
      `Calendar file with ${starred.length} ${starred.length === 1 ? 'session' : 'sessions'}` +
        (tentative > 0 ? ` (${tentative} of them ${tentative === 1 ? 'a maybe' : 'maybes'}, as tentative)` : '') +
        (cancelled > 0 ? ` and ${cancelled} cancelled since your last export` : '') +
        '. Open it with your calendar app.',
    );
  };
  return (
    <div className="take-away" role="group" aria-label="Take your agenda with you">
      <button type="button" onClick={onPrint} disabled={empty}>
        Print agenda
      </button>
      <button type="button" className="secondary" onClick={() => void exportCalendar()} disabled={empty}>
        Download calendar (.ics)
      </button>
      <label className="reminder" htmlFor={reminderId}>
        Reminder{' '}
        <select
          id={reminderId}
          value={reminder === null ? 'none' : String(reminder)}
          onChange={(event) => {
            const minutes = REMINDER_MINUTES.find((choice) => String(choice) === event.target.value);
            chooseReminder(minutes ?? null);
          }}
        >
          <option value="none">None</option>
          {REMINDER_MINUTES.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {minutes} minutes before
            </option>
          ))}
        </select>
      </label>
      <SharePanel conferenceId={schedule.conference.id} ids={starred.map((session) => session.id)} maybe={maybe} />
      {empty ? <p className="note">Star at least one session to print, export or share your agenda.</p> : null}
      <p role="status" className="take-away-status">
        {exported ?? ''}
      </p>
    </div>
  );
}
