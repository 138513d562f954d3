/**
 * The Schedule contract: what every importer produces and the only shape the app reads.
 * Documented with an example in docs/schedule-format.md; checked at runtime by validate.ts.
 */

/** Stable across re-imports of the same source: the official program id, else a date + title slug. */
export type SessionId = string;

/** A calendar date without a zone, `YYYY-MM-DD`. */
export type IsoDate = string;

/** An instant as ISO 8601 with its offset, e.g. `2024-11-18T11:21:00-05:00`. */
export type IsoInstant = string;

export interface Link {
  readonly text: string;
  /** http(s) or mailto only. */
  readonly url: string;
}

export interface Room {
  readonly name: string;
  readonly url?: string;
}

/** Absent means confirmed: the session takes place as scheduled. */
export type SessionStatus = 'cancelled';

export interface Session {
  readonly id: SessionId;
  readonly title: string;
  /** A second line of title, as frab and Pentabarf have it. */
  readonly subtitle?: string;
  readonly start: IsoInstant;
  readonly end: IsoInstant;
  /**
   * The conference day the session belongs to, when it is not the date of its start in the conference's
   * zone: a 1 a.m. concert is listed under the evening before (frab's `day_change`).
   */
  readonly day?: IsoDate;
  /** As the source writes it: "Workshop", "BOF", "Poster", ... */
  readonly type: string;
  readonly track?: string;
  /** As the source writes it: "en", "de", "English". */
  readonly language?: string;
  /** Cancelled sessions are kept, marked, so an attendee who starred one learns of it. */
  readonly status?: SessionStatus;
  /** The source's own identifier (frab guid, Sessionize id, iCalendar UID), where it differs from `id`. */
  readonly sourceId?: string;
  readonly room?: Room;
  /** The session's details page. */
  readonly url?: string;
  readonly people: readonly string[];
  /** Plain text; paragraphs separated by a blank line. Never HTML. */
  readonly description: string;
  readonly links: readonly Link[];
}

export interface ScheduleSource {
  /** File name of the source, without folders (the last part of its address when it was fetched). */
  readonly file: string;
  /** The format it was read as: "jekyll-post", "frab-json", "frab-xml", "sessionize", "icalendar". */
  readonly format?: string;
  /** SHA-256 of the source's bytes as published, lower-case hex. */
  readonly sha256: string;
}

export interface Conference {
  /** Lower-case slug; keys the attendee's stored stars. */
  readonly id: string;
  readonly title: string;
  /** IANA zone the source's wall-clock times are in. */
  readonly timeZone: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The full official program. */
  readonly url?: string;
  /** Where it is held, as written ("Atlanta, GA"). */
  readonly place?: string;
  /** The source's introduction, plain text. */
  readonly description: string;
  readonly source: ScheduleSource;
}

export type DiagnosticSeverity = 'error' | 'warning';

/**
 * Something the importer could not read (error: a session or field was not imported)
 * or read with a doubt (warning: repaired, ignored or suspicious).
 */
export interface Diagnostic {
  readonly severity: DiagnosticSeverity;
  /** 1-based line in the source, when the problem has one. */
  readonly line?: number;
  readonly message: string;
}

/** Version 2 added subtitle, day, track, language, status and sourceId; version 1 files still load. */
export const SCHEDULE_FORMAT_VERSION = 2;

export interface Schedule {
  readonly formatVersion: typeof SCHEDULE_FORMAT_VERSION;
  readonly conference: Conference;
  readonly sessions: readonly Session[];
  readonly diagnostics: readonly Diagnostic[];
}
