/**
 * Jekyll event post -> Schedule. Pure: no file system, so it runs in Node and in a browser.
 *
 * The post's layout, as the Parsl community writes it:
 *   front matter (YAML), an introduction that says which zone the times are in,
 *   `## Tuesday, November 19` day headings, `### Title` session headings, then per session a `<pre>`
 *   line of fields separated by `|` (Time, Event Type, Location, More details, Author; any order, any
 *   may be missing) and a description.
 * Markdown goes through markdown-it, inline HTML through htmlparser2, front matter through yaml.
 * Every session heading becomes a session or an error diagnostic with its line: none is dropped silently.
 */
import MarkdownIt, { type Env, type Token } from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Element } from 'domhandler';
import {
  SCHEDULE_FORMAT_VERSION,
  type Diagnostic,
  type Link,
  type Room,
  type Schedule,
  type Session,
} from '../schedule/types';
import {
  addDays,
  formatCivilDate,
  isRealDate,
  isValidTimeZone,
  toIsoInZone,
  wallTimeToInstant,
  weekdayOf,
  type CivilDate,
} from '../schedule/time';
import { isUrlWithScheme, validateSchedule } from '../schedule/validate';
import { repairMojibake } from './mojibake';
import { parseTimeRange } from './time-range';
import { findZoneMentions, lookUpWrittenZone, type WrittenZone } from './zone-names';
import { parseDayHeading, settleYear, WEEKDAY_NAMES, type DayHeading } from './event-dates';
import { findElements, parseHtml, splitFields, textAndLinks, type FieldPiece } from './html-text';
import { slugify } from './slug';

export interface ImportOptions {
  /** The source's file name; gives the conference id and, as `YYYY-MM-DD-…`, the post date. */
  readonly fileName?: string;
  /** Overrides the year the post's dates are in. */
  readonly year?: number;
  /** Overrides the zone the post's times are in: an IANA name or a written one ("Eastern Time"). */
  readonly timeZone?: string;
}

export interface SessionSourceLine {
  readonly id: string;
  /** 1-based line of the session's heading. */
  readonly line: number;
}

export type ImportResult =
  | { readonly ok: true; readonly schedule: Schedule; readonly sessionLines: readonly SessionSourceLine[] }
  | {
      readonly ok: false;
      /** One line that says what is wrong and, where a flag would help, which one. */
      readonly error: string;
      readonly diagnostics: readonly Diagnostic[];
    };

interface Chunk {
  readonly html: string;
  readonly line: number;
}

interface DaySection {
  readonly line: number;
  readonly text: string;
  readonly heading: DayHeading | null;
}

interface SessionBlock {
  readonly line: number;
  readonly title: string;
  readonly day: DaySection | null;
  readonly chunks: Chunk[];
}

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

class Diagnostics {
  readonly list: Diagnostic[] = [];
  error(line: number | undefined, message: string): void {
    this.list.push(line === undefined ? { severity: 'error', message } : { severity: 'error', line, message });
  }
  warning(line: number | undefined, message: string): void {
    this.list.push(line === undefined ? { severity: 'warning', message } : { severity: 'warning', line, message });
  }
  sorted(): Diagnostic[] {
    return [...this.list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }
}

function decodeText(bytes: Uint8Array): string | { error: string } {
  if (bytes.includes(0)) return { error: 'it is a binary file, not a text post' };
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return { error: 'it is not UTF-8 text (a binary file or another encoding)' };
  }
}

function looksBinary(text: string): boolean {
  // Control characters other than tab, line feed, vertical tab, form feed and carriage return.
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x01 && code <= 0x08) || (code >= 0x0e && code <= 0x1f) || code === 0x7f) controls++;
  }
  return controls > 0 && controls * 50 > text.length;
}

interface FrontMatter {
  readonly data: Record<string, unknown>;
  /** 0-based index of the first line after the front matter. */
  readonly bodyStart: number;
}

