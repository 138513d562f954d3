/** The shape of what is persisted for one conference, and what a conference nobody has touched has. */
import type { SessionId } from '../schedule/types';
import type { ExportRecord } from '../schedule/ics';
import type { AgendaChange, SessionSnapshot } from '../schedule/changes';

export type ZoneMode = 'event' | 'viewer';

export interface PersistedItinerary {
  readonly starredIds: readonly SessionId[];
  /**
   * When (ms since 1970) each session was last starred or unstarred in any tab: stars are events, and two
   * tabs' lists are merged id by id, the later change winning. An unstarred id keeps its time, so that
   * another tab's older star does not bring it back.
   */
  readonly changedAt: Readonly<Record<SessionId, number>>;
  /**
   * Starred sessions the attendee may attend instead of the one chosen in an overlap ("Maybe"): still
   * starred, but no longer a conflict, printed as "or:" and exported as tentative. Only starred ids count;
   * unstarring a session takes its maybe away.
   */
  readonly maybeIds: readonly SessionId[];
  /** When each session was last marked or unmarked as a maybe, merged between tabs like `changedAt`. */
  readonly maybeChangedAt: Readonly<Record<SessionId, number>>;
  readonly zoneMode: ZoneMode;
  /** When the zone was last chosen; 0 when never. */
  readonly zoneModeAt: number;
  /** What the last calendar exports held, so a later one can cancel what was unstarred since. */
  readonly exports: ExportRecord;
  /** The query of the view last seen (filters, view), restored when the attendee comes back to it. */
  readonly lastQuery: string;
  /** What the last update of the schedule changed in the agenda; shown until dismissed. */
  readonly update: ScheduleUpdate;
}

export interface ScheduleUpdate {
  /** When it was recorded or last dismissed, ms since 1970 (other tabs merge by it); 0 when never. */
  readonly at: number;
  readonly changes: readonly AgendaChange[];
  /** Starred sessions the schedule no longer has, shown as such until dismissed one by one. */
  readonly vanished: readonly SessionSnapshot[];
}

export const NO_UPDATE: ScheduleUpdate = { at: 0, changes: [], vanished: [] };
