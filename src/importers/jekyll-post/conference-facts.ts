/** What a post says of its conference: its programme's address, where it is held, and the name of its file. */
import { normalizeUrl } from '../../schedule/validate';
import { findElements, parseHtml, textAndLinks } from '../core/html-text';
import { frontMatterText } from './front-matter';
import { WEB } from './fields';
import type { Chunk } from './structure';

export function conferenceUrl(introChunks: readonly Chunk[]): string | undefined {
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

export function placeOf(data: Record<string, unknown>, introText: string): string | undefined {
  const written = frontMatterText(data, 'location', 'place', 'venue', 'city');
  if (written !== undefined) return written;
  // "will be held November 17–22 in Atlanta, GA."
  const word = String.raw`(?:(?:[A-Z]\.){2,}|[A-Z][\p{L}'-]*)`;
  const match = new RegExp(String.raw`\bheld\b[^.]*?\bin (${word}(?:,? ${word})*)`, 'u').exec(introText);
  return match?.[1];
}

export function fileStem(fileName: string | undefined): string | undefined {
  if (fileName === undefined) return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
}
