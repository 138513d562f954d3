/**
 * unknown -> Schedule. The only door into the app: every schedule, generated or loaded, passes here.
 * Errors name the path of the bad value ("sessions[3].end: ...") so a person can find it.
 */
import { findControlCharacter } from './control-characters';
import { isValidTimeZone, parseCivilDate } from './time';
import {
  SCHEDULE_FORMAT_VERSION,
  type Conference,
  type Diagnostic,
  type Link,
  type Room,
  type Schedule,
  type Session,
} from './types';
import { SESSION_ID, CONFERENCE_ID } from './ids';

export type ValidationResult = { ok: true; schedule: Schedule } | { ok: false; errors: string[] };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const SHA256 = /^[0-9a-f]{64}$/;

class Reader {
  readonly errors: string[] = [];

  fail(path: string, message: string): void {
    this.errors.push(`${path}: ${message}`);
  }

  record(value: unknown, path: string): Record<string, unknown> | null {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value));
    }
    this.fail(path, `expected an object, got ${describe(value)}`);
    return null;
  }

  array(value: unknown, path: string): unknown[] | null {
    if (Array.isArray(value)) {
      const list: unknown[] = value;
      return list;
    }
    this.fail(path, `expected a list, got ${describe(value)}`);
    return null;
  }

  /** Text with no control characters; `multiline` text (descriptions) may keep its line feeds. */
  text(value: unknown, path: string, { allowEmpty = false, multiline = false } = {}): string {
    if (typeof value !== 'string') {
      this.fail(path, `expected text, got ${describe(value)}`);
      return '';
    }
    if (!allowEmpty && value.trim() === '') this.fail(path, 'must not be empty');
    // Control characters (tab and carriage return included) break calendar files and layouts.
    const control = findControlCharacter(value, multiline ? '\n' : '');
    if (control >= 0) {
      const code = value.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
      this.fail(path, `contains the control character U+${code} at position ${control}`);
    }
    return value;
  }

  optionalText(value: unknown, path: string): string | undefined {
    return value === undefined ? undefined : this.text(value, path);
  }

  pattern(value: unknown, path: string, pattern: RegExp, what: string): string {
    const text = this.text(value, path);
    if (text !== '' && !pattern.test(text)) this.fail(path, `expected ${what}, got ${JSON.stringify(text)}`);
    return text;
  }

  url(value: unknown, path: string, schemes: readonly string[]): string {
    const text = this.text(value, path);
    if (text !== '' && !isUrlWithScheme(text, schemes)) {
      this.fail(path, `expected a ${schemes.join(' or ')} address, got ${JSON.stringify(text)}`);
    }
    return text;
  }

  optionalUrl(value: unknown, path: string, schemes: readonly string[]): string | undefined {
    return value === undefined ? undefined : this.url(value, path, schemes);
  }

  date(value: unknown, path: string): string {
    const text = this.text(value, path);
    if (text !== '' && parseCivilDate(text) === null)
      this.fail(path, `expected a date YYYY-MM-DD, got ${JSON.stringify(text)}`);
    return text;
  }

  instant(value: unknown, path: string): string {
    const text = this.text(value, path);
    if (text !== '' && (!ISO_INSTANT.test(text) || Number.isNaN(Date.parse(text)))) {
      this.fail(
        path,
        `expected an ISO 8601 instant with offset (2024-11-18T11:21:00-05:00), got ${JSON.stringify(text)}`,
      );
    }
    return text;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `text ${JSON.stringify(value.slice(0, 40))}` : typeof value;
}

export function isUrlWithScheme(text: string, schemes: readonly string[]): boolean {
  return normalizeUrl(text, schemes) !== null;
}

/**
 * The address as a browser would follow it (`new URL(text).href`), or null when it is not an absolute
 * address with one of `schemes`. The URL parser drops tabs and line breaks and percent-encodes other
 * control characters, so what this returns is safe to store and to write into a calendar file.
 */
