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
import type { Document, Element } from 'domhandler';
import type { Link, Room, Session } from '../../schedule/types';
import {
  addDays,
  formatCivilDate,
  isRealDate,
  offsetMinutesAt,
  toIsoInZone,
  wallTimeToInstant,
  weekdayOf,
  type CivilDate,
} from '../../schedule/time';
import { normalizeUrl } from '../../schedule/validate';
import { repairMojibake } from './mojibake';
import { parseTimeRange } from './time-range';
import { findZoneMentions, lookUpWrittenZone, type WrittenZone } from '../core/zone-names';
import { parseDayHeading, settleYear, WEEKDAY_NAMES, type DayHeading } from './event-dates';
import { findElements, parseHtml, plainText, splitFields, textAndLinks, type FieldPiece } from '../core/html-text';
import { lineKindsOf, lostHeadings, timeFieldIn, TIME_LABEL, unspacedHeadings, type LineKinds } from './lost-sessions';
import { slugify } from '../core/slug';
import { assembleSchedule } from '../core/assemble';
import { decodeText } from '../core/decode';
import { Diagnostics } from '../core/diagnostics';
import { SessionIds } from '../core/ids';
import { importFailure, type ImportOptions, type ImportResult, type NeededInput } from '../core/result';
import { resolveZoneName } from '../core/zone-names';

export type { ImportOptions, ImportResult } from '../core/result';

interface Chunk {
  readonly html: string;
  readonly line: number;
  /** The line after the chunk's last one. */
  readonly endLine: number;
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
    const text = typeof value === 'string' ? plainText(value).trim() : '';
    if (text !== '') return text;
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
  /** Lines Markdown read as headings, and lines inside code blocks and raw HTML blocks. */
  readonly lines: LineKinds;
}

/** The element that holds a session's fields: its `<pre>`, else a paragraph with `|` and a Time label. */
function findFieldsElement(nodes: Document['children']): Element | undefined {
  return (
    findElements(nodes, (element) => element.name === 'pre')[0] ??
    findElements(nodes, (element) => {
      const text = textAndLinks(element.children).text;
      return element.name === 'p' && text.includes('|') && TIME_LABEL.test(text);
    })[0]
  );
}

/** Whether the tokens from `from` up to the next heading or rule hold a line of fields with a Time label. */
function sectionHasTimeLine(tokens: readonly Token[], from: number, env: Env): boolean {
  let html = '';
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.type === 'heading_open' || token.type === 'hr') break;
    html += renderChunk(token, env);
  }
  const fields = findFieldsElement(parseHtml(html).children);
  return fields !== undefined && TIME_LABEL.test(textAndLinks(fields.children).text);
}

const LEVEL_MARKS = ['#', '##', '###', '####', '#####', '######'];

/**
 * Splits the Markdown into the introduction, day sections and session blocks, keeping line numbers.
 * Every heading Markdown reads ends up as the title, a day, a session, or a diagnostic: a heading of
 * another level with a Time line under it is read as a session (a "####" typed for "###"), and one that
 * is none of these is named rather than passed over.
 */
