/**
 * Share links: the starred ids in a compact, URL-safe value with a checksum, so a cut or edited link is
 * recognised and changes nothing. `1.<base64url of "conference\nid\nid…">.<FNV-1a of the same, hex>`.
 */
import type { SessionId } from './types';

const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
export const MAX_SHARED = 1000;

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string | null {
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return null;
  }
}

export function encodeShare(conferenceId: string, ids: readonly SessionId[]): string {
  const payload = [conferenceId, ...ids].join('\n');
  return `1.${toBase64Url(payload)}.${fnv1a(payload)}`;
}

export type DecodedShare =
  { readonly ok: true; readonly ids: readonly SessionId[] } | { readonly ok: false; readonly reason: string };

const DAMAGED = 'This share link is damaged or incomplete (was it cut when copied?). Nothing was changed.';

export function decodeShare(value: string, conferenceId: string): DecodedShare {
  const match = /^1\.([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/.exec(value.trim());
  if (!match) return { ok: false, reason: DAMAGED };
  const payload = fromBase64Url(match[1] ?? '');
  if (payload === null || fnv1a(payload) !== match[2]) return { ok: false, reason: DAMAGED };
  const [conference, ...ids] = payload.split('\n');
  if (conference !== conferenceId) {
    return {
      ok: false,
      reason: `This share link is for another schedule (${conference ?? 'unknown'}). Nothing was changed.`,
    };
  }
  if (ids.length > MAX_SHARED || !ids.every((id) => SESSION_ID.test(id))) return { ok: false, reason: DAMAGED };
  return { ok: true, ids: [...new Set(ids)] };
}
