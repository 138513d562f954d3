/**
 * Session ids: stable across re-imports of the same source (stars are kept by id), unique within a
 * schedule, and made of the characters the Schedule allows. The source's own id is used where it has one;
 * a repeated one keeps the first session's id and gives the others a suffix, with a warning.
 */
import type { Diagnostics } from './diagnostics';
import { slugify } from './slug';
import { SESSION_ID } from '../../schedule/ids';

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

/** What tells two events apart when their source ids do not: title, start (UTC) and room. */
export function contentKey(title: string, start: Date, room: string | undefined): string {
  return `${title}\n${start.toISOString()}\n${room ?? ''}`;
}

/** How often each id occurs: the source ids that are not unique. */
export function repeatedOf(preferred: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of preferred) (seen.has(id) ? repeated : seen).add(id);
  return repeated;
}

export class SessionIds {
  private readonly used = new Set<string>();

  /** `repeated`: the preferred ids the source gives more than one event (see repeatedOf). */
  constructor(
    private readonly diagnostics: Diagnostics,
    private readonly repeated: ReadonlySet<string> = new Set(),
  ) {}

  /**
   * A unique id from `preferred` (already a session id); `what` names the session in a warning. A source
   * id shared by several events is not the id of any of them: each gets one made from its `content` (its
   * title, start and room, see contentKey), never from its position, so that removing one event of a
   * calendar does not hand its id, and the stars on it, to another. Only events identical in all three
   * (interchangeable) are numbered.
   */
  take(preferred: string, what: string, line?: number, content?: string): string {
    let base = preferred;
    if (content !== undefined && this.repeated.has(preferred)) {
      base = `${preferred.slice(0, 118)}-${shortHash(content)}`;
      this.diagnostics.warning(
        line,
        `${what} shares its id (${preferred}) with another event; given id ${base}, made from its title, start and room`,
      );
    }
    let id = base;
    if (this.used.has(id)) {
      for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
      this.diagnostics.warning(line, `${what} has the same id as an earlier session (${base}); given id ${id}`);
    }
    this.used.add(id);
    return id;
  }
}
