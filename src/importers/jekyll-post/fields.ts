/**
 * A session's line of fields ("Time: … | Event Type: … | Location: … | More details | Author: …"): each
 * field's kind by its label, in any order, with decoration (emoji, punctuation) left out.
 */
import { isSessionId } from '../../schedule/ids';
import type { Diagnostics } from '../core/diagnostics';
import { plainText, type FieldPiece } from '../core/html-text';

export type FieldKind = 'time' | 'type' | 'room' | 'details' | 'people' | 'description';

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

export interface Field {
  readonly kind: FieldKind | 'unknown';
  readonly label: string;
  readonly value: string;
  /** The whole field as written, without its decoration. */
  readonly text: string;
  readonly links: readonly { readonly text: string; readonly href: string }[];
}

export function readField(pieces: readonly FieldPiece[]): Field {
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

export const WEB = ['http:', 'https:'];

/** Source text quoted in a diagnostic: one line, no control characters, not too long. */
export function shown(text: string, limit = 120): string {
  const plain = plainText(text).trim();
  return plain.length > limit ? `${plain.slice(0, limit - 1)}…` : plain;
}

export function officialId(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const id = new URL(url).searchParams.get('id');
    return id !== null && id.length <= 64 && isSessionId(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The fields by kind: an unknown one, or a second of a kind, is named and left out. */
export function fieldsByKind(
  fields: readonly Field[],
  where: string,
  line: number,
  diagnostics: Diagnostics,
): Map<FieldKind, Field> {
  const byKind = new Map<FieldKind, Field>();
  for (const field of fields) {
    if (field.kind === 'unknown') {
      diagnostics.warning(line, `${where}: field "${field.text.slice(0, 60)}" is not one this importer knows; ignored`);
      continue;
    }
    if (byKind.has(field.kind)) {
      diagnostics.warning(line, `${where}: a second "${field.label}" field; the first one is used`);
      continue;
    }
    byKind.set(field.kind, field);
  }
  return byKind;
}
