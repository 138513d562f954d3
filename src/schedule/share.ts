/**
 * Share links: the starred ids in a compact, URL-safe value with a checksum, so a cut or edited link is
 * recognised and changes nothing. `1.<base64url of "conference\nid\nid…">.<FNV-1a of the same, hex>`.
 * An agenda with maybes is written as version 2, the same with each maybe's id after a `?` (a character no
 * session id has); one without maybes is still written as version 1, so older copies of Itinerary read it.
 * Both versions are read.
 */
import type { SessionId } from './types';
import { SESSION_ID, CONFERENCE_ID } from './ids';
import { fnv1a, readShareEnvelope, toBase64Url, type ShareVersion } from './share-target';

export const MAX_SHARED = 1000;

const MAYBE_MARK = '?';

const MAX_TITLE = 120;
// Control characters and the bidirectional overrides and isolates: a title from a link cannot reorder
// the sentence it is shown in.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A title as it may be shown: plain text, one line, at most 120 characters. */
export function cleanSharedTitle(title: string): string {
  return title.replace(UNSAFE, '').replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
}

function httpAddress(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The envelope share-target.ts reads (its comment gives the format). */
function writeShareEnvelope(
  conferenceId: string,
  entries: readonly string[],
  withMaybes: boolean,
  about?: { readonly title: string; readonly address?: string | undefined },
): string {
  const version: ShareVersion = about !== undefined ? 3 : withMaybes ? 2 : 1;
  const head =
    about === undefined ? [conferenceId] : [conferenceId, cleanSharedTitle(about.title), about.address ?? ''];
  const payload = [...head, ...entries].join('\n');
  return `${String(version)}.${toBase64Url(new TextEncoder().encode(payload))}.${fnv1a(payload)}`;
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const compressed = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(compressed).arrayBuffer());
}

/**
 * The share value of an agenda, compressed (version 4: version 3's payload, deflated) when that is
 * shorter; else what encodeShare writes. Version 4 is always version 3 inside: the title and address
 * lines are there, empty for the bundled schedule.
 */
export async function encodeShareCompact(
  conferenceId: string,
  ids: readonly SessionId[],
  maybeIds: ReadonlySet<SessionId> = new Set(),
  about?: { readonly title: string; readonly address?: string | undefined },
): Promise<string> {
  const plain = encodeShare(conferenceId, ids, maybeIds, about);
  const head = [conferenceId, cleanSharedTitle(about?.title ?? ''), about?.address ?? ''];
  const entries = ids.map((id) => (maybeIds.has(id) ? MAYBE_MARK + id : id));
  const payload = [...head, ...entries].join('\n');
  const compact = `4.${toBase64Url(await deflate(new TextEncoder().encode(payload)))}.${fnv1a(payload)}`;
  return compact.length < plain.length ? compact : plain;
}

/**
 * The share value of an agenda. With `about` (the conference's title, and the address its schedule came
 * from, if any), version 3: a browser without the conference can name it and open it. Without, version 2
 * when there are maybes, else version 1 (what earlier copies of Itinerary wrote).
 */
export function encodeShare(
  conferenceId: string,
  ids: readonly SessionId[],
  maybeIds: ReadonlySet<SessionId> = new Set(),
  about?: { readonly title: string; readonly address?: string | undefined },
): string {
  const withMaybes = ids.some((id) => maybeIds.has(id));
  const entries = withMaybes || about ? ids.map((id) => (maybeIds.has(id) ? MAYBE_MARK + id : id)) : ids;
  return writeShareEnvelope(conferenceId, entries, withMaybes, about);
}

/** What is wrong with a share link. Nothing in it is text from the link: a link cannot make the page say things. */
export type ShareProblem =
  | { readonly kind: 'damaged' }
  | {
      readonly kind: 'other-conference';
      readonly conferenceId: string;
      /** What the link says the conference is called, and where its schedule is (version 3). */
      readonly title?: string;
      readonly address?: string;
    }
  | { readonly kind: 'too-many'; readonly count: number }
  | { readonly kind: 'empty-id' | 'long-id' | 'bad-id'; readonly position: number };

