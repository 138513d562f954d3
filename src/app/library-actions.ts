/**
 * What the conference picker and "Open a schedule" do to the kept schedules, loaded only when one of them
 * is used: keeping an opened schedule (and, when it is a newer version of one already here, recording what
 * changed in the agenda), and checking an address for a newer version.
 */
import { fetchSchedule, importInWorker } from '../library/open-schedule';
import { keepSchedule, keptSchedule, type KeptConference, type KeptSource } from '../library/kept-schedules';
import { agendaChanges, rekeyedStars, scheduleDifferences } from '../schedule/changes';
import { foldTitle as fold, matchSessions } from '../schedule/matching';
import type { Schedule } from '../schedule/types';
import { storesFor } from '../store/itinerary-store';

function plural(count: number, one: string, many: string): string {
  return count === 1 ? `1 ${one}` : `${String(count)} ${many}`;
}

/** The version of conference `id` this browser has: kept, else the bundled one, else none. */
export async function versionHere(
  id: string,
  kept: readonly KeptConference[],
  bundled: Schedule,
): Promise<Schedule | null> {
  if (kept.some((conference) => conference.id === id)) {
    const result = await keptSchedule(id);
    if (result.ok) return result.schedule;
  }
  return id === bundled.conference.id ? bundled : null;
}

/**
 * Records what opening `schedule` does to the attendee's agenda, and says what it was: new, the same
 * version, or an update. For an update, stars follow their sessions to new ids (matched by content when
 * the source re-keyed them), and what changed in the agenda is kept to show until dismissed.
 */
export function recordOpened(schedule: Schedule, previous: Schedule | null): string {
  const { id, title } = schedule.conference;
  if (previous && previous.conference.source.sha256 !== schedule.conference.source.sha256) {
    const stores = storesFor(id);
    const starred = stores.actions.readState().starredIds;
    const matches = matchSessions(previous, schedule);
    const changes = agendaChanges(previous, schedule, starred, matches);
    void stores.actions.rekeyStars(rekeyedStars(starred, matches));
    const vanished = changes.flatMap((change) =>
      change.kind === 'removed'
        ? [change.ambiguous === undefined ? change.before : { ...change.before, ambiguous: change.ambiguous }]
        : [],
    );
    if (changes.length > 0) stores.actions.recordUpdate(changes, vanished);
    return `Updated ${title} to the version just opened: ${
      changes.length === 0
        ? 'nothing in your agenda changed'
        : `${plural(changes.length, 'change', 'changes')} in your agenda, listed below`
    }.`;
  }
  if (previous) return `${title} is already here in this version; nothing changed.`;
  return `Opened ${title}: ${plural(schedule.sessions.length, 'session', 'sessions')}.`;
}

/** Keeps `schedule` in this browser (with the version it replaced, to go back to); says so when the browser would not. */
export async function keepOpened(
  schedule: Schedule,
  source: KeptSource,
  replaced?: { readonly schedule: Schedule; readonly source: KeptSource },
): Promise<string | null> {
  try {
    await keepSchedule(schedule, source, Date.now(), replaced);
    return null;
  } catch {
    return 'This browser would not keep it (its storage is full or disabled), so it lasts this visit only.';
  }
}

/**
 * A kept conference (or the bundled one) that `schedule` looks like a version of, though its id differs:
 * opened from the same address, or with the same title (a calendar's name) and overlapping dates.
 */
export function lookalikeOf(
  schedule: Schedule,
  source: KeptSource,
  kept: readonly KeptConference[],
  bundled: Schedule,
): { readonly id: string; readonly title: string } | null {
  const { id, title, start, end } = schedule.conference;
  const candidates: { id: string; title: string; start: string; end: string; address?: string }[] = kept.map(
    (record) => ({ ...record, ...(record.source.kind === 'address' ? { address: record.source.url } : {}) }),
  );
  if (!kept.some((record) => record.id === bundled.conference.id)) candidates.push(bundled.conference);
  const found = candidates.find(
    (other) =>
      other.id !== id &&
      ((source.kind === 'address' && other.address === source.url) ||
        (fold(other.title) === fold(title) && other.start <= end && start <= other.end)),
  );
  return found ? { id: found.id, title: found.title } : null;
}

/** `schedule` as a version of conference `id` (a lookalike the attendee said is the same conference). */
export function asVersionOf(schedule: Schedule, id: string): Schedule {
  return { ...schedule, conference: { ...schedule.conference, id } };
}

