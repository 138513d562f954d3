/**
 * One session as a calendar file (the card's "Add to calendar"): this module, with the calendar code and
 * the reminder setting it reads, loads on the first press, since most cards never export.
 */
import { buildCalendar, planExport, type ExportedSession, type ExportRecord } from '../schedule/ics';
import type { Conference, Session, SessionId } from '../schedule/types';
import { readReminder } from '../store/reminder';
import { downloadText } from './download';

/**
 * Downloads the session's .ics and returns what the export held. Same UID as the agenda export; the
 * sequence rises if this session was cancelled or changed since `previous`, and a maybe is tentative.
 */
export function exportSession(
  session: Session,
  conference: Conference,
  previous: ExportedSession | undefined,
  maybe: ReadonlySet<SessionId>,
): ExportRecord {
  const plan = planExport([session], [session], previous ? { [session.id]: previous } : {}, maybe);
  downloadText(
    `${session.id}.ics`,
    buildCalendar(conference, plan.events, new Date(), { reminderMinutes: readReminder() }),
    'text/calendar',
  );
  return plan.record;
}
