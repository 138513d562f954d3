/**
 * Which conference is shown: the `conference` URL key, a share link's (when this browser has it), the one
 * last viewed, else the bundled one; and whether it is ready, still loading, or missing.
 */
import { useEffect, useMemo, useState } from 'react';
import type { KeptConference } from '../library/kept-schedules';
import { isConferenceId } from '../schedule/ids';
import type { ShareEnvelope } from '../schedule/share-target';
import type { Schedule } from '../schedule/types';
import { lastViewedConference, rememberViewedConference } from '../store/last-viewed';

export type Shown =
  | { readonly phase: 'ready'; readonly schedule: Schedule }
  | { readonly phase: 'loading'; readonly id: string }
  | { readonly phase: 'missing'; readonly id: string; readonly error: string };

/**
 * A share link's envelope, read by code loaded only for a share link (most visits have none). `pending`
 * while it is read: which conference it names is known a moment later.
 */
export function useSharePeek(share: string | null) {
  const [peek, setPeek] = useState<{ readonly value: string; readonly envelope: ShareEnvelope | null } | null>(null);
  useEffect(() => {
    if (share === null) return;
    void import('../schedule/share-target').then(async ({ expandShare, shareTarget }) => {
      setPeek({ value: share, envelope: shareTarget(await expandShare(share)) });
    });
  }, [share]);
  const pending = share !== null && peek?.value !== share;
  const envelope = peek !== null && peek.value === share ? peek.envelope : null;
  return { pending, envelope };
}

interface Library {
  readonly kept: readonly KeptConference[] | null;
  readonly loaded: ReadonlyMap<string, Schedule>;
  readonly failures: ReadonlyMap<string, string>;
}

/** Whether this browser has the conference `id` (bundled or kept). */
export function knownTo(library: Library, bundled: Schedule) {
  return (id: string | null): boolean =>
    id !== null && (id === bundled.conference.id || library.kept?.some((conference) => conference.id === id) === true);
}

/** The conference the page names, and the memory of the one last viewed (gone when this browser lost it). */
export function useWanted(library: Library, bundled: Schedule, named: string | null, shared: string | null) {
  const known = knownTo(library, bundled);
  // The conference last viewed is only a memory: if this browser no longer has it (removed, its kept copy
  // damaged, the value itself damaged), the bundled schedule opens instead, with a note.
  const lastViewed = lastViewedConference();
  const lastIsGone =
    lastViewed !== null &&
    lastViewed !== bundled.conference.id &&
    ((library.kept !== null && !known(lastViewed)) || library.failures.has(lastViewed));
  const wanted = named ?? (known(shared) ? shared : null) ?? (lastIsGone ? null : lastViewed) ?? bundled.conference.id;
  // Said for the visit, though the memory is mended at once (the next visit opens the bundled one silently).
  const [lastOnArrival] = useState(lastViewedConference);
  const lastNote =
    lastIsGone && lastViewed === lastOnArrival
      ? `The conference last viewed here (${isConferenceId(lastViewed) ? lastViewed : 'a damaged memory of it'}) cannot be shown: ${library.failures.get(lastViewed) ?? 'it is no longer kept in this browser'}. Showing ${bundled.conference.title} instead.`
      : undefined;
  const [arrivalNote, setArrivalNote] = useState<string | undefined>();
  if (lastNote !== undefined && arrivalNote === undefined) setArrivalNote(lastNote);
  return { wanted, arrivalNote, lastIsGone };
}

/** A memory of a conference this browser no longer has is mended: the next visit opens the bundled one. */
export function useMendLastViewed(lastIsGone: boolean, bundled: Schedule): void {
  useEffect(() => {
    if (lastIsGone) rememberViewedConference(bundled.conference.id);
  }, [lastIsGone, bundled]);
}

/** The conference shown: ready, loading (from IndexedDB, or while a share link is read), or missing. */
export function useShown(library: Library, bundled: Schedule, wanted: string, sharePending: boolean): Shown {
  const { kept, loaded, failures } = library;
  const keptRecord = kept?.find((conference) => conference.id === wanted);
  const isBundled = wanted === bundled.conference.id;
  const shown: Shown = useMemo(() => {
    // A share link may name another conference: which one is known a moment later.
    if (sharePending) return { phase: 'loading', id: wanted };
    const schedule = loaded.get(wanted);
    if (schedule) return { phase: 'ready', schedule };
    const failure = failures.get(wanted);
    if (failure !== undefined) return { phase: 'missing', id: wanted, error: failure };
    // The bundled schedule shows at once; a newer kept version of it replaces it once read.
    if (isBundled && (kept === null || !keptRecord)) return { phase: 'ready', schedule: bundled };
    if (kept === null || keptRecord) return { phase: 'loading', id: wanted };
    return {
      phase: 'missing',
      id: wanted,
      error: 'it is not kept in this browser (it was removed, or opened in another browser)',
    };
  }, [sharePending, loaded, failures, wanted, isBundled, kept, keptRecord, bundled]);
  useEffect(() => {
    // Remembered only once kept (or bundled): a reload must find what "last viewed" names.
    if (shown.phase !== 'ready') return;
    const { id } = shown.schedule.conference;
    if (id === bundled.conference.id || kept?.some((conference) => conference.id === id) === true)
      rememberViewedConference(id);
  }, [shown, kept, bundled]);
  return shown;
}