function readFrontMatter(lines: readonly string[], diagnostics: Diagnostics): FrontMatter {
  if (lines[0]?.trim() !== '---') return { data: {}, bodyStart: 0 };
  const close = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'));
  if (close < 0) {
    diagnostics.warning(1, 'the front matter that starts on line 1 has no closing "---"; read as text');
    return { data: {}, bodyStart: 0 };
  }
  try {
    const parsed: unknown = parseYaml(lines.slice(1, close).join('\n'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return { data: Object.fromEntries(Object.entries(parsed)), bodyStart: close + 1 };
    }
    if (parsed !== null && parsed !== undefined)
      diagnostics.warning(2, 'the front matter is not a list of "key: value" lines; ignored');
  } catch (error) {
    diagnostics.warning(
      2,
      `the front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : 'unreadable'}); ignored`,
    );
  }
  return { data: {}, bodyStart: close + 1 };
}

function frontMatterText(data: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function postDateOf(data: Record<string, unknown>, fileName: string | undefined): CivilDate | undefined {
  const value = data.date;
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  for (const text of [typeof value === 'string' ? value : undefined, fileName]) {
    const match = text === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})(?:\b|-)/.exec(text.trim());
    if (match) {
      const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
      if (isRealDate(date)) return date;
    }
  }
  return undefined;
}

function renderChunk(token: Token, env: Env): string {
  return markdown.renderer.render([token], markdown.options, env);
}

function inlineText(token: Token | undefined, env: Env): string {
  if (!token) return '';
  return textAndLinks(parseHtml(renderChunk(token, env)).children)
    .text.replace(/\s+/g, ' ')
    .trim();
}

interface Structure {
  readonly intro: Chunk[];
  readonly days: DaySection[];
  readonly sessions: SessionBlock[];
  readonly firstH1?: string;
  readonly headingLines: ReadonlySet<number>;
  readonly fenceLines: ReadonlySet<number>;
}

/** Splits the Markdown into the introduction, day sections and session blocks, keeping line numbers. */
function readStructure(body: string, lineOffset: number, diagnostics: Diagnostics): Structure {
  const env: Env = {};
  const tokens = markdown.parse(body, env);
  const intro: Chunk[] = [];
  const days: DaySection[] = [];
  const sessions: SessionBlock[] = [];
  const headingLines = new Set<number>();
  const fenceLines = new Set<number>();
  let firstH1: string | undefined;
  let day: DaySection | null = null;
  let session: SessionBlock | null = null;
  let seenHeading = false;
  let strayReported = false;
  let line = lineOffset + 1;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.map) line = token.map[0] + lineOffset + 1;
    if (token.type === 'fence' || token.type === 'code_block') {
      for (let l = token.map?.[0] ?? 0; l < (token.map?.[1] ?? 0); l++) fenceLines.add(l + lineOffset + 1);
    }
    if (token.type === 'heading_open') {
      headingLines.add(line);
      const text = inlineText(tokens[i + 1], env);
      i += 2; // inline, heading_close
      seenHeading = true;
      if (token.tag === 'h1') {
        firstH1 ??= text;
        session = null;
        continue;
      }
      if (token.tag === 'h2') {
        session = null;
        strayReported = false;
        day = { line, text, heading: parseDayHeading(text) };
        days.push(day);
        if (!day.heading)
          diagnostics.warning(
            line,
            `"## ${text}" is not a date ("## Tuesday, November 19"); sessions under it have no day`,
          );
        continue;
      }
      if (token.tag === 'h3') {
        session = { line, title: text, day, chunks: [] };
        sessions.push(session);
        continue;
      }
      // Deeper headings belong to the session's description.
      if (session) session.chunks.push({ html: `<p>${escapeHtml(text)}</p>`, line });
      continue;
    }
    if (token.type === 'hr') {
      session = null;
      continue;
    }
    const html = renderChunk(token, env);
    if (session) session.chunks.push({ html, line });
    else if (!seenHeading) intro.push({ html, line });
    else if (!strayReported && textAndLinks(parseHtml(html).children).text !== '') {
      // Often a session whose "###" heading was lost: say so once per day rather than drop it quietly.
      diagnostics.warning(line, 'text outside any session (not under a "### Title" heading) is ignored');
      strayReported = true;
    }
  }
  return { intro, days, sessions, ...(firstH1 === undefined ? {} : { firstH1 }), headingLines, fenceLines };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Lines that look like headings but that Markdown read as part of something else (an unclosed `<pre>`). */
