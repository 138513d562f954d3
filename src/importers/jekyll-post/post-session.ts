/**
 * One session block of a post as a session: its day, its line of fields, its time (in the post's zone,
 * or one written after it), room, details link, people and description. A block that cannot be a session
 * is an error with its line; a session block accounts for the source lines it used (lost-report.ts names
 * the Time lines none accounts for).
 */
import type { Document, Element } from 'domhandler';
import type { Link, Room, Session } from '../../schedule/types';
import {
  addDays,
  formatCivilDate,
  isRealDate,
  offsetMinutesAt,
  toIsoInZone,
  wallTimeToInstant,
  type CivilDate,
} from '../../schedule/time';
import { normalizeUrl } from '../../schedule/validate';
import type { Diagnostics } from '../core/diagnostics';
import { parseHtml, splitFields, textAndLinks } from '../core/html-text';
import { lookUpWrittenZone } from '../core/zone-names';
import { fieldsByKind, officialId, readField, shown, WEB, type Field, type FieldKind } from './fields';
import { timeFieldIn } from './lost-sessions';
import type { ZoneChoice } from './post-zone';
import { findFieldsElement, type Chunk, type SessionBlock } from './structure';
import { parseTimeRange } from './time-range';

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
export interface LineRange {
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
}

export function blockRange(block: SessionBlock): LineRange {
  const last = block.chunks[block.chunks.length - 1];
  return { from: block.line, to: Math.max(block.line + 1, last?.endLine ?? 0) };
}

export interface SessionContext {
  readonly zone: ZoneChoice;
  readonly year: number;
  readonly diagnostics: Diagnostics;
  readonly standardTimeMismatches: Set<string>;
  readonly sourceLines: readonly string[];
  /** Filled in by readSession: the lines each session heading accounts for. */
  readonly accounted: LineRange[];
}

export type PostSession = Omit<Session, 'id'> & { officialId?: string; date: string };

/** The date of the block's day heading in the year, or null (said) when the block has none. */
function sessionDate(block: SessionBlock, where: string, context: SessionContext): CivilDate | null {
  const { diagnostics } = context;
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
  return date;
}

interface Located {
  readonly document: Document;
  readonly fieldsElement: Element;
  readonly fieldsLine: number;
}

/** The block's line of fields; from then on the session accounts only for its own Time line. */
function locateFields(block: SessionBlock, where: string, context: SessionContext): Located | null {
  const offsets: number[] = [];
  let html = '';
  for (const chunk of block.chunks) {
    offsets.push(html.length);
    html += chunk.html;
  }
  const document = parseHtml(html);
  const fieldsElement = findFieldsElement(document.children);
  if (!fieldsElement) {
    context.diagnostics.error(
      block.line,
      `${where} has no line of fields ("Time: … | Event Type: … | Location: …"); session not imported`,
    );
    return null;
  }
  const fieldsChunk = chunkAt(block.chunks, offsets, fieldsElement.startIndex);
  // A second Time line in the block is another session whose heading was lost.
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
  return { document, fieldsElement, fieldsLine: fieldsChunk?.line ?? block.line };
}

/** The zone a time is read in: the post's, or one written after it ("2:00 PM CET"). */
function zoneOfTime(zoneText: string | undefined, where: string, line: number, context: SessionContext): string {
  const zone = context.zone.zone;
  if (zoneText === undefined) return zone;
  const written = lookUpWrittenZone(zoneText);
  if (!written) {
    context.diagnostics.warning(
      line,
      `${where}: "${zoneText}" after the time is not a zone this importer knows; read in ${zone}`,
    );
    return zone;
  }
  if (written.zone === zone) return zone;
  context.diagnostics.warning(
    line,
    `${where}: its time is written in ${zoneText}, not in the post's zone; read in ${written.zone}`,
  );
  return written.zone;
}

