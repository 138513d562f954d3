/**
 * The zone an attendee gave for a file (ImportOptions.timeZone), read the same way by every importer:
 * not given, a zone (an IANA name, UTC, or a written one such as "Eastern Standard Time"), or a name that
 * is no zone, which the importer refuses with the answer to give (`bad-option`, naming `timeZone`).
 */
import { plainText } from './html-text';
import { importFailure, type ImportOptions, type ImportResult } from './result';
import { resolveZoneName, type ResolvedZone } from './zone-names';

export type GivenZone =
  | { readonly kind: 'none' }
  | { readonly kind: 'zone'; readonly resolved: ResolvedZone }
  | { readonly kind: 'unknown'; readonly text: string; readonly shown: string };

export function givenZone(options: ImportOptions): GivenZone {
  if (options.timeZone === undefined) return { kind: 'none' };
  const resolved = resolveZoneName(options.timeZone);
  return resolved
    ? { kind: 'zone', resolved }
    : { kind: 'unknown', text: options.timeZone, shown: plainText(options.timeZone) };
}

/** The refusal of a zone that is no zone: "unknown time zone "Mars/Base"", and what would settle it. */
export function unknownZoneFailure(zone: { readonly shown: string }, detail = ''): ImportResult {
  return importFailure('bad-option', `unknown time zone "${zone.shown}"${detail}`, [], ['timeZone']);
}