function reportHiddenHeadings(
  lines: readonly string[],
  bodyStart: number,
  structure: Structure,
  diagnostics: Diagnostics,
): number {
  let hidden = 0;
  for (let i = bodyStart; i < lines.length; i++) {
    const line = i + 1;
    const match = /^ {0,3}(#{2,3})\s+(\S.*)$/.exec(lines[i] ?? '');
    if (!match || structure.headingLines.has(line) || structure.fenceLines.has(line)) continue;
    const isSession = match[1] === '###';
    if (isSession) hidden++;
    diagnostics.error(
      line,
      `"${match[1]} ${(match[2] ?? '').trim()}" is inside an HTML block that is never closed (a missing "</pre>" or "-->" above it?); ${isSession ? 'session not imported' : 'day heading not read'}`,
    );
  }
  return hidden;
}

interface ZoneChoice {
  readonly zone: string;
  readonly written?: WrittenZone & { readonly text: string };
  readonly from: string;
}

function settleZone(
  options: ImportOptions,
  data: Record<string, unknown>,
  introText: string,
): ZoneChoice | { error: string } {
  const named = (text: string, from: string): ZoneChoice | { error: string } => {
    if (isValidTimeZone(text) && text.includes('/')) return { zone: text, from };
    if (text.toUpperCase() === 'UTC') return { zone: 'UTC', from };
    const written = lookUpWrittenZone(text);
    if (written) return { zone: written.zone, written: { ...written, text }, from };
    return { error: `unknown time zone "${text}" (${from}); give an IANA name such as America/New_York` };
  };
  if (options.timeZone !== undefined) return named(options.timeZone, '--time-zone');
  const fromFrontMatter = frontMatterText(data, 'timezone', 'time_zone', 'timeZone', 'tz');
  if (fromFrontMatter !== undefined) return named(fromFrontMatter, 'front matter');
  const mentions = findZoneMentions(introText);
  const zones = [...new Set(mentions.map((mention) => mention.found.zone))];
  const first = mentions[0];
  if (zones.length === 1 && first) {
    return {
      zone: first.found.zone,
      written: { ...first.found, text: first.text },
      from: `"${first.text}" in the introduction`,
    };
  }
  if (zones.length > 1) {
    return {
      error: `the introduction names more than one time zone (${mentions.map((m) => m.text).join(', ')}); give --time-zone`,
    };
  }
  return {
    error:
      'the post does not say which time zone its times are in; give --time-zone (e.g. --time-zone America/New_York)',
  };
}

type FieldKind = 'time' | 'type' | 'room' | 'details' | 'people' | 'description';

const FIELD_LABELS: ReadonlyArray<readonly [FieldKind, RegExp]> = [
  ['time', /^(?:time|times|when|hours?)$/],
  ['type', /^(?:event type|type|session type|format|kind)$/],
  ['room', /^(?:location|room|where|venue|place)$/],
  ['details', /^(?:more details|details|more info|more information|info|link|website|abstract)$/],
  [
    'people',
    /^(?:authors?|speakers?|presenters?|panelists?|panellists?|moderators?|organi[sz]ers?|hosts?|people|chairs?|by)$/,
  ],
  ['description', /^description$/],
];

interface Field {
  readonly kind: FieldKind | 'unknown';
  readonly label: string;
  readonly value: string;
  /** The whole field as written, without its decoration. */
  readonly text: string;
  readonly links: readonly { readonly text: string; readonly href: string }[];
}

function readField(pieces: readonly FieldPiece[]): Field {
  const text = pieces
    .map((piece) => piece.text)
    .join('')
    .replace(/\s+/g, ' ');
  // Leading emoji, variation selectors and punctuation are decoration: "🕣 Time:". "ℹ️" counts as a
  // letter in Unicode, so pictographs are named apart.
  const stripped = text.replace(/^(?:\p{Extended_Pictographic}|[^\p{L}\p{N}<])+/u, '').trim();
  const links = pieces.flatMap((piece) =>
    piece.href === undefined ? [] : [{ text: piece.text.trim(), href: piece.href }],
  );
  const labelled = /^([\p{L}][\p{L} ]{0,30}?)\s*:\s*(.*)$/u.exec(stripped);
  if (labelled) {
    const label = (labelled[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const kind = FIELD_LABELS.find(([, pattern]) => pattern.test(label))?.[0] ?? 'unknown';
    return { kind, label: labelled[1] ?? '', value: (labelled[2] ?? '').trim(), text: stripped, links };
  }
  const bareLink = links[0];
  if (bareLink && links.length === 1 && /details|more|info|abstract|program/i.test(bareLink.text)) {
    return { kind: 'details', label: bareLink.text, value: stripped, text: stripped, links };
  }
  return { kind: 'unknown', label: '', value: stripped, text: stripped, links };
}

function officialId(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const id = new URL(url).searchParams.get('id');
    return id !== null && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

function lineOf(chunks: readonly Chunk[], offsets: readonly number[], index: number | null, fallback: number): number {
  if (index === null) return fallback;
  let line = fallback;
  offsets.forEach((offset, i) => {
    if (offset <= index) line = chunks[i]?.line ?? line;
  });
  return line;
}

interface SessionContext {
  readonly zone: ZoneChoice;
  readonly year: number;
  readonly diagnostics: Diagnostics;
  readonly standardTimeMismatches: Set<string>;
}

function readSession(
  block: SessionBlock,
  context: SessionContext,
): (Omit<Session, 'id'> & { officialId?: string; date: string }) | null {
  const { diagnostics } = context;
  const where = `session "${block.title}" (line ${block.line})`;
  if (block.title === '') {
    diagnostics.error(block.line, 'a session heading with no title; session not imported');
    return null;
  }
  if (!block.day) {
    diagnostics.error(
      block.line,
      `${where} is not under a day heading ("## Tuesday, November 19"); session not imported`,
    );
    return null;
  }
  if (!block.day.heading) {
    diagnostics.error(
      block.line,
      `${where} is under "## ${block.day.text}", which is not a date; session not imported`,
    );
    return null;
  }
  const date = { year: context.year, month: block.day.heading.month, day: block.day.heading.day };
  if (!isRealDate(date)) {
    diagnostics.error(block.line, `${where}: ${block.day.text} is not a date in ${context.year}; session not imported`);
    return null;
  }

  const offsets: number[] = [];
  let html = '';
  for (const chunk of block.chunks) {
    offsets.push(html.length);
    html += chunk.html;
  }
  const document = parseHtml(html);
  const fieldsElement: Element | undefined =
    findElements(document.children, (element) => element.name === 'pre')[0] ??
    findElements(document.children, (element) => {
      const text = textAndLinks(element.children).text;
      return element.name === 'p' && text.includes('|') && /\btime\s*:/i.test(text);
    })[0];
  if (!fieldsElement) {
    diagnostics.error(
      block.line,
      `${where} has no line of fields ("Time: … | Event Type: … | Location: …"); session not imported`,
    );
    return null;
  }
  const fieldsLine = lineOf(block.chunks, offsets, fieldsElement.startIndex, block.line);
  const fields = splitFields(fieldsElement).map(readField);

  const byKind = new Map<FieldKind, Field>();
  for (const field of fields) {
    if (field.kind === 'unknown') {
      diagnostics.warning(
        fieldsLine,
        `${where}: field "${field.text.slice(0, 60)}" is not one this importer knows; ignored`,
      );
      continue;
    }
    if (byKind.has(field.kind)) {
      diagnostics.warning(fieldsLine, `${where}: a second "${field.label}" field; the first one is used`);
      continue;
    }
    byKind.set(field.kind, field);
  }

  const timeField = byKind.get('time');
  if (!timeField || timeField.value === '') {
    diagnostics.error(fieldsLine, `${where} has no Time field; session not imported`);
    return null;
  }
  const range = parseTimeRange(timeField.value);
  if (!range.ok) {
    diagnostics.error(fieldsLine, `${where}: time ${range.reason}; session not imported`);
    return null;
  }
  let zone = context.zone.zone;
  if (range.zoneText !== undefined) {
    const written = lookUpWrittenZone(range.zoneText);
    if (!written) {
      diagnostics.warning(
        fieldsLine,
        `${where}: "${range.zoneText}" after the time is not a zone this importer knows; read in ${zone}`,
      );
    } else if (written.zone !== zone) {
      zone = written.zone;
      diagnostics.warning(
        fieldsLine,
        `${where}: its time is written in ${range.zoneText}, not in the post's zone; read in ${zone}`,
      );
    }
  }
  const startInstant = wallTimeToInstant(date, range.start, zone);
  const endInstant =
    range.end.hour === 24
      ? wallTimeToInstant(addDays(date, 1), { hour: 0, minute: 0 }, zone)
      : wallTimeToInstant(date, range.end, zone);
  if (!(endInstant > startInstant)) {
    // Only a daylight-saving gap inside the range can do this; never guess.
    diagnostics.error(
      fieldsLine,
      `${where}: "${timeField.value}" does not end after it starts on ${formatCivilDate(date)} in ${zone}; session not imported`,
    );
    return null;
  }
  const written = context.zone.written;
  if (written?.offsetMinutes !== undefined && zone === context.zone.zone) {
    const offset = toIsoInZone(startInstant, zone).slice(19);
    const sign = written.offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(written.offsetMinutes);
    const expected = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    if (offset !== expected) context.standardTimeMismatches.add(formatCivilDate(date));
  }

  const typeField = byKind.get('type');
  const type = typeField?.value.trim() ?? '';
  if (type === '') diagnostics.warning(fieldsLine, `${where} has no Event Type; shown as "Session"`);

  const roomField = byKind.get('room');
  let room: Room | undefined;
  if (roomField && roomField.value !== '') {
    const roomUrl = roomField.links.find((link) => isUrlWithScheme(link.href, ['http:', 'https:']))?.href;
    room = roomUrl === undefined ? { name: roomField.value } : { name: roomField.value, url: roomUrl };
  } else {
    diagnostics.warning(fieldsLine, `${where} has no Location`);
  }

  const detailsField = byKind.get('details');
  const detailsLink = detailsField?.links[0]?.href;
  let url: string | undefined;
  if (detailsLink !== undefined) {
    if (isUrlWithScheme(detailsLink, ['http:', 'https:'])) url = detailsLink;
    else diagnostics.warning(fieldsLine, `${where}: details link "${detailsLink}" is not an http(s) address; left out`);
  }
  if (url !== undefined && url === room?.url) {
    diagnostics.warning(fieldsLine, `${where}: its "More details" link is the room's page, not the session's own page`);
  }

  const peopleField = byKind.get('people');
  const people = (peopleField?.value ?? '')
    .split(';')
    .map((person) => person.trim())
    .filter((person) => person !== '');

  const described = textAndLinks(document.children, new Set([fieldsElement]));
  const descriptionField = byKind.get('description')?.value ?? '';
  const description = [descriptionField, described.text.replace(/^description\s*:\s*/i, '')]
    .filter((text) => text !== '')
    .join('\n\n');
  for (const refused of described.refusedLinks) {
    diagnostics.warning(
      block.line,
      `${where}: link "${refused}" is not http(s) or mailto; its text is kept, the link left out`,
    );
  }
  const links: Link[] = described.links.filter(
    (link, i, all) => all.findIndex((other) => other.url === link.url && other.text === link.text) === i,
  );
  const official = officialId(url);
  return {
    title: block.title,
    start: toIsoInZone(startInstant, context.zone.zone),
    end: toIsoInZone(endInstant, context.zone.zone),
    type: type === '' ? 'Session' : type,
    ...(room === undefined ? {} : { room }),
    ...(url === undefined ? {} : { url }),
    people,
    description,
    links,
    ...(official === undefined ? {} : { officialId: official }),
    date: formatCivilDate(date),
  };
}

function conferenceUrl(introChunks: readonly Chunk[]): string | undefined {
  const document = parseHtml(introChunks.map((chunk) => chunk.html).join(''));
  const anchors = findElements(document.children, (element) => element.name === 'a');
  const web = anchors.filter((anchor) => isUrlWithScheme(anchor.attribs.href?.trim() ?? '', ['http:', 'https:']));
  const nearProgram = web.find((anchor) => {
    const paragraph = anchor.parent && 'children' in anchor.parent ? textAndLinks(anchor.parent.children).text : '';
    const sentence =
      paragraph.split(/(?<=[.!?])\s+/).find((part) => part.includes(textAndLinks(anchor.children).text)) ?? paragraph;
    return /\b(?:program|programme|schedule|agenda)\b/i.test(sentence);
  });
  return (nearProgram ?? web[0])?.attribs.href?.trim();
}

function placeOf(data: Record<string, unknown>, introText: string): string | undefined {
  const written = frontMatterText(data, 'location', 'place', 'venue', 'city');
  if (written !== undefined) return written;
  // "will be held November 17–22 in Atlanta, GA."
  const word = String.raw`(?:(?:[A-Z]\.){2,}|[A-Z][\p{L}'-]*)`;
  const match = new RegExp(String.raw`\bheld\b[^.]*?\bin (${word}(?:,? ${word})*)`, 'u').exec(introText);
  return match?.[1];
}

function fileStem(fileName: string | undefined): string | undefined {
  if (fileName === undefined) return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
}

export function importJekyllPost(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  const diagnostics = new Diagnostics();
  const fail = (error: string): ImportResult => ({ ok: false, error, diagnostics: diagnostics.sorted() });
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const decoded = decodeText(bytes);
  if (typeof decoded !== 'string') return fail(`not an event post: ${decoded.error}`);
  if (decoded.trim() === '') return fail('not an event post: the file is empty');
  if (looksBinary(decoded)) return fail('not an event post: it is full of control characters (a binary file?)');
  if (options.year !== undefined && !(Number.isInteger(options.year) && options.year >= 1970 && options.year <= 2100)) {
    return fail(`--year ${options.year} is not a year between 1970 and 2100`);
  }

  const repair = repairMojibake(decoded.replace(/\r\n?/g, '\n'));
  if (repair.repaired) {
    diagnostics.warning(
      undefined,
      'the text was damaged (UTF-8 read as Mac Roman, so an en dash had become three characters); repaired',
    );
  } else if (repair.suspectRuns > 0) {
    diagnostics.warning(
      undefined,
      `${repair.suspectRuns} place(s) look like UTF-8 read as Mac Roman, but the whole text cannot be repaired exactly; left as written`,
    );
  }
  const lines = repair.text.split('\n');
  const frontMatter = readFrontMatter(lines, diagnostics);
  const structure = readStructure(lines.slice(frontMatter.bodyStart).join('\n'), frontMatter.bodyStart, diagnostics);
  const hiddenSessions = reportHiddenHeadings(lines, frontMatter.bodyStart, structure, diagnostics);

  const title =
    frontMatterText(frontMatter.data, 'title') ??
    structure.firstH1 ??
    fileStem(options.fileName) ??
    'Untitled schedule';
  const intro = textAndLinks(parseHtml(structure.intro.map((chunk) => chunk.html).join('')).children);
  const excerpt = frontMatterText(frontMatter.data, 'excerpt', 'description', 'summary');

  if (structure.sessions.length === 0) {
    return fail(
      hiddenSessions > 0
        ? `not an event post that can be read: its ${hiddenSessions} session heading(s) are inside an unclosed HTML block (see diagnostics)`
        : 'not an event post: no session headings ("### Title" under "## Tuesday, November 19")',
    );
  }

  const zone = settleZone(options, frontMatter.data, [intro.text, excerpt ?? ''].join('\n'));
  if ('error' in zone) return fail(zone.error);

  const headings = structure.days.flatMap((day) => (day.heading ? [day.heading] : []));
  const postDate = postDateOf(frontMatter.data, options.fileName);
  const yearResult =
    options.year !== undefined
      ? { ok: true as const, year: options.year, from: '--year' }
      : settleYear({ ...(postDate ? { postDate } : {}), names: [title, excerpt ?? ''], headings });
  if (!yearResult.ok) return fail(`cannot tell the year: ${yearResult.reason}; give --year`);
  if (options.year !== undefined) {
    for (const day of structure.days) {
      const heading = day.heading;
      if (heading?.weekday === undefined) continue;
      const date = { year: options.year, month: heading.month, day: heading.day };
      if (!isRealDate(date) || weekdayOf(date) !== heading.weekday) {
        diagnostics.warning(
          day.line,
          `"${day.text}" is not a ${WEEKDAY_NAMES[heading.weekday] ?? ''} in ${options.year} (--year)`,
        );
      }
    }
  }

  const context: SessionContext = { zone, year: yearResult.year, diagnostics, standardTimeMismatches: new Set() };
  const sessions: Session[] = [];
  const sessionLines: SessionSourceLine[] = [];
  const usedIds = new Set<string>();
  for (const block of structure.sessions) {
    const read = readSession(block, context);
    if (!read) continue;
    const { officialId: official, date, ...session } = read;
    let id = official ?? `${date}-${slugify(session.title, 64)}`;
    if (usedIds.has(id)) {
      const base = id;
      for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
      diagnostics.warning(
        block.line,
        `session "${session.title}" has the same id as an earlier one (${base}); given id ${id}`,
      );
    }
    usedIds.add(id);
    sessions.push({ id, ...session });
    sessionLines.push({ id, line: block.line });
  }
  if (context.standardTimeMismatches.size > 0 && zone.written) {
    diagnostics.warning(
      undefined,
      `the post says its times are in ${zone.written.text}, but ${zone.zone} is not on that offset on ${[...context.standardTimeMismatches].join(', ')}; times there are read as the local clock in ${zone.zone}`,
    );
  }
  if (sessions.length === 0) {
    const first = diagnostics.sorted().find((diagnostic) => diagnostic.severity === 'error');
    return fail(
      `no session could be read: ${structure.sessions.length} session heading(s), none with a readable date and time` +
        (first ? ` (line ${first.line ?? '?'}: ${first.message})` : ''),
    );
  }

  const dates = [
    ...headings.flatMap((heading) => {
      const date = { year: yearResult.year, month: heading.month, day: heading.day };
      return isRealDate(date) ? [formatCivilDate(date)] : [];
    }),
    ...sessions.flatMap((session) => [session.start.slice(0, 10), session.end.slice(0, 10)]),
  ].sort();
  const url = conferenceUrl(structure.intro);
  const place = placeOf(frontMatter.data, intro.text);
  const id =
    slugify(frontMatterText(frontMatter.data, 'id', 'slug') ?? fileStem(options.fileName) ?? title, 64) || 'schedule';
  for (const refused of intro.refusedLinks) {
    diagnostics.warning(undefined, `link "${refused}" in the introduction is not http(s) or mailto; left out`);
  }
  const schedule: Schedule = {
    formatVersion: SCHEDULE_FORMAT_VERSION,
    conference: {
      id,
      title,
      timeZone: zone.zone,
      start: dates[0] ?? '',
      end: dates[dates.length - 1] ?? '',
      ...(url === undefined ? {} : { url }),
      ...(place === undefined ? {} : { place }),
      description: intro.text !== '' ? intro.text : (excerpt ?? ''),
      source: { file: options.fileName?.split(/[\\/]/).pop() ?? 'untitled', sha256: bytesToHex(sha256(bytes)) },
    },
    sessions,
    diagnostics: diagnostics.sorted(),
  };
  const checked = validateSchedule(schedule);
  if (!checked.ok) return fail(`the imported schedule is not valid (an importer bug): ${checked.errors.join('; ')}`);
  return { ok: true, schedule: checked.schedule, sessionLines };
}