/** The session's start and end on `date`, or null (said) when its Time field cannot be read. */
function readTimes(time: Field | undefined, date: CivilDate, where: string, line: number, context: SessionContext) {
  const { diagnostics } = context;
  if (!time || time.value === '') {
    diagnostics.error(line, `${where} has no Time field; session not imported`);
    return null;
  }
  const range = parseTimeRange(time.value);
  if (!range.ok) {
    diagnostics.error(line, `${where}: time ${range.reason}; session not imported`);
    return null;
  }
  const zone = zoneOfTime(range.zoneText, where, line, context);
  const start = wallTimeToInstant(date, range.start, zone);
  const end =
    range.end.hour === 24
      ? wallTimeToInstant(addDays(date, 1), { hour: 0, minute: 0 }, zone)
      : wallTimeToInstant(date, range.end, zone);
  if (!(end > start)) {
    // Only a daylight-saving gap inside the range can do this; never guess.
    diagnostics.error(
      line,
      `${where}: "${time.value}" does not end after it starts on ${formatCivilDate(date)} in ${zone}; session not imported`,
    );
    return null;
  }
  const written = context.zone.written;
  if (
    written?.offsetMinutes !== undefined &&
    zone === context.zone.zone &&
    offsetMinutesAt(start, zone) !== written.offsetMinutes
  ) {
    context.standardTimeMismatches.add(formatCivilDate(date));
  }
  return { start, end };
}

function readRoom(field: Field | undefined, where: string, line: number, diagnostics: Diagnostics): Room | undefined {
  if (!field || field.value === '') {
    diagnostics.warning(line, `${where} has no Location`);
    return undefined;
  }
  const roomLink = field.links[0]?.href;
  const roomUrl = roomLink === undefined ? null : normalizeUrl(roomLink, WEB);
  if (roomLink !== undefined && roomUrl === null) {
    diagnostics.warning(
      line,
      `${where}: room link "${shown(roomLink)}" is not an http(s) address; the room is kept, the link left out`,
    );
  }
  return roomUrl === null ? { name: field.value } : { name: field.value, url: roomUrl };
}

function readDetailsUrl(
  field: Field | undefined,
  room: Room | undefined,
  where: string,
  line: number,
  diagnostics: Diagnostics,
) {
  const detailsLink = field?.links[0]?.href;
  if (detailsLink === undefined) return undefined;
  const url = normalizeUrl(detailsLink, WEB) ?? undefined;
  if (url === undefined) {
    diagnostics.warning(line, `${where}: details link "${shown(detailsLink)}" is not an http(s) address; left out`);
  }
  if (url !== undefined && url === room?.url) {
    diagnostics.warning(line, `${where}: its "More details" link is the room's page, not the session's own page`);
  }
  return url;
}

/** The description: a Description field, then the text around the line of fields, and its links once each. */
function readDescription(
  located: Located,
  byKind: Map<FieldKind, Field>,
  block: SessionBlock,
  where: string,
  diagnostics: Diagnostics,
) {
  const described = textAndLinks(located.document.children, new Set([located.fieldsElement]));
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
  return { description, links };
}

export function readSession(block: SessionBlock, context: SessionContext): PostSession | null {
  const { diagnostics } = context;
  const where = `session "${block.title}" (line ${block.line})`;
  // Until its line of fields is found, a refused session accounts for its whole block.
  context.accounted.push(blockRange(block));
  const date = sessionDate(block, where, context);
  if (!date) return null;
  const located = locateFields(block, where, context);
  if (!located) return null;
  const line = located.fieldsLine;
  const byKind = fieldsByKind(splitFields(located.fieldsElement).map(readField), where, line, diagnostics);
  const times = readTimes(byKind.get('time'), date, where, line, context);
  if (!times) return null;
  const type = byKind.get('type')?.value.trim() ?? '';
  if (type === '') diagnostics.warning(line, `${where} has no Event Type; shown as "Session"`);
  const room = readRoom(byKind.get('room'), where, line, diagnostics);
  const url = readDetailsUrl(byKind.get('details'), room, where, line, diagnostics);
  const people = (byKind.get('people')?.value ?? '')
    .split(';')
    .map((person) => person.trim())
    .filter((person) => person !== '');
  const { description, links } = readDescription(located, byKind, block, where, diagnostics);
  const official = officialId(url);
  return {
    title: block.title,
    start: toIsoInZone(times.start, context.zone.zone),
    end: toIsoInZone(times.end, context.zone.zone),
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
