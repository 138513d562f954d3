/**
 * Session ids: stable across re-imports of the same source (stars are kept by id), unique within a
 * schedule, and made of the characters the Schedule allows. The source's own id is used where it has one;
 * a repeated one keeps the first session's id and gives the others a suffix, with a warning.
 */
import type { Diagnostics } from './diagnostics';
import { slugify } from './slug';

const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** `text` as a session id: kept when it already is one, else its slug (and a short hash, so that two ids
 * that slug alike stay apart). */
export function sessionIdFrom(text: string): string {
  const trimmed = text.trim();
  if (SESSION_ID.test(trimmed)) return trimmed;
  const slug = slugify(trimmed, 100);
  return `${slug === '' ? 'session' : slug}-${shortHash(trimmed)}`;
}

/** FNV-1a of the text, 8 hex digits: enough to tell ids apart, not a checksum. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export class SessionIds {
  private readonly used = new Set<string>();

  constructor(private readonly diagnostics: Diagnostics) {}

  /** A unique id from `preferred` (already a session id); `what` names the session in a warning. */
  take(preferred: string, what: string, line?: number): string {
    let id = preferred;
    if (this.used.has(id)) {
      for (let n = 2; this.used.has(id); n++) id = `${preferred}-${n}`;
      this.diagnostics.warning(line, `${what} has the same id as an earlier session (${preferred}); given id ${id}`);
    }
    this.used.add(id);
    return id;
  }
}