export type DecodedShare =
  | {
      readonly ok: true;
      readonly ids: readonly SessionId[];
      /** The shared sessions that are maybes in the sharer's agenda (a subset of `ids`). */
      readonly maybeIds: readonly SessionId[];
    }
  | { readonly ok: false; readonly problem: ShareProblem };

const MAX_ID_LENGTH = 128;

export function decodeShare(value: string, conferenceId: string): DecodedShare {
  const damaged = { ok: false, problem: { kind: 'damaged' } } as const;
  const envelope = readShareEnvelope(value);
  if (envelope === null) return damaged;
  const { conferenceId: conference, entries } = envelope;
  if (conference !== conferenceId) {
    const title = cleanSharedTitle(envelope.title ?? '');
    const address = envelope.address === undefined ? undefined : httpAddress(envelope.address);
    // Only a well-formed id is worth looking up.
    return CONFERENCE_ID.test(conference)
      ? {
          ok: false,
          problem: {
            kind: 'other-conference',
            conferenceId: conference,
            ...(title === '' ? {} : { title }),
            ...(address === undefined ? {} : { address }),
          },
        }
      : damaged;
  }
  if (entries.length > MAX_SHARED) return { ok: false, problem: { kind: 'too-many', count: entries.length } };
  const maybes = envelope.version >= 2;
  const ids: SessionId[] = [];
  const maybeIds: SessionId[] = [];
  for (const [i, entry] of entries.entries()) {
    const maybe = maybes && entry.startsWith(MAYBE_MARK);
    const id = maybe ? entry.slice(MAYBE_MARK.length) : entry;
    const position = i + 1;
    if (id === '') return { ok: false, problem: { kind: 'empty-id', position } };
    if (id.length > MAX_ID_LENGTH) return { ok: false, problem: { kind: 'long-id', position } };
    if (!SESSION_ID.test(id)) return { ok: false, problem: { kind: 'bad-id', position } };
    if (!ids.includes(id)) ids.push(id);
    if (maybe && !maybeIds.includes(id)) maybeIds.push(id);
  }
  return { ok: true, ids, maybeIds };
}

const NOTHING_CHANGED = 'Nothing was changed.';

/**
 * What to tell the attendee. `titleOf` knows the conferences this browser has: a link for one of them
 * names it by its own title, never by anything the link says.
 */
export function shareProblemMessage(
  problem: ShareProblem,
  titleOf: (conferenceId: string) => string | undefined,
): string {
  const entry = (position: number) => `the ${ordinal(position)} session in it`;
  switch (problem.kind) {
    case 'damaged':
      return `This share link is damaged or incomplete (was it cut when copied?). ${NOTHING_CHANGED}`;
    case 'other-conference': {
      const title = titleOf(problem.conferenceId);
      if (title !== undefined) return `This share link is for another conference: ${title}. ${NOTHING_CHANGED}`;
      // Not in this browser: the link's own words for it, quoted (cleaned of control and direction marks).
      const lacking = `This share link is for “${problem.title ?? problem.conferenceId}”, a conference this browser does not have`;
      if (problem.address !== undefined)
        return `${lacking}; its schedule is at ${problem.address}. Open it with “Open a schedule” (from an address), and the shared agenda will show. ${NOTHING_CHANGED}`;
      // A link of version 3 without an address was made where the schedule came from a file; older links do not say.
      return problem.title === undefined
        ? `${lacking}. Open its schedule with “Open a schedule”, and the shared agenda will show. ${NOTHING_CHANGED}`
        : `${lacking}. Its schedule was opened from a file: open that file with “Open a schedule”, and the shared agenda will show. ${NOTHING_CHANGED}`;
    }
    case 'too-many':
      return `This share link lists ${problem.count.toLocaleString('en-US')} sessions; a link can carry at most ${MAX_SHARED.toLocaleString('en-US')}. ${NOTHING_CHANGED}`;
    case 'empty-id':
      return `This share link has an empty session id (${entry(problem.position)}). ${NOTHING_CHANGED}`;
    case 'long-id':
      return `This share link has a session id longer than ${MAX_ID_LENGTH} characters (${entry(problem.position)}). ${NOTHING_CHANGED}`;
    case 'bad-id':
      return `This share link has a session id with characters no session id has (${entry(problem.position)}). ${NOTHING_CHANGED}`;
  }
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n.toLocaleString('en-US')}${suffix}`;
}
