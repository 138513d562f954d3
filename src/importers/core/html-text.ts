/**
 * Plain text and links out of HTML, through a real HTML parser (htmlparser2): no HTML reaches the app.
 */
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type ChildNode, type Document, type Element } from 'domhandler';
import { removeControlCharacters } from '../../schedule/control-characters';
import { LINK_SCHEMES, normalizeUrl } from '../../schedule/validate';
import type { Link } from '../../schedule/types';

export function parseHtml(html: string): Document {
  return parseDocument(html, { withStartIndices: true, decodeEntities: true });
}

const BLOCKS = new Set([
  'p',
  'div',
  'pre',
  'hr',
  'ul',
  'ol',
  'li',
  'blockquote',
  'table',
  'tr',
  'section',
  'article',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'details',
  'summary',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg']);

export interface TextWithLinks {
  readonly text: string;
  readonly links: readonly Link[];
  /** Addresses that were not http(s) or mailto, left out of `links`. */
  readonly refusedLinks: readonly string[];
}

/**
 * Text as it may enter a Schedule: white space runs (line breaks included) as one space, and no other
 * control characters, which can arrive as character references (`&#7;`).
 */
export function plainText(text: string): string {
  return removeControlCharacters(text.replace(/\s+/g, ' '));
}

// The walks below keep their own stack rather than recursing: the depth of the markup is the input's to
// choose, and 5,000 nested <b> must not exhaust the call stack.

type Frame =
  | { readonly node: ChildNode; readonly exit: false }
  | {
      readonly node: Element;
      readonly exit: true;
      readonly before: number;
      readonly block: boolean;
      /** Written when the element ends (the end of a struck-out passage). */
      readonly close?: string;
    };

/** Struck-out text (`~~…~~` in Markdown, <s>, <del>): plain text cannot strike it, so it says so. */
const STRUCK = new Set(['s', 'del', 'strike']);

/** "• " before an item of a list, "3. " before the third of a numbered one (its `start` counted). */
function listMarker(item: Element): string {
  const list = item.parent;
  if (!list || !isTag(list) || list.name !== 'ol') return '• ';
  const start = Number.parseInt(list.attribs.start ?? '1', 10);
  const position = list.children.filter((child) => isTag(child) && child.name === 'li').indexOf(item);
  return `${String((Number.isFinite(start) ? start : 1) + position)}. `;
}

function enterAll(stack: Frame[], nodes: readonly ChildNode[]): void {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node) stack.push({ node, exit: false });
  }
}

/**
 * Paragraph-aware text: block elements become paragraphs separated by a blank line, `<br>` a line
 * break, runs of white space one space. Links keep their normalised address (`new URL(...).href`), so
 * what is stored is what a browser would follow: no white space or control characters inside it.
 */
export function textAndLinks(nodes: readonly ChildNode[], skip: ReadonlySet<Element> = new Set()): TextWithLinks {
  const paragraphs: string[] = [];
  let current = '';
  const links: Link[] = [];
  const refusedLinks: string[] = [];
  const endParagraph = () => {
    const cleaned = current
      .split('\n')
      .map((line) => line.replace(/[ \t\f\v\u00a0\u200b]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
    if (cleaned !== '') paragraphs.push(cleaned);
    current = '';
  };
  const stack: Frame[] = [];
  enterAll(stack, nodes);
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const node = frame.node;
    if (frame.exit) {
      if (isTag(node) && node.name === 'a' && node.attribs.href !== undefined) {
        const href = node.attribs.href.trim();
        const url = normalizeUrl(href, LINK_SCHEMES);
        const text = current.slice(frame.before).replace(/\s+/g, ' ').trim();
        if (url !== null) links.push({ text: text === '' ? url : text, url });
        else refusedLinks.push(plainText(href).slice(0, 200));
      }
      if (frame.close !== undefined) current += frame.close;
      if (frame.block) endParagraph();
      continue;
    }
    if (isText(node)) {
      current += plainText(node.data);
      continue;
    }
    if (!isTag(node) || skip.has(node) || SKIPPED.has(node.name)) continue;
    if (node.name === 'br') {
      current += '\n';
      continue;
    }
    const block = BLOCKS.has(node.name);
    if (block) endParagraph();
    if (node.name === 'li') current += listMarker(node);
    const struck = STRUCK.has(node.name);
    if (struck) current += '[struck out: ';
    stack.push({ node, exit: true, before: current.length, block, ...(struck ? { close: ']' } : {}) });
    enterAll(stack, node.children);
  }
  endParagraph();
  return { text: paragraphs.join('\n\n'), links, refusedLinks };
}

/** A piece of a line of fields: text, or a link with its text. */
export type FieldPiece = { readonly text: string; readonly href?: string };

/**
 * The pieces of a "fields" line (`🕣 Time: … | 📍 Location: <a>B302</a> | …`) split at `|`,
 * with links kept inside the field they stand in.
 */
export function splitFields(element: Element, separator = '|'): FieldPiece[][] {
  const fields: FieldPiece[][] = [[]];
  const push = (piece: FieldPiece) => fields[fields.length - 1]?.push(piece);
  const stack: Frame[] = [];
  enterAll(stack, element.children);
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const node = frame.node;
    if (isText(node)) {
      plainText(node.data)
        .split(separator)
        .forEach((part, i) => {
          if (i > 0) fields.push([]);
          push({ text: part });
        });
      continue;
    }
    if (!isTag(node) || SKIPPED.has(node.name)) continue;
    if (node.name === 'a') {
      const text = textAndLinks(node.children).text;
      push({ text, href: node.attribs.href?.trim() ?? '' });
      continue;
    }
    if (node.name === 'br') {
      fields.push([]);
      continue;
    }
    enterAll(stack, node.children);
  }
  return fields.filter((pieces) => pieces.some((piece) => piece.text.trim() !== '' || piece.href));
}

/** Every element (depth first, in document order) that `accept` accepts. */
export function findElements(nodes: readonly ChildNode[], accept: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: Frame[] = [];
  enterAll(stack, nodes);
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const node = frame.node;
    if (!isTag(node)) continue;
    if (accept(node)) found.push(node);
    enterAll(stack, node.children);
  }
  return found;
}