function readStructure(lines: readonly string[], lineOffset: number, diagnostics: Diagnostics): Structure {
  const env: Env = {};
  const tokens = markdown.parse(lines.slice(lineOffset).join('\n'), env);
  const intro: Chunk[] = [];
  const days: DaySection[] = [];
  const sessions: SessionBlock[] = [];
  const kinds = lineKindsOf(tokens, lineOffset, lines);
  let firstH1: string | undefined;
  let day: DaySection | null = null;
  let session: SessionBlock | null = null;
  let seenHeading = false;
  let strayReported = false;
  let line = lineOffset + 1;
  let endLine = line;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.map) {
      line = token.map[0] + lineOffset + 1;
      endLine = token.map[1] + lineOffset + 1;
    }
    if (token.type === 'heading_open') {
      const text = inlineText(tokens[i + 1], env);
      const level = Number(token.tag.slice(1));
      const marks = LEVEL_MARKS[level - 1] ?? token.markup;
      i += 2; // inline, heading_close
      const dayHeading = level === 2 ? parseDayHeading(text) : null;
      const hasTime = level !== 3 && dayHeading === null && sectionHasTimeLine(tokens, i + 1, env);
      if (level === 3 || hasTime) {
        if (level !== 3) {
          diagnostics.warning(
            line,
            `"${marks} ${text}" is a level-${level} heading with a Time line under it; read as a session ("### ${text}")`,
          );
        }
        session = { line, title: text, day, chunks: [] };
        sessions.push(session);
        seenHeading = true;
        continue;
      }
      if (level === 1 && !seenHeading) {
        // The post's own title, written in the body.
        firstH1 ??= text;
        continue;
      }
      seenHeading = true;
      if (level === 2) {
        session = null;
        strayReported = false;
        day = { line, text, heading: dayHeading };
        days.push(day);
        if (!day.heading)
          diagnostics.warning(
            line,
            `"## ${text}" is not a date ("## Tuesday, November 19"); sessions under it have no day`,
          );
        continue;
      }
      if (level >= 4 && session) {
        // A sub-heading of the session's description, kept as a paragraph of it; named, in case it was
        // meant as a session whose Time line is missing.
        session.chunks.push({ html: `<p>${escapeHtml(text)}</p>`, line, endLine });
        diagnostics.warning(
          line,
          `"${marks} ${text}" is read as part of the description of session "${session.title}" (a session needs "### ${text}" and a Time line)`,
        );
        continue;
      }
      session = null;
      diagnostics.warning(
        line,
        `"${marks} ${text}" is not a day ("## Tuesday, November 19") or session ("### Title") heading and has no Time line; ignored`,
      );
      continue;
    }
    if (token.type === 'hr') {
      session = null;
      continue;
    }
    const html = renderChunk(token, env);
    if (session) session.chunks.push({ html, line, endLine });
    else if (!seenHeading) intro.push({ html, line, endLine });
    else if (!strayReported && textAndLinks(parseHtml(html).children).text !== '') {
      // Often a session whose "###" heading was lost: say so once per day rather than drop it quietly.
      diagnostics.warning(line, 'text outside any session (not under a "### Title" heading) is ignored');
      strayReported = true;
    }
  }
  return { intro, days, sessions, ...(firstH1 === undefined ? {} : { firstH1 }), lines: kinds };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface ZoneChoice {
  readonly zone: string;
  readonly written?: WrittenZone & { readonly text: string };
  readonly from: string;
}

interface Unsettled {
  readonly error: string;
  /** The input that would settle it, when one would. */
  readonly needs?: NeededInput;
}

function settleZone(options: ImportOptions, data: Record<string, unknown>, introText: string): ZoneChoice | Unsettled {
  const named = (text: string, from: string): ZoneChoice | Unsettled => {
    const resolved = resolveZoneName(text);
    if (resolved) return { ...resolved, from };
    return {
      error: `unknown time zone "${shown(text)}" (${from}); an IANA name such as America/New_York is needed`,
      needs: 'timeZone',
    };
  };
  if (options.timeZone !== undefined) return named(options.timeZone, 'the zone given');
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
      error: `the introduction names more than one time zone (${mentions.map((m) => m.text).join(', ')})`,
      needs: 'timeZone',
    };
  }
  return { error: 'the post does not say which time zone its times are in', needs: 'timeZone' };
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

const WEB = ['http:', 'https:'];

