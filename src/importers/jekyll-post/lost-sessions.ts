/**
 * "No session is dropped without a diagnostic", checked on the lines of the post rather than on what
 * Markdown made of them. Markdown can swallow a session whole: "###Title" (no space) is paragraph text, a
 * heading indented by four spaces is code, one after an unclosed `<pre>` or "```" is inside that block.
 * Its Time line then sits inside the session before it, unused. So two kinds of line are looked for in the
 * source itself: lines that look like headings, and lines that carry a Time field. Each must be a heading
 * Markdown read, or the Time line a session used, or it is named in a diagnostic.
 */
import type { Token } from 'markdown-it';
import { parseTimeRange } from './time-range';

/** A "Time:" label: a field of a session's line of fields. */
export const TIME_LABEL = /(?:^|[^\p{L}\p{N}])times?\s*:/iu;

/** What Markdown made of a source line, where it matters here. */
export interface LineKinds {
  /** 1-based lines that Markdown read as headings. */
  readonly headings: ReadonlySet<number>;
  /** Lines inside fenced or indented code. */
  readonly code: ReadonlySet<number>;
  /** Lines inside fenced code that has its closing fence (a code sample, not a fence left open). */
  readonly closedFence: ReadonlySet<number>;
  /** Lines inside raw HTML blocks (a `<pre>`, a comment). */
  readonly html: ReadonlySet<number>;
  /** Lines inside paragraphs. */
  readonly paragraph: ReadonlySet<number>;
}

/** Which source lines (1-based, counted from `lineOffset`) Markdown read as what. */
export function lineKindsOf(tokens: readonly Token[], lineOffset: number, lines: readonly string[]): LineKinds {
  const headings = new Set<number>();
  const code = new Set<number>();
  const closedFence = new Set<number>();
  const html = new Set<number>();
  const paragraph = new Set<number>();
  for (const token of tokens) {
    if (!token.map) continue;
    const [from, to] = token.map;
    const target =
      token.type === 'heading_open'
        ? headings
        : token.type === 'fence' || token.type === 'code_block'
          ? code
          : token.type === 'html_block'
            ? html
            : token.type === 'paragraph_open'
              ? paragraph
              : null;
    if (!target) continue;
    // A heading is one line (setext headings span two; their text is on the first).
    const end = token.type === 'heading_open' ? from + 1 : to;
    for (let line = from; line < end; line++) target.add(line + lineOffset + 1);
    const last = lines[to + lineOffset - 1] ?? '';
    if (token.type === 'fence' && to - from >= 2 && /^\s*(?:`{3,}|~{3,})\s*$/.test(last)) {
      for (let line = from; line < to; line++) closedFence.add(line + lineOffset + 1);
    }
  }
  return { headings, code, closedFence, html, paragraph };
}

/** A line that looks like a heading: `#` to `######`, indented or quoted or not, spaced or not. */
const HEADING_LIKE = /^[ \t]*(?:>[ \t]*)*(#{1,6})[ \t]*([^#\s].*?)[ \t#]*$/;

export interface HeadingLike {
  readonly level: number;
  readonly text: string;
}

export function headingLike(line: string): HeadingLike | null {
  const match = HEADING_LIKE.exec(line);
  const marks = match?.[1];
  const text = match?.[2]?.trim();
  return marks !== undefined && text !== undefined && text !== '' ? { level: marks.length, text } : null;
}

/**
 * The time a source line gives in a Time field ("🕣 Time: 5:15 – 6:45 p.m. | …"), or null when the line
 * has no Time field. A "Time:" in prose counts only on a line of fields (with a `|`) or when what follows
 * reads as a time range.
 */
export function timeFieldIn(line: string): string | null {
  const text = line.replace(/<[^>]*>/g, ' ');
  const label = TIME_LABEL.exec(text);
  if (!label) return null;
  const value = (text.slice(label.index + label[0].length).split('|')[0] ?? '').trim();
  if (text.includes('|') || parseTimeRange(value).ok) return value;
  return null;
}

/**
 * `###Title` lines that Markdown read as paragraph text. Jekyll's kramdown (without its GFM option) reads
 * them as headings, and in an event post they are one: they get their space back, with a warning.
 */
export function unspacedHeadings(
  lines: readonly string[],
  kinds: LineKinds,
): { readonly line: number; readonly fixed: string }[] {
  const found: { line: number; fixed: string }[] = [];
  for (const line of kinds.paragraph) {
    const match = /^( {0,3})(#{2,6})([^#\s].*)$/.exec(lines[line - 1] ?? '');
    if (match) found.push({ line, fixed: `${match[1] ?? ''}${match[2] ?? ''} ${match[3] ?? ''}` });
  }
  return found.sort((a, b) => a.line - b.line);
}

export interface LostHeading extends HeadingLike {
  readonly line: number;
  /** Why Markdown did not read it as a heading. */
  readonly reason: string;
  /** The line of the Time field that follows it before the next heading-like line: a session, surely. */
  readonly timeLine?: number;
}

/**
 * Lines from `from` (1-based) that look like headings but that Markdown did not read as headings. A "#"
 * line with no Time line under it is passed over where it is surely something else: a comment in a
 * closed code sample, or a hashtag ("#hpc", no space).
 */
export function lostHeadings(lines: readonly string[], from: number, kinds: LineKinds): LostHeading[] {
  const lost: LostHeading[] = [];
  for (let line = from; line <= lines.length; line++) {
    const found = headingLike(lines[line - 1] ?? '');
    if (!found || kinds.headings.has(line)) continue;
    const reason = kinds.code.has(line)
      ? /^(?: {4}|\t)/.test(lines[line - 1] ?? '')
        ? 'it is indented by four spaces or a tab, so Markdown reads it as code'
        : 'it is inside a code block (an unclosed "```" above it?), so Markdown reads it as code'
      : kinds.html.has(line)
        ? 'it is inside an HTML block that is never closed (a missing "</pre>" or "-->" above it?)'
        : 'Markdown reads it as text of the paragraph above, not as a heading (is it indented, or does "#" lack its space?)';
    let timeLine: number | undefined;
    for (let next = line + 1; next <= lines.length && timeLine === undefined; next++) {
      const text = lines[next - 1] ?? '';
      if (headingLike(text) || kinds.headings.has(next)) break;
      if (timeFieldIn(text) !== null) timeLine = next;
    }
    const text = lines[line - 1] ?? '';
    if (found.level === 1 && timeLine === undefined && (kinds.closedFence.has(line) || !/#[ \t]/.test(text))) {
      continue;
    }
    lost.push({ ...found, line, reason, ...(timeLine === undefined ? {} : { timeLine }) });
  }
  return lost;
}