/** What replacing `previous` by `schedule` would change, in lines to show before the attendee decides. */
export function replacementSummary(previous: Schedule, schedule: Schedule, sourceChange: string | null): string[] {
  const matches = matchSessions(previous, schedule);
  const { added, removed, moved, room, cancelled } = scheduleDifferences(previous, schedule, matches);
  const starred = storesFor(schedule.conference.id).actions.readState().starredIds;
  const agenda = agendaChanges(previous, schedule, starred, matches).length;
  const parts = [
    added > 0 ? `${plural(added, 'session', 'sessions')} added` : '',
    removed > 0 ? `${plural(removed, 'session', 'sessions')} removed` : '',
    moved > 0 ? `${plural(moved, 'session', 'sessions')} at another time` : '',
    room > 0 ? `${plural(room, 'session', 'sessions')} in another room` : '',
    cancelled > 0 ? `${plural(cancelled, 'session', 'sessions')} cancelled` : '',
  ].filter((part) => part !== '');
  return [
    `Sessions: ${String(previous.sessions.length)} now, ${String(schedule.sessions.length)} in the new one${
      parts.length > 0 ? ` (${parts.join(', ')})` : ' (the same sessions at the same times and rooms)'
    }.`,
    agenda === 0
      ? 'Nothing in your agenda would change.'
      : `${plural(agenda, 'change', 'changes')} in your agenda, listed once you replace it.`,
    ...(sourceChange === null ? [] : [sourceChange]),
    'The copy you have now is kept: you can go back to it.',
  ];
}

/** Where a kept conference comes from, in words (for a change of where "Check for updates" looks). */
export function sourceWords(source: KeptSource): string {
  return source.kind === 'address' ? source.url : `the file ${source.name}`;
}

export type CheckResult =
  { readonly kind: 'message'; readonly message: string } | { readonly kind: 'newer'; readonly schedule: Schedule };

/** Fetches a kept conference's address again and says whether it holds a newer version. */
export async function checkAddress(record: KeptConference, previous: Schedule | null): Promise<CheckResult> {
  if (record.source.kind !== 'address')
    return { kind: 'message', message: 'It was opened from a file: open the new file.' };
  const fetched = await fetchSchedule(record.source.url);
  if (!fetched.ok) return { kind: 'message', message: fetched.error };
  let result = await importInWorker(fetched.bytes, { fileName: fetched.name }, () => undefined);
  if (!result.ok && result.needs?.includes('timeZone') === true && previous) {
    // What the attendee answered the first time still holds.
    result = await importInWorker(
      fetched.bytes,
      { fileName: fetched.name, timeZone: previous.conference.timeZone },
      () => undefined,
    );
  }
  if (!result.ok) {
    return {
      kind: 'message',
      message: `The schedule at its address can no longer be read: ${result.error}. Your copy is unchanged.`,
    };
  }
  if (result.schedule.conference.source.sha256 === record.sha256) {
    return { kind: 'message', message: `No update: ${record.title} is the same as the version you have.` };
  }
  return { kind: 'newer', schedule: result.schedule };
}

/** What the picker's Remove and Check act on: the library, and the page's ways to say and show. */
export interface PickerContext {
  readonly kept: readonly KeptConference[] | null;
  readonly loaded: ReadonlyMap<string, Schedule>;
  readonly bundled: Schedule;
  readonly drop: (id: string) => void;
  readonly refreshKept: () => Promise<void>;
  readonly say: (message: string) => void;
  readonly choose: (id: string) => void;
  /** Applies a newer version (the copy replaced is kept to go back to). */
  readonly apply: (schedule: Schedule, source: KeptSource) => Promise<void>;
}

/** Remove: the kept schedule goes; the stars for it stay, in case it is opened again. */
export async function removeKept(context: PickerContext, id: string): Promise<void> {
  const title = context.kept?.find((conference) => conference.id === id)?.title ?? id;
  const { forgetSchedule } = await import('../library/kept-schedules');
  await forgetSchedule(id);
  context.drop(id);
  await context.refreshKept();
  context.say(`Removed ${title} from this browser. Your stars for it stay, in case you open it again.`);
  context.choose(context.bundled.conference.id);
}

/** Check for updates: the address is read again; a newer version is applied at once (the attendee asked). */
export async function checkKept(context: PickerContext, id: string): Promise<void> {
  const { kept, loaded, bundled } = context;
  const record = kept?.find((conference) => conference.id === id);
  if (!record) return;
  const result = await checkAddress(record, loaded.get(id) ?? (await versionHere(id, kept ?? [], bundled)));
  if (result.kind === 'message') context.say(result.message);
  else await context.apply(result.schedule, record.source);
}
