/**
 * A post's Markdown as its introduction, day sections and session blocks, with line numbers. Every
 * heading Markdown reads ends up as the title, a day, a session, or a diagnostic: a heading of another
 * level with a Time line under it is read as a session (a "####" typed for "###"), and one that is none of
 * these is named rather than passed over.
 */
import MarkdownIt, { type Env, type Token } from 'markdown-it';
import type { Document, Element } from 'domhandler';
import type { Diagnostics } from '../core/diagnostics';
import { findElements, parseHtml, textAndLinks } from '../core/html-text';
import { parseDayHeading, type DayHeading } from './event-dates';
import { lineKindsOf, TIME_LABEL, type LineKinds } from './lost-sessions';

export interface Chunk {
  readonly html: string;
  readonly line: number;
  /** The line after the chunk's last one. */
  readonly endLine: number;
}

export interface DaySection {
  readonly line: number;
  readonly text: string;
  readonly heading: DayHeading | null;
}

export interface SessionBlock {
  readonly line: number;
  readonly title: string;
  readonly day: DaySection | null;
  readonly chunks: Chunk[];
}

export const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

function renderChunk(token: Token, env: Env): string {
  return markdown.renderer.render([token], markdown.options, env);
}

function inlineText(token: Token | undefined, env: Env): string {
  if (!token) return '';
  return textAndLinks(parseHtml(renderChunk(token, env)).children)
    .text.replace(/\s+/g, ' ')
    .trim();
}

export interface Structure {
  readonly intro: Chunk[];
  readonly days: DaySection[];
  readonly sessions: SessionBlock[];
  readonly firstH1?: string;
  /** Lines Markdown read as headings, and lines inside code blocks and raw HTML blocks. */
  readonly lines: LineKinds;
}

/** The element that holds a session's fields: its `<pre>`, else a paragraph with `|` and a Time label. */
export function findFieldsElement(nodes: Document['children']): Element | undefined {
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

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The reading so far: what has been found, and where it is. */
interface Reading {
  readonly intro: Chunk[];
  readonly days: DaySection[];
  readonly sessions: SessionBlock[];
  firstH1: string | undefined;
  day: DaySection | null;
  session: SessionBlock | null;
  seenHeading: boolean;
  strayReported: boolean;
  line: number;
  endLine: number;
}

interface Heading {
  readonly text: string;
  readonly level: number;
  readonly marks: string;
  readonly dayHeading: DayHeading | null;
  readonly hasTime: boolean;
}

/** A heading of a level other than a session's: the post's title, a day, a sub-heading, or named and ignored. */
function readOtherHeading(heading: Heading, reading: Reading, diagnostics: Diagnostics): void {
  const { text, level, marks, dayHeading } = heading;
  const { line, endLine } = reading;
  if (level === 1 && !reading.seenHeading) {
    // The post's own title, written in the body.
    reading.firstH1 ??= text;
    return;
  }
  reading.seenHeading = true;
  if (level === 2) {
    reading.session = null;
    reading.strayReported = false;
    reading.day = { line, text, heading: dayHeading };
    reading.days.push(reading.day);
    if (!dayHeading)
      diagnostics.warning(
        line,
        `"## ${text}" is not a date ("## Tuesday, November 19"); sessions under it have no day`,
      );
    return;
  }
  if (level >= 4 && reading.session) {
    // A sub-heading of the session's description, kept as a paragraph of it; named, in case it was
    // meant as a session whose Time line is missing.
    reading.session.chunks.push({ html: `<p>${escapeHtml(text)}</p>`, line, endLine });
    diagnostics.warning(
      line,
      `"${marks} ${text}" is read as part of the description of session "${reading.session.title}" (a session needs "### ${text}" and a Time line)`,
    );
    return;
  }
  reading.session = null;
  diagnostics.warning(
    line,
    `"${marks} ${text}" is not a day ("## Tuesday, November 19") or session ("### Title") heading and has no Time line; ignored`,
  );
}

function readHeading(heading: Heading, reading: Reading, diagnostics: Diagnostics): void {
  const { text, level, marks } = heading;
  if (level === 3 || heading.hasTime) {
    if (level !== 3) {
      diagnostics.warning(
        reading.line,
        `"${marks} ${text}" is a level-${level} heading with a Time line under it; read as a session ("### ${text}")`,
      );
    }
    reading.session = { line: reading.line, title: text, day: reading.day, chunks: [] };
    reading.sessions.push(reading.session);
    reading.seenHeading = true;
    return;
  }
  readOtherHeading(heading, reading, diagnostics);
}

/** A block that is not a heading: part of the session it is under, of the introduction, or stray text. */
function readBlock(html: string, reading: Reading, diagnostics: Diagnostics): void {
  const { line, endLine } = reading;
  if (reading.session) reading.session.chunks.push({ html, line, endLine });
  else if (!reading.seenHeading) reading.intro.push({ html, line, endLine });
  else if (!reading.strayReported && textAndLinks(parseHtml(html).children).text !== '') {
    // Often a session whose "###" heading was lost: say so once per day rather than drop it quietly.
    diagnostics.warning(line, 'text outside any session (not under a "### Title" heading) is ignored');
    reading.strayReported = true;
  }
}

/** Splits the Markdown into the introduction, day sections and session blocks, keeping line numbers. */
export function readStructure(lines: readonly string[], lineOffset: number, diagnostics: Diagnostics): Structure {
  const env: Env = {};
  const tokens = markdown.parse(lines.slice(lineOffset).join('\n'), env);
  const kinds = lineKindsOf(tokens, lineOffset, lines);
  const reading: Reading = {
    intro: [],
    days: [],
    sessions: [],
    firstH1: undefined,
    day: null,
    session: null,
    seenHeading: false,
    strayReported: false,
    line: lineOffset + 1,
    endLine: lineOffset + 1,
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.map) {
      reading.line = token.map[0] + lineOffset + 1;
      reading.endLine = token.map[1] + lineOffset + 1;
    }
    if (token.type === 'heading_open') {
      const text = inlineText(tokens[i + 1], env);
      const level = Number(token.tag.slice(1));
      const marks = LEVEL_MARKS[level - 1] ?? token.markup;
      i += 2; // inline, heading_close
      const dayHeading = level === 2 ? parseDayHeading(text) : null;
      const hasTime = level !== 3 && dayHeading === null && sectionHasTimeLine(tokens, i + 1, env);
      readHeading({ text, level, marks, dayHeading, hasTime }, reading, diagnostics);
    } else if (token.type === 'hr') reading.session = null;
    else readBlock(renderChunk(token, env), reading, diagnostics);
  }
  const { intro, days, sessions, firstH1 } = reading;
  return { intro, days, sessions, ...(firstH1 === undefined ? {} : { firstH1 }), lines: kinds };
}
