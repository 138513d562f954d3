/**
 * iCalendar (RFC 5545) export of an agenda. Lazy-loaded: only people who download a calendar need it.
 * The file remembers nothing; the export record (kept by the store) makes a later export carry the sessions
 * unstarred since as STATUS:CANCELLED with a higher SEQUENCE, so a calendar that imported the earlier file
 * removes them rather than keeping stale entries (RFC 5546 §3.2.5 semantics, applied to a PUBLISH feed).
 */
import { formatUtc } from './calendar-links';
import type { ReminderMinutes } from './reminders';
import type { Conference, Session, SessionId } from './types';
import { removeControlCharacters } from './control-characters';
import { normalizeUrl } from './validate';

// DTSTART, DTEND and DTSTAMP are written in UTC (formatUtc), so no VTIMEZONE is needed.
const CRLF = '\r\n';
const encoder = new TextEncoder();

/**
 * RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values; other control
 * characters cannot be written at all and are dropped. The validator already refuses them: this keeps the
 * file well formed even if a bad value gets this far.
 */
export function escapeText(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  return removeControlCharacters(escaped, '\t');
}

/**
 * A URI value (RFC 5545 §3.3.13) is not escaped, so it must be a well-formed address or nothing: the
 * normalised address, with the few characters RFC 3986 does not allow that browsers leave as they are
 * (`|`, `{`, `^`…) percent-encoded.
 */
function uriValue(url: string): string | null {
  const normal = normalizeUrl(url, ['http:', 'https:']);
  return normal === null ? null : normal.replace(/[\s"<>\\^`{|}]/g, (char) => encodeURIComponent(char));
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space. Octets are counted in
 * UTF-8, and a fold never falls inside a character (code point), so no line holds half an emoji.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line is one of its 75 octets
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** What was last exported for a session: enough to cancel it later even if the schedule drops it. */
export interface ExportedSession {
  readonly sequence: number;
  readonly cancelled: boolean;
  /** Exported as a maybe (STATUS:TENTATIVE); absent when it was not. */
  readonly tentative?: boolean;
  /** Start, end, title and room as exported: a change raises the sequence. */
  readonly fingerprint: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
}

export type ExportRecord = Readonly<Record<SessionId, ExportedSession>>;

export interface PlannedEvent {
  readonly id: SessionId;
  readonly status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  readonly sequence: number;
  /** The session as the schedule has it now; absent for a cancelled session the schedule no longer has. */
  readonly session?: Session;
  readonly title: string;
  readonly start: string;
  readonly end: string;
}

function fingerprintOf(session: Session): string {
  return [session.start, session.end, session.title, session.room?.name ?? ''].join('|');
}

/**
 * The events of an export and the record to keep afterwards. Starred sessions are CONFIRMED, or TENTATIVE
 * when they are maybes (`maybe`); their sequence rises when they come back after a cancellation, have
 * changed, or went from chosen to maybe or back, so a calendar that imported the earlier file updates
 * them. Sessions exported before and unstarred since are CANCELLED with a higher sequence.
 */
export function planExport(
  starred: readonly Session[],
  all: readonly Session[],
  previous: ExportRecord,
  maybe: ReadonlySet<SessionId> = new Set(),
): { events: PlannedEvent[]; record: Record<SessionId, ExportedSession> } {
  const events: PlannedEvent[] = [];
  const record: Record<SessionId, ExportedSession> = {};
  const starredIds = new Set(starred.map((session) => session.id));
  for (const session of starred) {
    const before = previous[session.id];
    const fingerprint = fingerprintOf(session);
    const tentative = maybe.has(session.id);
    const sequence =
      before === undefined
        ? 0
        : before.cancelled || before.fingerprint !== fingerprint || (before.tentative ?? false) !== tentative
          ? before.sequence + 1
          : before.sequence;
    events.push({
      id: session.id,
      status: tentative ? 'TENTATIVE' : 'CONFIRMED',
      sequence,
      session,
      title: session.title,
      start: session.start,
      end: session.end,
    });
    record[session.id] = {
      sequence,
      cancelled: false,
      ...(tentative ? { tentative } : {}),
      fingerprint,
      title: session.title,
      start: session.start,
      end: session.end,
    };
  }
  const byId = new Map(all.map((session) => [session.id, session]));
  for (const [id, before] of Object.entries(previous)) {
    if (starredIds.has(id)) continue;
    const sequence = before.cancelled ? before.sequence : before.sequence + 1;
    const session = byId.get(id);
    events.push({
      id,
      status: 'CANCELLED',
      sequence,
      ...(session ? { session } : {}),
      title: before.title,
      start: before.start,
      end: before.end,
    });
    record[id] = { ...before, sequence, cancelled: true };
  }
  return { events, record };
}

function describe(session: Session, conference: Conference): string {
  const parts = [session.description];
  if (session.people.length > 0) parts.push(`People: ${session.people.join('; ')}`);
  parts.push(`${session.type} at ${conference.title}`);
  return parts.filter((part) => part !== '').join('\n\n');
}

export interface CalendarOptions {
  /** Adds a display alarm this many minutes before each session that is not cancelled. */
  readonly reminderMinutes?: ReminderMinutes | null;
}

export function buildCalendar(
  conference: Conference,
  events: readonly PlannedEvent[],
  now: Date,
  options: CalendarOptions = {},
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Itinerary//Personal conference agenda//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(conference.title)}`,
  ];
  for (const event of events) {
    const session = event.session;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${event.id}@${conference.id}`)}`,
      `DTSTAMP:${formatUtc(now)}`,
      `DTSTART:${formatUtc(new Date(event.start))}`,
      `DTEND:${formatUtc(new Date(event.end))}`,
      `SUMMARY:${escapeText(event.title)}`,
    );
    if (session?.room) lines.push(`LOCATION:${escapeText(session.room.name)}`);
    if (session) lines.push(`DESCRIPTION:${escapeText(describe(session, conference))}`);
    const url = session?.url === undefined ? null : uriValue(session.url);
    if (url !== null) lines.push(`URL:${url}`);
    lines.push(`STATUS:${event.status}`, `SEQUENCE:${event.sequence}`);
    const minutes = options.reminderMinutes;
    if (minutes != null && event.status !== 'CANCELLED') {
      // RFC 5545 §3.6.6: a DISPLAY alarm carries the text to show; the trigger is relative to DTSTART.
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(event.title)}`,
        `TRIGGER:-PT${String(minutes)}M`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  // Every property above is escaped or checked; dropping control characters (RFC 5545 §3.1 allows only
  // tab in a content line) once more is the last guard.
  return lines.map((line) => foldLine(removeControlCharacters(line, '\t'))).join(CRLF) + CRLF;
}
