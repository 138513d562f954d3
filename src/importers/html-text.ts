/**
 * Plain text and links out of HTML, through a real HTML parser (htmlparser2): no HTML reaches the app.
 */
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type ChildNode, type Document, type Element } from 'domhandler';
import { isUrlWithScheme, LINK_SCHEMES } from '../schedule/validate';
import type { Link } from '../schedule/types';

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
 * Paragraph-aware text: block elements become paragraphs separated by a blank line, `<br>` a line
 * break, runs of white space one space.
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
  const walk = (node: ChildNode) => {
    if (isText(node)) {
      current += node.data.replace(/\s+/g, ' ');
      return;
    }
    if (!isTag(node) || skip.has(node) || SKIPPED.has(node.name)) return;
    if (node.name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(node.name);
    if (block) endParagraph();
    const before = current.length;
    node.children.forEach(walk);
    if (node.name === 'a' && node.attribs.href !== undefined) {
      const url = node.attribs.href.trim();
      const text = current.slice(before).replace(/\s+/g, ' ').trim();
      if (isUrlWithScheme(url, LINK_SCHEMES)) links.push({ text: text === '' ? url : text, url });
      else refusedLinks.push(url);
    }
    if (block) endParagraph();
  };
  nodes.forEach(walk);
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
  const walk = (node: ChildNode) => {
    if (isText(node)) {
      node.data.split(separator).forEach((part, i) => {
        if (i > 0) fields.push([]);
        push({ text: part });
      });
      return;
    }
    if (!isTag(node) || SKIPPED.has(node.name)) return;
    if (node.name === 'a') {
      const text = textAndLinks(node.children).text;
      push({ text, href: node.attribs.href?.trim() ?? '' });
      return;
    }
    if (node.name === 'br') {
      fields.push([]);
      return;
    }
    node.children.forEach(walk);
  };
  element.children.forEach(walk);
  return fields.filter((pieces) => pieces.some((piece) => piece.text.trim() !== '' || piece.href));
}

export function findElements(nodes: readonly ChildNode[], accept: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: ChildNode) => {
    if (!isTag(node)) return;
    if (accept(node)) found.push(node);
    node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return found;
}
