/**
 * Every format Itinerary reads, and which one a file is: by its content, never its name (a schedule
 * downloaded as "export" or "schedule (2).json" is still what it is). `options.format` forces one.
 */
import { decodeText } from './core/decode';
import { importFailure, type ImportFormat, type ImportOptions, type ImportResult } from './core/result';
import { frabJsonConference, importFrabJson } from './frab/frab-json';
import { importFrabXml } from './frab/frab-xml';
import { importICalendar } from './icalendar/import-icalendar';
import { importJekyllPost } from './jekyll-post/import-post';
import { importSessionize, isSessionizeAll, isSessionizeGrid } from './sessionize/import-sessionize';

export interface ScheduleFormat {
  readonly id: ImportFormat;
  /** For people: "frab / pretalx JSON". */
  readonly label: string;
  /** `parsed`: a JSON document already parsed by the detection, so a large file is parsed once. */
  readonly read: (text: string, bytes: Uint8Array, options: ImportOptions, parsed?: unknown) => ImportResult;
}

export const FORMATS: readonly ScheduleFormat[] = [
  { id: 'frab-json', label: 'frab / pretalx schedule JSON', read: importFrabJson },
  { id: 'frab-xml', label: 'frab / pretalx / Pentabarf (FOSDEM) schedule XML', read: importFrabXml },
  { id: 'sessionize', label: 'Sessionize "All" JSON', read: importSessionize },
  { id: 'icalendar', label: 'iCalendar (.ics)', read: importICalendar },
  {
    id: 'jekyll-post',
    label: 'Jekyll event post (Markdown)',
    read: (_, bytes, options) => importJekyllPost(bytes, options),
  },
];

export const FORMAT_IDS: readonly ImportFormat[] = FORMATS.map((format) => format.id);

const KNOWN = 'frab or pretalx JSON/XML, Pentabarf XML, Sessionize JSON, iCalendar, or a Jekyll event post';

type Detected = { readonly format: ImportFormat; readonly parsed?: unknown } | { readonly error: string };

/** Which format `text` is in, from its first characters and, for JSON, its shape. */
export function detectFormat(text: string): Detected {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      // Broken JSON: the frab reader says where.
      return { format: 'frab-json' };
    }
    if (frabJsonConference(document)) return { format: 'frab-json', parsed: document };
    if (isSessionizeAll(document) || isSessionizeGrid(document)) return { format: 'sessionize', parsed: document };
    return { error: `a JSON file, but not a schedule Itinerary reads (${KNOWN})` };
  }
  if (/^BEGIN:VCALENDAR/i.test(head)) return { format: 'icalendar' };
  if (head.startsWith('<')) {
    const root = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z][\w:-]*)/i.exec(head)?.[1];
    if (root?.toLowerCase() === 'html') {
      return { error: `a web page, not a schedule: open the schedule's export instead (${KNOWN})` };
    }
    if (root === 'schedule') return { format: 'frab-xml' };
    // A Markdown post may start with HTML; an XML document with another root is not a schedule.
    if (head.startsWith('<?xml'))
      return { error: `an XML file, but not a frab or Pentabarf schedule (its root is <${root ?? '?'}>)` };
  }
  return { format: 'jekyll-post' };
}

/** Reads `bytes` as the format its content shows (or `options.format`) into a validated Schedule. */
export function importSchedule(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const decoded = decodeText(bytes);
  if ('error' in decoded) return importFailure(decoded.code, `not a schedule: ${decoded.error}`);
  const detected: Detected = options.format === undefined ? detectFormat(decoded.text) : { format: options.format };
  if ('error' in detected) return importFailure('not-a-schedule', `not a schedule: ${detected.error}`);
  const format = FORMATS.find((candidate) => candidate.id === detected.format);
  if (!format) return importFailure('bad-option', `unknown format "${detected.format}"`);
  const parsed = 'parsed' in detected ? detected.parsed : undefined;
  const result = format.read(decoded.text.replace(/^\uFEFF/, ''), bytes, options, parsed);
  if (!result.ok && result.code === 'not-a-schedule' && format.id === 'jekyll-post' && options.format === undefined) {
    return { ...result, error: `not a schedule Itinerary reads (${KNOWN}): ${result.error}` };
  }
  return result;
}