export function normalizeUrl(text: string, schemes: readonly string[]): string | null {
  try {
    const url = new URL(text.trim());
    return schemes.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const WEB = ['http:', 'https:'] as const;
/** Links an attendee may follow; anything else (javascript:, relative paths) never reaches the app. */
export const LINK_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

function readConference(read: Reader, value: unknown): Conference | null {
  const record = read.record(value, 'conference');
  if (!record) return null;
  const source = read.record(record.source, 'conference.source');
  const timeZone = read.text(record.timeZone, 'conference.timeZone');
  if (timeZone !== '' && !isValidTimeZone(timeZone)) {
    read.fail(
      'conference.timeZone',
      `unknown time zone ${JSON.stringify(timeZone)} (expected an IANA name like America/New_York)`,
    );
  }
  const start = read.date(record.start, 'conference.start');
  const end = read.date(record.end, 'conference.end');
  if (start !== '' && end !== '' && end < start) read.fail('conference.end', `${end} is before the start ${start}`);
  const url = read.optionalUrl(record.url, 'conference.url', WEB);
  const place = read.optionalText(record.place, 'conference.place');
  const format = read.optionalText(source?.format, 'conference.source.format');
  return {
    id: read.pattern(record.id, 'conference.id', CONFERENCE_ID, 'a lower-case slug'),
    title: read.text(record.title, 'conference.title'),
    timeZone,
    start,
    end,
    ...(url === undefined ? {} : { url }),
    ...(place === undefined ? {} : { place }),
    description: read.text(record.description, 'conference.description', { allowEmpty: true, multiline: true }),
    source: {
      file: read.text(source?.file, 'conference.source.file'),
      ...(format === undefined ? {} : { format }),
      sha256: read.pattern(source?.sha256, 'conference.source.sha256', SHA256, '64 lower-case hex digits'),
    },
  };
}

function readLink(read: Reader, value: unknown, path: string): Link {
  const record = read.record(value, path);
  return {
    text: read.text(record?.text, `${path}.text`),
    url: read.url(record?.url, `${path}.url`, LINK_SCHEMES),
  };
}

function readRoom(read: Reader, value: unknown, path: string): Room | undefined {
  if (value === undefined) return undefined;
  const record = read.record(value, path);
  const url = read.optionalUrl(record?.url, `${path}.url`, WEB);
  return { name: read.text(record?.name, `${path}.name`), ...(url === undefined ? {} : { url }) };
}

const SESSION_STATUSES: readonly string[] = ['cancelled'];

function readSession(read: Reader, value: unknown, path: string): Session {
  const record = read.record(value, path);
  const subtitle = read.optionalText(record?.subtitle, `${path}.subtitle`);
  const day = record?.day === undefined ? undefined : read.date(record.day, `${path}.day`);
  const track = read.optionalText(record?.track, `${path}.track`);
  const language = read.optionalText(record?.language, `${path}.language`);
  const status = record?.status;
  if (status !== undefined && !(typeof status === 'string' && SESSION_STATUSES.includes(status))) {
    read.fail(`${path}.status`, `expected "cancelled" or nothing, got ${describe(status)}`);
  }
  const sourceId = read.optionalText(record?.sourceId, `${path}.sourceId`);
  const start = read.instant(record?.start, `${path}.start`);
  const end = read.instant(record?.end, `${path}.end`);
  // Zero-length events exist in real schedules (a "00:00" duration: a deadline, a marker); none ends earlier.
  if (start !== '' && end !== '' && !(Date.parse(end) >= Date.parse(start))) {
    read.fail(`${path}.end`, `${end} is before the start ${start}`);
  }
  const room = readRoom(read, record?.room, `${path}.room`);
  const url = read.optionalUrl(record?.url, `${path}.url`, WEB);
  const people = read.array(record?.people, `${path}.people`) ?? [];
  const links = read.array(record?.links, `${path}.links`) ?? [];
  return {
    id: read.pattern(record?.id, `${path}.id`, SESSION_ID, 'letters, digits, "_", "." or "-"'),
    title: read.text(record?.title, `${path}.title`),
    ...(subtitle === undefined ? {} : { subtitle }),
    start,
    end,
    ...(day === undefined ? {} : { day }),
    type: read.text(record?.type, `${path}.type`),
    ...(track === undefined ? {} : { track }),
    ...(language === undefined ? {} : { language }),
    ...(status === 'cancelled' ? { status } : {}),
    ...(sourceId === undefined ? {} : { sourceId }),
    ...(room === undefined ? {} : { room }),
    ...(url === undefined ? {} : { url }),
    people: people.map((person, i) => read.text(person, `${path}.people[${i}]`)),
    description: read.text(record?.description, `${path}.description`, { allowEmpty: true, multiline: true }),
    links: links.map((link, i) => readLink(read, link, `${path}.links[${i}]`)),
  };
}

function readDiagnostic(read: Reader, value: unknown, path: string): Diagnostic {
  const record = read.record(value, path);
  const severity = record?.severity;
  if (severity !== 'error' && severity !== 'warning') read.fail(`${path}.severity`, 'expected "error" or "warning"');
  const line = record?.line;
  if (line !== undefined && !(typeof line === 'number' && Number.isInteger(line) && line > 0)) {
    read.fail(`${path}.line`, 'expected a positive whole number');
  }
  return {
    severity: severity === 'error' ? 'error' : 'warning',
    ...(typeof line === 'number' ? { line } : {}),
    message: read.text(record?.message, `${path}.message`),
  };
}

export function validateSchedule(value: unknown): ValidationResult {
  const read = new Reader();
  const record = read.record(value, 'schedule');
  if (!record) return { ok: false, errors: read.errors };
  // Version 1 is version 2 without its optional fields: it loads as it is.
  if (record.formatVersion !== 1 && record.formatVersion !== SCHEDULE_FORMAT_VERSION) {
    read.fail('formatVersion', `expected 1 or ${SCHEDULE_FORMAT_VERSION}, got ${describe(record.formatVersion)}`);
  }
  const conference = readConference(read, record.conference);
  const sessions = (read.array(record.sessions, 'sessions') ?? []).map((session, i) =>
    readSession(read, session, `sessions[${i}]`),
  );
  const seen = new Set<string>();
  sessions.forEach((session, i) => {
    if (seen.has(session.id))
      read.fail(`sessions[${i}].id`, `${JSON.stringify(session.id)} is used by an earlier session`);
    seen.add(session.id);
  });
  const diagnostics = (read.array(record.diagnostics, 'diagnostics') ?? []).map((diagnostic, i) =>
    readDiagnostic(read, diagnostic, `diagnostics[${i}]`),
  );
  if (read.errors.length > 0 || !conference) return { ok: false, errors: read.errors };
  return { ok: true, schedule: { formatVersion: SCHEDULE_FORMAT_VERSION, conference, sessions, diagnostics } };
}