/** Source text quoted in a diagnostic: one line, no control characters, not too long. */
function shown(text: string, limit = 120): string {
  const plain = plainText(text).trim();
  return plain.length > limit ? `${plain.slice(0, limit - 1)}…` : plain;
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

/** The chunk whose HTML holds the character at `index` of the chunks joined. */
function chunkAt(chunks: readonly Chunk[], offsets: readonly number[], index: number | null): Chunk | undefined {
  if (index === null) return undefined;
  let found: Chunk | undefined;
  offsets.forEach((offset, i) => {
    if (offset <= index) found = chunks[i] ?? found;
  });
  return found;
}

/** Source lines a session heading accounts for: its Time line, or the whole block if it was refused earlier. */
interface LineRange {
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
}

function blockRange(block: SessionBlock): LineRange {
  const last = block.chunks[block.chunks.length - 1];
  return { from: block.line, to: Math.max(block.line + 1, last?.endLine ?? 0) };
}

interface SessionContext {
  readonly zone: ZoneChoice;
  readonly year: number;
  readonly diagnostics: Diagnostics;
  readonly standardTimeMismatches: Set<string>;
  readonly sourceLines: readonly string[];
  /** Filled in by readSession: the lines each session heading accounts for. */
  readonly accounted: LineRange[];
}

function readSession(
  block: SessionBlock,
  context: SessionContext,
): (Omit<Session, 'id'> & { officialId?: string; date: string }) | null {
  const { diagnostics } = context;
  const where = `session "${block.title}" (line ${block.line})`;
  // Until its line of fields is found, a refused session accounts for its whole block.
  const whole = blockRange(block);
  context.accounted.push(whole);
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
  const fieldsElement = findFieldsElement(document.children);
  if (!fieldsElement) {
    diagnostics.error(
      block.line,
      `${where} has no line of fields ("Time: … | Event Type: … | Location: …"); session not imported`,
    );
    return null;
  }
  const fieldsChunk = chunkAt(block.chunks, offsets, fieldsElement.startIndex);
  const fieldsLine = fieldsChunk?.line ?? block.line;
  // From here on the session accounts only for its own Time line: a second one in its block is another
  // session whose heading was lost.
  if (fieldsChunk) {
    context.accounted.pop();
    let used: LineRange = { from: fieldsChunk.line, to: fieldsChunk.endLine };
    for (let line = fieldsChunk.line; line < fieldsChunk.endLine; line++) {
      if (timeFieldIn(context.sourceLines[line - 1] ?? '') !== null) {
        used = { from: line, to: line + 1 };
        break;
      }
    }
    context.accounted.push(used);
  }
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
  if (
    written?.offsetMinutes !== undefined &&
    zone === context.zone.zone &&
    offsetMinutesAt(startInstant, zone) !== written.offsetMinutes
  ) {
    context.standardTimeMismatches.add(formatCivilDate(date));
  }

  const typeField = byKind.get('type');
  const type = typeField?.value.trim() ?? '';
  if (type === '') diagnostics.warning(fieldsLine, `${where} has no Event Type; shown as "Session"`);

  const roomField = byKind.get('room');
  let room: Room | undefined;
  if (roomField && roomField.value !== '') {
    const roomLink = roomField.links[0]?.href;
    const roomUrl = roomLink === undefined ? null : normalizeUrl(roomLink, WEB);
    if (roomLink !== undefined && roomUrl === null) {
      diagnostics.warning(
        fieldsLine,
        `${where}: room link "${shown(roomLink)}" is not an http(s) address; the room is kept, the link left out`,
      );
    }
    room = roomUrl === null ? { name: roomField.value } : { name: roomField.value, url: roomUrl };
  } else {
    diagnostics.warning(fieldsLine, `${where} has no Location`);
  }

  const detailsField = byKind.get('details');
  const detailsLink = detailsField?.links[0]?.href;
  let url: string | undefined;
  if (detailsLink !== undefined) {
    url = normalizeUrl(detailsLink, WEB) ?? undefined;
    if (url === undefined) {
      diagnostics.warning(
        fieldsLine,
        `${where}: details link "${shown(detailsLink)}" is not an http(s) address; left out`,
      );
    }
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

/**
 * Heading-like lines Markdown did not read as headings, named. One that looks like a session is an
 * error (it is not imported); one that looks like a day heading is too, and the sessions after it are
 * refused, since they would get the day before's date.
 */
function reportLostHeadings(
  lines: readonly string[],
  bodyStart: number,
  kinds: LineKinds,
  diagnostics: Diagnostics,
): { readonly sessions: number; readonly dayLines: readonly number[]; readonly timeLines: ReadonlySet<number> } {
  let sessions = 0;
  const dayLines: number[] = [];
  const timeLines = new Set<number>();
  for (const heading of lostHeadings(lines, bodyStart + 1, kinds)) {
    // The whole title, so that the session can be found by it.
    const written = `"${'#'.repeat(heading.level)} ${shown(heading.text, 400)}"`;
    const isDay = heading.level === 2 && parseDayHeading(heading.text) !== null;
    const isSession = !isDay && (heading.level === 3 || heading.timeLine !== undefined);
    if (heading.timeLine !== undefined) timeLines.add(heading.timeLine);
    if (isSession) {
      sessions++;
      diagnostics.error(
        heading.line,
        `${written} looks like a session heading, but ${heading.reason}; session not imported`,
      );
    } else if (isDay) {
      dayLines.push(heading.line);
      diagnostics.error(
        heading.line,
        `${written} looks like a day heading, but ${heading.reason}; the sessions after it, up to the next day heading, are not imported`,
      );
    } else {
      diagnostics.warning(heading.line, `${written} looks like a heading, but ${heading.reason}; read as text`);
    }
  }
  return { sessions, dayLines, timeLines };
}

/**
 * Time lines no session heading accounts for: the trace of a session whose heading was lost (deleted,
 * mistyped into plain text), named so that it is not swallowed by the session above it.
 */
function reportOrphanTimeLines(
  lines: readonly string[],
  bodyStart: number,
  blocks: readonly SessionBlock[],
  accounted: readonly LineRange[],
  alreadyNamed: ReadonlySet<number>,
  diagnostics: Diagnostics,
): void {
  for (let line = bodyStart + 1; line <= lines.length; line++) {
    const time = timeFieldIn(lines[line - 1] ?? '');
    if (time === null || alreadyNamed.has(line)) continue;
    if (accounted.some((range) => line >= range.from && line < range.to)) continue;
    const block = blocks.find((candidate) => {
      const range = blockRange(candidate);
      return line >= range.from && line < range.to;
    });
    const quoted = `"Time: ${shown(time)}"`;
    diagnostics.error(
      line,
      block
        ? `a second Time line (${quoted}) in session "${block.title}" (line ${block.line}) belongs to no session heading of its own (a missing or mistyped "### Title" above it?); not imported`
        : `a Time line (${quoted}) outside any session (a missing or mistyped "### Title" above it?); not imported`,
    );
  }
}

function conferenceUrl(introChunks: readonly Chunk[]): string | undefined {
  const document = parseHtml(introChunks.map((chunk) => chunk.html).join(''));
  const anchors = findElements(document.children, (element) => element.name === 'a');
  const web = anchors.flatMap((anchor) => {
    const url = normalizeUrl(anchor.attribs.href ?? '', WEB);
    return url === null ? [] : [{ anchor, url }];
  });
  const nearProgram = web.find(({ anchor }) => {
    const paragraph = anchor.parent && 'children' in anchor.parent ? textAndLinks(anchor.parent.children).text : '';
    const sentence =
      paragraph.split(/(?<=[.!?])\s+/).find((part) => part.includes(textAndLinks(anchor.children).text)) ?? paragraph;
    return /\b(?:program|programme|schedule|agenda)\b/i.test(sentence);
  });
  return (nearProgram ?? web[0])?.url;
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
  const fail = (code: Parameters<typeof importFailure>[0], error: string, needs?: NeededInput) =>
    importFailure(code, error, diagnostics.sorted(), needs === undefined ? undefined : [needs]);
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const read = decodeText(bytes);
  if ('error' in read) return fail(read.code, `not an event post: ${read.error}`);
  if (read.encoding !== 'UTF-8') diagnostics.warning(undefined, `the file is ${read.encoding} text; read as such`);
  if (options.year !== undefined && !(Number.isInteger(options.year) && options.year >= 1970 && options.year <= 2100)) {
    return fail('bad-option', `the year ${options.year} is not a year between 1970 and 2100`, 'year');
  }

  const repair = repairMojibake(read.text.replace(/\r\n?/g, '\n'));
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
  const bodyStart = frontMatter.bodyStart;
  // "###Title": give the heading its space back before reading the structure.
  const firstReading = lineKindsOf(markdown.parse(lines.slice(bodyStart).join('\n'), {}), bodyStart, lines);
  for (const { line, fixed } of unspacedHeadings(lines, firstReading)) {
    diagnostics.warning(
      line,
      `"${shown(lines[line - 1] ?? '', 400)}" has no space after its "#" marks; read as a heading`,
    );
    lines[line - 1] = fixed;
  }
  const structure = readStructure(lines, bodyStart, diagnostics);
  const lost = reportLostHeadings(lines, bodyStart, structure.lines, diagnostics);
  const hiddenSessions = lost.sessions;

  const title =
    frontMatterText(frontMatter.data, 'title') ??
    structure.firstH1 ??
    fileStem(options.fileName) ??
    'Untitled schedule';
  const intro = textAndLinks(parseHtml(structure.intro.map((chunk) => chunk.html).join('')).children);
  const excerpt = frontMatterText(frontMatter.data, 'excerpt', 'description', 'summary');

  if (structure.sessions.length === 0) {
    return fail(
      'not-a-schedule',
      hiddenSessions > 0
        ? `not an event post that can be read: its ${hiddenSessions} session heading(s) are inside an unclosed HTML block (see diagnostics)`
        : 'not an event post: no session headings ("### Title" under "## Tuesday, November 19")',
    );
  }

  const zone = settleZone(options, frontMatter.data, [intro.text, excerpt ?? ''].join('\n'));
  if ('error' in zone) return fail('needs-input', zone.error, zone.needs);

  const headings = structure.days.flatMap((day) => (day.heading ? [day.heading] : []));
  const postDate = postDateOf(frontMatter.data, options.fileName);
  const yearResult =
    options.year !== undefined
      ? { ok: true as const, year: options.year, from: '--year' }
      : settleYear({ ...(postDate ? { postDate } : {}), names: [title, excerpt ?? ''], headings });
  if (!yearResult.ok) return fail('needs-input', `cannot tell the year: ${yearResult.reason}`, 'year');
  if (options.year !== undefined) {
    for (const day of structure.days) {
      const heading = day.heading;
      if (heading?.weekday === undefined) continue;
      const date = { year: options.year, month: heading.month, day: heading.day };
      if (!isRealDate(date) || weekdayOf(date) !== heading.weekday) {
        diagnostics.warning(
          day.line,
          `"${day.text}" is not a ${WEEKDAY_NAMES[heading.weekday] ?? ''} in ${options.year} (the year given)`,
        );
      }
    }
  }

  const context: SessionContext = {
    zone,
    year: yearResult.year,
    diagnostics,
    standardTimeMismatches: new Set(),
    sourceLines: lines,
    accounted: [],
  };
  const sessions: Session[] = [];
  const sessionLines: { id: string; line: number }[] = [];
  const ids = new SessionIds(diagnostics);
  for (const block of structure.sessions) {
    const lostDay = lost.dayLines.find((line) => line > (block.day?.line ?? bodyStart) && line < block.line);
    if (lostDay !== undefined) {
      diagnostics.error(
        block.line,
        `session "${block.title}" comes after line ${lostDay}, a day heading Markdown did not read, so its date is uncertain; session not imported`,
      );
      context.accounted.push(blockRange(block));
      continue;
    }
    const read = readSession(block, context);
    if (!read) continue;
    const { officialId: official, date, ...session } = read;
    const id = ids.take(official ?? `${date}-${slugify(session.title, 64)}`, `session "${session.title}"`, block.line);
    sessions.push({ id, ...session });
    sessionLines.push({ id, line: block.line });
  }
  reportOrphanTimeLines(lines, bodyStart, structure.sessions, context.accounted, lost.timeLines, diagnostics);
  if (context.standardTimeMismatches.size > 0 && zone.written) {
    diagnostics.warning(
      undefined,
      `the post says its times are in ${zone.written.text}, but ${zone.zone} is not on that offset on ${[...context.standardTimeMismatches].join(', ')}; times there are read as the local clock in ${zone.zone}`,
    );
  }
  if (sessions.length === 0) {
    const first = diagnostics.sorted().find((diagnostic) => diagnostic.severity === 'error');
    return fail(
      'no-sessions',
      `no session could be read: ${structure.sessions.length} session heading(s), none with a readable date and time` +
        (first ? ` (line ${first.line ?? '?'}: ${first.message})` : ''),
    );
  }

  const days = headings.flatMap((heading) => {
    const date = { year: yearResult.year, month: heading.month, day: heading.day };
    return isRealDate(date) ? [formatCivilDate(date)] : [];
  });
  const url = conferenceUrl(structure.intro);
  const place = placeOf(frontMatter.data, intro.text);
  // The post's own id or slug, else its file name: a post has nothing else that names it.
  const id =
    slugify(frontMatterText(frontMatter.data, 'id', 'slug') ?? fileStem(options.fileName) ?? title, 64) || 'schedule';
  for (const refused of intro.refusedLinks) {
    diagnostics.warning(undefined, `link "${refused}" in the introduction is not http(s) or mailto; left out`);
  }
  return assembleSchedule({
    format: 'jekyll-post',
    bytes,
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    conference: {
      id,
      title,
      timeZone: zone.zone,
      ...(url === undefined ? {} : { url }),
      ...(place === undefined ? {} : { place }),
      description: intro.text !== '' ? intro.text : (excerpt ?? ''),
    },
    sessions,
    days,
    sessionLines,
    diagnostics,
  });
}
