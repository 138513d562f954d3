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

/**
 * Version 4 is version 3's payload compressed (the browser's CompressionStream, deflate-raw) before its
 * base64url: a long agenda's link about a third as long, and inside what a QR code holds. It is expanded
 * back to version 3 (expandShare) before anything reads it.
 */
const COMPRESSED = /^4\.([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/;
/** What a compressed link may expand to: 1,000 ids of 128 characters, and a title and an address. */
const MAX_EXPANDED = 160 * 1024;

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

function bytesOfBase64Url(value: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

function fromBase64Url(value: string): string | null {
  const bytes = bytesOfBase64Url(value);
  try {
    return bytes === null ? null : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Inflates `bytes`, refusing more than `limit` bytes of output (a crafted link cannot fill the memory). */
async function inflate(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      total += next.value.byteLength;
      if (total > limit) {
        await reader.cancel();
        return null;
      }
      chunks.push(next.value);
    }
  } catch {
    return null;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * A share value as versions 1–3 write it: a compressed one (version 4) expanded to its version 3, checksum
 * kept; any other value as it is. A version 4 that does not expand comes back as it was, and reads as
 * damaged.
 */
export async function expandShare(value: string): Promise<string> {
  const match = COMPRESSED.exec(value.trim());
  if (!match) return value;
  const bytes = bytesOfBase64Url(match[1] ?? '');
  const expanded = bytes === null ? null : await inflate(bytes, MAX_EXPANDED);
  if (expanded === null) return value;
  return `3.${toBase64Url(expanded)}.${match[2] ?? ''}`;
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
