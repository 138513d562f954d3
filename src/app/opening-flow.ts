/**
 * What happens to a schedule once it is read (from a file, an address, a link, "Check for updates", or a
 * kept previous version): shown as a new conference, or as a new version of one this browser has. A file
 * or link that would replace a kept conference with other content (or looks like a newer version of one
 * under another id) waits for the attendee's answer; the replaced copy is kept to go back to. Loaded only
 * when a schedule is opened (use-opening.ts holds the question).
 */
import type { OpenedSchedule } from '../features/open-schedule/use-schedule-reader';
import type { KeptConference, KeptSource } from '../library/kept-schedules';
import type { Schedule } from '../schedule/types';
import {
  asVersionOf,
  keepOpened,
  lookalikeOf,
  recordOpened,
  replacementSummary,
  sourceWords,
  versionHere,
} from './library-actions';

export interface PendingReplacement {
  /** `update`: the same conference id; `lookalike`: another id, but the same conference by its title and dates or address. */
  readonly kind: 'update' | 'lookalike';
  /** The kept conference's title. */
  readonly title: string;
  readonly opened: OpenedSchedule;
  /** The version in this browser now, with where it came from. */
  readonly previous: { readonly schedule: Schedule; readonly source: KeptSource };
  readonly lines: readonly string[];
  /** A lookalike's own id, under which it is kept if the attendee keeps both. */
  readonly ownId?: string;
}

export interface OpeningContext {
  readonly kept: readonly KeptConference[] | null;
  readonly loaded: ReadonlyMap<string, Schedule>;
  readonly bundled: Schedule;
  /** Show `schedule` (kept or not), with a message. */
  readonly show: (schedule: Schedule, message: string) => Promise<void>;
  readonly say: (message: string) => void;
  /** Put the question to the attendee. */
  readonly ask: (pending: PendingReplacement) => void;
}

function sourceChange(before: KeptSource, after: KeptSource): string | null {
  const was = before.kind === 'address' ? before.url : null;
  const will = after.kind === 'address' ? after.url : null;
  if (was === will) return null;
  if (will === null)
    return `It will count as opened from ${sourceWords(after)}: “Check for updates” will no longer look at ${sourceWords(before)}.`;
  return was === null
    ? `“Check for updates” will then look at ${will}.`
    : `“Check for updates” will then look at ${will} instead of ${was}.`;
}

/** The version of conference `id` here, with where it came from (the bundled one: its file). */
async function versionWithSource(context: OpeningContext, id: string) {
  const { kept, loaded, bundled } = context;
  const schedule = loaded.get(id) ?? (await versionHere(id, kept ?? [], bundled));
  if (!schedule) return null;
  const record = kept?.find((conference) => conference.id === id);
  const source: KeptSource = record?.source ?? { kind: 'file', name: schedule.conference.source.file };
  return { schedule, source };
}

async function apply(
  context: OpeningContext,
  schedule: Schedule,
  source: KeptSource,
  replaced: PendingReplacement['previous'] | null,
): Promise<void> {
  const note = recordOpened(schedule, replaced?.schedule ?? null);
  // Kept in IndexedDB before it shows: a reload at any moment after it shows finds it.
  const notKept = await keepOpened(schedule, source, replaced ?? undefined);
  await context.show(schedule, notKept === null ? note : `${note} ${notKept}`);
}

/**
 * A schedule was read. `askFirst`: whether replacing a kept one waits for the attendee (not when they
 * asked for it: "Check for updates").
 */
export async function openSchedule(context: OpeningContext, opening: OpenedSchedule, askFirst: boolean): Promise<void> {
  const { schedule, source } = opening;
  const here = await versionWithSource(context, schedule.conference.id);
  if (here === null) {
    const lookalike = lookalikeOf(schedule, source, context.kept ?? [], context.bundled);
    const previous = lookalike === null ? null : await versionWithSource(context, lookalike.id);
    if (lookalike === null || previous === null) {
      await apply(context, schedule, source, null);
      return;
    }
    const asVersion = asVersionOf(schedule, lookalike.id);
    context.ask({
      kind: 'lookalike',
      title: lookalike.title,
      opened: { schedule: asVersion, source },
      previous,
      lines: replacementSummary(previous.schedule, asVersion, sourceChange(previous.source, source)),
      ownId: schedule.conference.id,
    });
    return;
  }
  if (here.schedule.conference.source.sha256 === schedule.conference.source.sha256) {
    // The same version: nothing is written, and where it is checked for updates stays as it was.
    await context.show(here.schedule, `${schedule.conference.title} is already here in this version; nothing changed.`);
    return;
  }
  if (!askFirst) {
    await apply(context, schedule, source, here);
    return;
  }
  context.ask({
    kind: 'update',
    title: here.schedule.conference.title,
    opened: opening,
    previous: here,
    lines: replacementSummary(here.schedule, schedule, sourceChange(here.source, source)),
  });
}

/** The attendee answered the question: replace, or keep (the copy here; for a lookalike, both). */
export async function answerReplacement(
  context: OpeningContext,
  pending: PendingReplacement,
  replace: boolean,
): Promise<void> {
  const { opened: opening, previous } = pending;
  if (replace) await apply(context, opening.schedule, opening.source, previous);
  else if (pending.ownId !== undefined) {
    // Both kept: the opened one apart, under the id its file gives it.
    await apply(context, asVersionOf(opening.schedule, pending.ownId), opening.source, null);
  } else context.say(`Kept your copy of ${pending.title}; nothing was changed.`);
}

/** Goes back to the version a kept conference replaced (which in turn is kept to go forward again). */
export async function restorePrevious(context: OpeningContext, id: string): Promise<void> {
  const record = context.kept?.find((conference) => conference.id === id);
  const current = await versionWithSource(context, id);
  if (!record?.previous || current === null) return;
  const { previousSchedule } = await import('../library/kept-schedules');
  const result = await previousSchedule(id);
  if (!result.ok) {
    context.say(`The previous version of ${record.title} cannot be read: ${result.error}. Your copy is unchanged.`);
    return;
  }
  await apply(context, result.schedule, record.previous.source, current);
  context.say(
    `Went back to the previous version of ${record.title}; the one you left is kept, to go forward again. Any changes to your agenda are listed below.`,
  );
}
