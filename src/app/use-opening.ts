/**
 * What happens to a schedule once it is read (from a file, an address, a link, "Check for updates", or a
 * kept previous version): shown as a new conference, or as a new version of one this browser has. A file
 * or link that would replace a kept conference with other content (or looks like a newer version of one
 * under another id) waits for the attendee's answer; the replaced copy is kept to go back to.
 */
import { useCallback, useState } from 'react';
import type { OpenedSchedule } from '../components/open-schedule';
import type { KeptConference, KeptSource } from '../library/kept-schedules';
import type { Schedule } from '../schedule/types';

const loadActions = () => import('./library-actions');

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

interface OpeningContext {
  readonly kept: readonly KeptConference[] | null;
  readonly loaded: ReadonlyMap<string, Schedule>;
  readonly bundled: Schedule;
  /** Show `schedule` (kept or not), with a message. */
  readonly show: (schedule: Schedule, message: string) => Promise<void>;
  readonly say: (message: string) => void;
}

function sourceChange(before: KeptSource, after: KeptSource, words: (source: KeptSource) => string): string | null {
  const was = before.kind === 'address' ? before.url : null;
  const will = after.kind === 'address' ? after.url : null;
  if (was === will) return null;
  if (will === null)
    return `It will count as opened from ${words(after)}: “Check for updates” will no longer look at ${words(before)}.`;
  return was === null
    ? `“Check for updates” will then look at ${will}.`
    : `“Check for updates” will then look at ${will} instead of ${was}.`;
}

export function useOpening({ kept, loaded, bundled, show, say }: OpeningContext) {
  const [pending, setPending] = useState<PendingReplacement | null>(null);

  /** The version of conference `id` here, with where it came from (the bundled one: its file). */
  const versionWithSource = useCallback(
    async (id: string) => {
      const { versionHere } = await loadActions();
      const schedule = loaded.get(id) ?? (await versionHere(id, kept ?? [], bundled));
      if (!schedule) return null;
      const record = kept?.find((conference) => conference.id === id);
      const source: KeptSource = record?.source ?? { kind: 'file', name: schedule.conference.source.file };
      return { schedule, source };
    },
    [kept, loaded, bundled],
  );

  const apply = useCallback(
    async (schedule: Schedule, source: KeptSource, replaced: PendingReplacement['previous'] | null) => {
      const { recordOpened, keepOpened } = await loadActions();
      const note = recordOpened(schedule, replaced?.schedule ?? null);
      // Kept in IndexedDB before it shows: a reload at any moment after it shows finds it.
      const notKept = await keepOpened(schedule, source, replaced ?? undefined);
      await show(schedule, notKept === null ? note : `${note} ${notKept}`);
    },
    [show],
  );

  /**
   * A schedule was read. `ask`: whether replacing a kept one waits for the attendee (not when they asked
   * for it: "Check for updates", going back to the previous version).
   */
  const opened = useCallback(
    async (opening: OpenedSchedule, ask = true) => {
      const { schedule, source } = opening;
      const { lookalikeOf, asVersionOf, replacementSummary, sourceWords } = await loadActions();
      const here = await versionWithSource(schedule.conference.id);
      if (here === null) {
        const lookalike = lookalikeOf(schedule, source, kept ?? [], bundled);
        const previous = lookalike === null ? null : await versionWithSource(lookalike.id);
        if (lookalike === null || previous === null) {
          await apply(schedule, source, null);
          return;
        }
        const asVersion = asVersionOf(schedule, lookalike.id);
        setPending({
          kind: 'lookalike',
          title: lookalike.title,
          opened: { schedule: asVersion, source },
          previous,
          lines: replacementSummary(previous.schedule, asVersion, sourceChange(previous.source, source, sourceWords)),
          ownId: schedule.conference.id,
        });
        return;
      }
      if (here.schedule.conference.source.sha256 === schedule.conference.source.sha256) {
        // The same version: nothing is written, and where it is checked for updates stays as it was.
        await show(here.schedule, `${schedule.conference.title} is already here in this version; nothing changed.`);
        return;
      }
      if (!ask) {
        await apply(schedule, source, here);
        return;
      }
      setPending({
        kind: 'update',
        title: here.schedule.conference.title,
        opened: opening,
        previous: here,
        lines: replacementSummary(here.schedule, schedule, sourceChange(here.source, source, sourceWords)),
      });
    },
    [kept, bundled, versionWithSource, apply, show],
  );

  const answer = useCallback(
    async (replace: boolean) => {
      if (pending === null) return;
      setPending(null);
      const { opened: opening, previous } = pending;
      if (replace) await apply(opening.schedule, opening.source, previous);
      else if (pending.ownId !== undefined) {
        // Both kept: the opened one apart, under the id its file gives it.
        const { asVersionOf } = await loadActions();
        await apply(asVersionOf(opening.schedule, pending.ownId), opening.source, null);
      } else say(`Kept your copy of ${pending.title}; nothing was changed.`);
    },
    [pending, apply, say],
  );

  /** Goes back to the version a kept conference replaced (which in turn is kept to go forward again). */
  const restore = useCallback(
    async (id: string) => {
      const record = kept?.find((conference) => conference.id === id);
      const current = await versionWithSource(id);
      if (!record?.previous || current === null) return;
      const { previousSchedule } = await import('../library/kept-schedules');
      const result = await previousSchedule(id);
      if (!result.ok) {
        say(`The previous version of ${record.title} cannot be read: ${result.error}. Your copy is unchanged.`);
        return;
      }
      await apply(result.schedule, record.previous.source, current);
    },
    [kept, versionWithSource, apply, say],
  );

  return { pending, opened, answer, restore };
}
