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
 *
 * The jobs: front-matter.ts, structure.ts (headings and blocks), post-zone.ts, fields.ts and
 * post-session.ts (one session), conference-facts.ts, lost-report.ts (what was lost, named); this file
 * puts them in order.
 */
import type { Session } from '../../schedule/types';
import { formatCivilDate, isRealDate } from '../../schedule/time';
import { weekdayOf } from '../../schedule/zone-lookup';
import { repairMojibake } from './mojibake';
import { settleYear, WEEKDAY_NAMES, type DayHeading } from './event-dates';
import { parseHtml, textAndLinks } from '../core/html-text';
import { lineKindsOf, unspacedHeadings } from './lost-sessions';
import { slugify } from '../core/slug';
import { assembleSchedule } from '../core/assemble';
import { decodeText } from '../core/decode';
import { Diagnostics } from '../core/diagnostics';
import { SessionIds } from '../core/ids';
import { importFailure, type ImportOptions, type ImportResult, type NeededInput } from '../core/result';
import { frontMatterText, postDateOf, readFrontMatter } from './front-matter';
import { markdown, readStructure, type Structure } from './structure';
import { settleZone, type ZoneChoice } from './post-zone';
import { shown } from './fields';
import { blockRange, readSession, type SessionContext } from './post-session';
import { reportLostHeadings, reportOrphanTimeLines } from './lost-report';
import { conferenceUrl, fileStem, placeOf } from './conference-facts';

export type { ImportOptions, ImportResult } from '../core/result';

