/**
 * The share link's envelope, written and read here only: `<version>.<base64url of payload>.<FNV-1a of the
 * payload, hex>`. The payload's lines are the conference id, then (version 3) the conference's title and
 * the address its schedule was opened from ("" when from a file), then the session ids, a maybe's after a
 * `?` (versions 2 and 3). Version 1 has no maybes, version 2 no title or address; both are still read.
 * Small: loaded as soon as a page has a share link, to choose the conference before anything else.
 * share.ts writes it (writeShareEnvelope) and reads the session ids out of it.
 */
import { CONFERENCE_ID } from './ids';

export type ShareVersion = 1 | 2 | 3;

export interface ShareEnvelope {
  readonly version: ShareVersion;
  readonly conferenceId: string;
  /**
   * Version 3: the conference's title as the sharer's browser had it, as the link carries it: shown only
   * through cleanSharedTitle (share.ts).
   */
  readonly title?: string;
  /** Version 3: the address the sharer's schedule came from, when it came from one (opened only by fetchSchedule, which takes http(s) only). */
  readonly address?: string;
  /** The session lines, as written (a maybe's with its `?`). */
  readonly entries: readonly string[];
}

/** FNV-1a over the UTF-8 bytes, 8 hex digits: a checksum against cut or edited links, not a signature. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function fromBase64Url(value: string): string | null {
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The envelope of a share link, checksum verified; null when it is not one (damaged, cut, another format). */
export function readShareEnvelope(value: string): ShareEnvelope | null {
  const match = /^([123])\.([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/.exec(value.trim());
  if (!match) return null;
  const payload = fromBase64Url(match[2] ?? '');
  if (payload === null || fnv1a(payload) !== match[3]) return null;
  const version: ShareVersion = match[1] === '3' ? 3 : match[1] === '2' ? 2 : 1;
  const lines = payload.split('\n');
  const [conferenceId = ''] = lines;
  if (version < 3) return { version, conferenceId, entries: lines.slice(1) };
  const [, title = '', address = ''] = lines;
  return {
    version,
    conferenceId,
    ...(title === '' ? {} : { title }),
    ...(address === '' ? {} : { address }),
    entries: lines.slice(3),
  };
}

/** The envelope of a share link that is whole and names a well-formed conference; else null. */
export function shareTarget(value: string): ShareEnvelope | null {
  const envelope = readShareEnvelope(value);
  return envelope !== null && CONFERENCE_ID.test(envelope.conferenceId) ? envelope : null;
}
