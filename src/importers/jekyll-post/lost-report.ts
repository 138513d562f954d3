/**
 * What the post lost, named: heading-like lines Markdown did not read as headings, and Time lines no
 * session heading accounts for (lost-sessions.ts finds them; this says what they cost).
 */
import type { Diagnostics } from '../core/diagnostics';
import { parseDayHeading } from './event-dates';
import { shown } from './fields';
import { lostHeadings, timeFieldIn, type LineKinds } from './lost-sessions';
import { blockRange, type LineRange } from './post-session';
import type { SessionBlock } from './structure';

/**
 * Heading-like lines Markdown did not read as headings, named. One that looks like a session is an
 * error (it is not imported); one that looks like a day heading is too, and the sessions after it are
 * refused, since they would get the day before's date.
 */
export function reportLostHeadings(
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
export function reportOrphanTimeLines(
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