/** The post's lines, its text repaired when it was UTF-8 read as Mac Roman; or why it cannot be read. */
function readLines(
  bytes: Uint8Array,
  options: ImportOptions,
  diagnostics: Diagnostics,
): string[] | { code: 'empty' | 'binary' | 'bad-option'; error: string } {
  const read = decodeText(bytes);
  if ('error' in read) return { code: read.code, error: `not an event post: ${read.error}` };
  if (read.encoding !== 'UTF-8') diagnostics.warning(undefined, `the file is ${read.encoding} text; read as such`);
  if (options.year !== undefined && !(Number.isInteger(options.year) && options.year >= 1970 && options.year <= 2100)) {
    return { code: 'bad-option', error: `the year ${options.year} is not a year between 1970 and 2100` };
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
  return repair.text.split('\n');
}

/** "###Title": the heading gets its space back before the structure is read. */
function mendUnspacedHeadings(lines: string[], bodyStart: number, diagnostics: Diagnostics): void {
  const firstReading = lineKindsOf(markdown.parse(lines.slice(bodyStart).join('\n'), {}), bodyStart, lines);
  for (const { line, fixed } of unspacedHeadings(lines, firstReading)) {
    diagnostics.warning(
      line,
      `"${shown(lines[line - 1] ?? '', 400)}" has no space after its "#" marks; read as a heading`,
    );
    lines[line - 1] = fixed;
  }
}

/** A day heading whose weekday is not that date's in the year given is named. */
function checkWeekdays(structure: Structure, year: number, diagnostics: Diagnostics): void {
  for (const day of structure.days) {
    const heading = day.heading;
    if (heading?.weekday === undefined) continue;
    const date = { year, month: heading.month, day: heading.day };
    if (!isRealDate(date) || weekdayOf(date) !== heading.weekday) {
      diagnostics.warning(
        day.line,
        `"${day.text}" is not a ${WEEKDAY_NAMES[heading.weekday] ?? ''} in ${year} (the year given)`,
      );
    }
  }
}

/** Every session block's session, with its line; a block after a day heading Markdown lost is refused. */
function readSessions(
  structure: Structure,
  lostDayLines: readonly number[],
  bodyStart: number,
  context: SessionContext,
) {
  const { diagnostics } = context;
  const sessions: Session[] = [];
  const sessionLines: { id: string; line: number }[] = [];
  const ids = new SessionIds(diagnostics);
  for (const block of structure.sessions) {
    const lostDay = lostDayLines.find((line) => line > (block.day?.line ?? bodyStart) && line < block.line);
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
  return { sessions, sessionLines };
}

interface Post {
  readonly bytes: Uint8Array;
  readonly lines: string[];
  readonly data: Record<string, unknown>;
  readonly bodyStart: number;
  readonly structure: Structure;
  readonly title: string;
  readonly excerpt: string | undefined;
}

/** The post read as far as its structure, or why it is not one. */
function readPost(input: Uint8Array | string, options: ImportOptions, diagnostics: Diagnostics): Post | ImportResult {
  const fail = (code: Parameters<typeof importFailure>[0], error: string, needs?: NeededInput) =>
    importFailure(code, error, diagnostics.sorted(), needs === undefined ? undefined : [needs]);
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const lines = readLines(bytes, options, diagnostics);
  if (!Array.isArray(lines)) return fail(lines.code, lines.error, lines.code === 'bad-option' ? 'year' : undefined);
  const { data, bodyStart } = readFrontMatter(lines, diagnostics);
  mendUnspacedHeadings(lines, bodyStart, diagnostics);
  const structure = readStructure(lines, bodyStart, diagnostics);
  const title =
    frontMatterText(data, 'title') ?? structure.firstH1 ?? fileStem(options.fileName) ?? 'Untitled schedule';
  return {
    bytes,
    lines,
    data,
    bodyStart,
    structure,
    title,
    excerpt: frontMatterText(data, 'excerpt', 'description', 'summary'),
  };
}

/** "All times EST" on a date New York is on EDT: the times are read on the local clock, and that is said. */
function noteStandardTime(zone: ZoneChoice, context: SessionContext): void {
  if (context.standardTimeMismatches.size === 0 || !zone.written) return;
  context.diagnostics.warning(
    undefined,
    `the post says its times are in ${zone.written.text}, but ${zone.zone} is not on that offset on ${[...context.standardTimeMismatches].join(', ')}; times there are read as the local clock in ${zone.zone}`,
  );
}

/** The year the post's dates are in: the one given (its weekdays checked), else the one it shows. */
function yearOf(post: Post, headings: readonly DayHeading[], options: ImportOptions, diagnostics: Diagnostics) {
  if (options.year !== undefined) {
    checkWeekdays(post.structure, options.year, diagnostics);
    return { ok: true as const, year: options.year, from: '--year' };
  }
  const postDate = postDateOf(post.data, options.fileName);
  return settleYear({ ...(postDate ? { postDate } : {}), names: [post.title, post.excerpt ?? ''], headings });
}

function conferenceOf(post: Post, introText: string, zone: string, options: ImportOptions) {
  const { data, structure, title, excerpt } = post;
  const url = conferenceUrl(structure.intro);
  const place = placeOf(data, introText);
  return {
    // The post's own id or slug, else its file name: a post has nothing else that names it.
    id: slugify(frontMatterText(data, 'id', 'slug') ?? fileStem(options.fileName) ?? title, 64) || 'schedule',
    title,
    timeZone: zone,
    ...(url === undefined ? {} : { url }),
    ...(place === undefined ? {} : { place }),
    description: introText !== '' ? introText : (excerpt ?? ''),
  };
}

export function importJekyllPost(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  const diagnostics = new Diagnostics();
  const fail = (code: Parameters<typeof importFailure>[0], error: string, needs?: NeededInput) =>
    importFailure(code, error, diagnostics.sorted(), needs === undefined ? undefined : [needs]);
  const post = readPost(input, options, diagnostics);
  if ('ok' in post) return post;
  const { lines, data, bodyStart, structure, excerpt } = post;
  const lost = reportLostHeadings(lines, bodyStart, structure.lines, diagnostics);
  const intro = textAndLinks(parseHtml(structure.intro.map((chunk) => chunk.html).join('')).children);
  if (structure.sessions.length === 0) {
    return fail(
      'not-a-schedule',
      lost.sessions > 0
        ? `not an event post that can be read: its ${lost.sessions} session heading(s) are inside an unclosed HTML block (see diagnostics)`
        : 'not an event post: no session headings ("### Title" under "## Tuesday, November 19")',
    );
  }
  const zone = settleZone(options, data, [intro.text, excerpt ?? ''].join('\n'));
  if ('error' in zone) return fail('needs-input', zone.error, zone.needs);
  const headings = structure.days.flatMap((day) => (day.heading ? [day.heading] : []));
  const yearResult = yearOf(post, headings, options, diagnostics);
  if (!yearResult.ok) return fail('needs-input', `cannot tell the year: ${yearResult.reason}`, 'year');
  const context: SessionContext = {
    zone,
    year: yearResult.year,
    diagnostics,
    standardTimeMismatches: new Set(),
    sourceLines: lines,
    accounted: [],
  };
  const { sessions, sessionLines } = readSessions(structure, lost.dayLines, bodyStart, context);
  reportOrphanTimeLines(lines, bodyStart, structure.sessions, context.accounted, lost.timeLines, diagnostics);
  noteStandardTime(zone, context);
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
  for (const refused of intro.refusedLinks) {
    diagnostics.warning(undefined, `link "${refused}" in the introduction is not http(s) or mailto; left out`);
  }
  return assembleSchedule({
    format: 'jekyll-post',
    bytes: post.bytes,
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    conference: conferenceOf(post, intro.text, zone.zone, options),
    sessions,
    days,
    sessionLines,
    diagnostics,
  });
}
