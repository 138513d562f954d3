/**
 * Abstracts and descriptions as sources write them (Markdown at CCC, HTML at FOSDEM, plain text with line
 * breaks elsewhere) to plain text with paragraphs and the http(s) and mailto links, never markup: Markdown
 * (which passes HTML through) is rendered by markdown-it and read back as text by the HTML reader.
 */
import MarkdownIt from 'markdown-it';
import { parseHtml, textAndLinks, type TextWithLinks } from './html-text';

const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: true });

export function richText(source: string): TextWithLinks {
  if (source.trim() === '') return { text: '', links: [], refusedLinks: [] };
  // Text without any markup is common (and most of a large schedule): no need to render it.
  if (!/[<>*_`~[\]#&]|^\s*[-+]\s|^\s*\d+\.\s|https?:/m.test(source)) {
    const paragraphs = source
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter((paragraph) => paragraph !== '');
    return textAndLinks(parseHtml(paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')).children);
  }
  return textAndLinks(parseHtml(markdown.render(source)).children);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
