/**
 * One session as a calendar file (the card's "Add to calendar"): loaded on the first press, with the
 * calendar code and the reminder setting it reads, since most cards never export.
 */
import type { ExportedSession, ExportRecord } from '../schedule/ics';
import type { Conference, Session, SessionId } from '../schedule/types';
import { readReminder } from '../store/reminder';
import { calendarFor, downloadText } from './download';

/**
 * Downloads the session's .ics and returns what the export held. Same UID as the agenda export; the
 * sequence rises if this session was cancelled or changed since `previous`, and a maybe is tentative.
 */
export async function exportSession(
  session: Session,
  conference: Conference,
  previous: ExportedSession | undefined,
  maybe: ReadonlySet<SessionId>,
): Promise<ExportRecord> {
  const { plan, build } = await calendarFor([session], [session], previous ? { [session.id]: previous } : {}, maybe);
  downloadText(
    `${session.id}.ics`,
    build(conference, plan.events, new Date(), { reminderMinutes: readReminder() }),
    'text/calendar',
  );
  return plan.record;
}
