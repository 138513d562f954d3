/**
 * frab's schedule model, shared by its JSON and XML exports (and Pentabarf's): the records the two readers
 * make of their files, which frab-events.ts turns into sessions.
 */
import type { Diagnostics } from '../core/diagnostics';
import type { ImportFormat } from '../core/result';

// Optional fields may be present but undefined: the readers fill them straight from the file.
export interface FrabConference {
  readonly acronym?: string | undefined;
  readonly title?: string | undefined;
  readonly url?: string | undefined;
  readonly place?: string | undefined;
  readonly timeZoneName?: string | undefined;
  /** Pentabarf's `day_change` ("09:00:00"): events that start earlier belong to the day before. */
  readonly dayChange?: string | undefined;
  readonly days: readonly string[];
}

export interface FrabEvent {
  readonly guid?: string | undefined;
  readonly id?: string | undefined;
  /** ISO date-time, with its offset in current exports. */
  readonly date?: string | undefined;
  /** The day it is listed under. */
  readonly day?: string | undefined;
  /** "HH:MM" wall time, for exports without `date`. */
  readonly start?: string | undefined;
  readonly duration?: string | undefined;
  readonly room?: string | undefined;
  readonly title?: string | undefined;
  readonly subtitle?: string | undefined;
  readonly type?: string | undefined;
  readonly track?: string | undefined;
  readonly language?: string | undefined;
  readonly abstract?: string | undefined;
  readonly description?: string | undefined;
  readonly persons: readonly string[];
  readonly url?: string | undefined;
  readonly links: readonly { readonly url: string; readonly title: string }[];
  /** Where a status field says so ("canceled", "cancelled"). */
  readonly status?: string | undefined;
  /** Where it is in the file, for diagnostics: a line (XML) or a path (JSON). */
  readonly line?: number | undefined;
  readonly where: string;
}

export interface FrabSource {
  readonly format: ImportFormat;
  readonly bytes: Uint8Array;
  readonly conference: FrabConference;
  readonly events: readonly FrabEvent[];
  readonly diagnostics: Diagnostics;
}
