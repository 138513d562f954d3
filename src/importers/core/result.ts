/**
 * What every importer takes and gives back. A failure carries a code and the inputs that would let the
 * import go through (a zone, a year), so the command line can name a flag and the page a form field.
 */
import type { Diagnostic, Schedule } from '../../schedule/types';

export type ImportFormat = 'jekyll-post' | 'frab-json' | 'frab-xml' | 'sessionize' | 'icalendar';

export interface ImportOptions {
  /** The source's file name (or the last part of its address): the CLI and page show it, ids never use it. */
  readonly fileName?: string;
  /** The zone the source's wall-clock times are in, where it does not say: an IANA name or a written one. */
  readonly timeZone?: string;
  /** The year of a source that leaves it out (a Jekyll post's day headings). */
  readonly year?: number;
  /** Read as this format rather than the one its content suggests. */
  readonly format?: ImportFormat;
  /** Told how far a long import has got, as a fraction from 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
}

/** An input the import needs and the source does not give. */
export type NeededInput = 'timeZone' | 'year';

export type ImportFailureCode =
  'empty' | 'binary' | 'not-a-schedule' | 'broken' | 'no-sessions' | 'needs-input' | 'bad-option' | 'invalid';

export interface SessionSource {
  readonly id: string;
  /** 1-based line of the session in the source, where the format has lines that matter (a post's heading). */
  readonly line?: number;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly schedule: Schedule;
      readonly format: ImportFormat;
      readonly sessionLines: readonly SessionSource[];
    }
  | {
      readonly ok: false;
      readonly code: ImportFailureCode;
      /** One line that says what is wrong and, where an input would help, which. */
      readonly error: string;
      readonly needs?: readonly NeededInput[];
      /** Zones the source's times fit (by their offsets), to suggest when the zone is needed. */
      readonly zoneHints?: readonly string[];
      readonly diagnostics: readonly Diagnostic[];
    };

export type ImportFailure = Extract<ImportResult, { ok: false }>;

export function importFailure(
  code: ImportFailureCode,
  error: string,
  diagnostics: readonly Diagnostic[] = [],
  needs?: readonly NeededInput[],
  zoneHints?: readonly string[],
): ImportFailure {
  return {
    ok: false,
    code,
    error,
    diagnostics,
    ...(needs === undefined ? {} : { needs }),
    ...(zoneHints === undefined || zoneHints.length === 0 ? {} : { zoneHints }),
  };
}
