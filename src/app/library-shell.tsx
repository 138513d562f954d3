/**
 * The app around one conference: which conference is shown (the `conference` URL key, a share link's,
 * the one last viewed, else the bundled one), the schedules kept in IndexedDB, opening a new one and
 * applying an update to one already kept. Each conference has its own stores (stars, zone, last view).
 */
import { lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { Part } from '../ui/part';
import { AttendeePage } from './attendee-page';
import { ConferencePicker, type ConferenceChoice } from '../features/conferences/conference-picker';
import type { OpenedSchedule } from '../features/open-schedule/open-schedule';
import { ConferenceOriginContext, type ConferenceOrigin } from '../session/conference-origin';
import { useOpening } from './use-opening';
import { useUrlQuery } from '../navigation/use-url-query';
import { lastViewedConference, rememberViewedConference } from '../store/last-viewed';
import type { KeptConference } from '../library/kept-schedules';
import { isConferenceId } from '../schedule/ids';
import type { ShareEnvelope } from '../schedule/share-target';
import type { Schedule } from '../schedule/types';
import { ItineraryStoreProvider, storesFor } from '../store/itinerary-store';

const loadKept = () => import('../library/kept-schedules');
const loadActions = () => import('./library-actions');
// Asked only when a file or link would replace a kept conference.
const ReplaceConfirm = lazy(() =>
  import('../features/open-schedule/replace-confirm').then((module) => ({ default: module.ReplaceConfirm })),
);
// "Open a schedule" arrives a moment after the page: most visits never open one.
const OpenSchedule = lazy(() =>
  import('../features/open-schedule/open-schedule').then((module) => ({ default: module.OpenSchedule })),
);

type Shown =
  | { readonly phase: 'ready'; readonly schedule: Schedule }
  | { readonly phase: 'loading'; readonly id: string }
  | { readonly phase: 'missing'; readonly id: string; readonly error: string };

export function LibraryShell({ bundled }: { bundled: Schedule }) {
  const { params, navigate } = useUrlQuery();
  const [kept, setKept] = useState<readonly KeptConference[] | null>(null);
  const [loaded, setLoaded] = useState<ReadonlyMap<string, Schedule>>(new Map());
  const [failures, setFailures] = useState<ReadonlyMap<string, string>>(new Map());
  const [message, setMessage] = useState<string | undefined>();
  const [checking, setChecking] = useState(false);

  const refreshKept = useCallback(
    () =>
      loadKept()
        .then(({ keptConferences }) => keptConferences())
        .then(setKept, () => {
          // IndexedDB refused (some private modes): only the bundled schedule and those opened now are shown.
          setKept([]);
          setMessage(
            'This browser does not let Itinerary keep schedules (its storage is disabled); opened ones last this visit.',
          );
        }),
    [],
  );
  useEffect(() => {
    void refreshKept();
  }, [refreshKept]);

  // A share link opens its conference when this browser has it; otherwise the link is shown against the
  // conference in view, which says it is for another one (never naming it from the link).
  const share = params.get('share');
  // The link's envelope is read by code loaded only for a share link (most visits have none).
  const [peek, setPeek] = useState<{ readonly value: string; readonly envelope: ShareEnvelope | null } | null>(null);
  useEffect(() => {
    if (share === null) return;
    void import('../schedule/share-target').then(async ({ expandShare, shareTarget }) => {
      setPeek({ value: share, envelope: shareTarget(await expandShare(share)) });
    });
  }, [share]);
  const sharePending = share !== null && peek?.value !== share;
  const envelope = peek !== null && peek.value === share ? peek.envelope : null;
  const shared = envelope?.conferenceId ?? null;
  const known = (id: string | null) =>
    id !== null && (id === bundled.conference.id || kept?.some((conference) => conference.id === id) === true);
  // The conference last viewed is only a memory: if this browser no longer has it (removed, its kept copy
  // damaged, the value itself damaged), the bundled schedule opens instead, with a note.
  const lastViewed = lastViewedConference();
  const lastIsGone =
    lastViewed !== null &&
    lastViewed !== bundled.conference.id &&
    ((kept !== null && !known(lastViewed)) || failures.has(lastViewed));
  const wanted =
    params.get('conference') ??
    (known(shared) ? shared : null) ??
    (lastIsGone ? null : lastViewed) ??
    bundled.conference.id;
  const keptRecord = kept?.find((conference) => conference.id === wanted);
  const isBundled = wanted === bundled.conference.id;

  // A kept schedule is read from IndexedDB once, then held here.
  useEffect(() => {
    if (kept === null || !keptRecord || loaded.has(wanted) || failures.has(wanted)) return;
    let live = true;
    void loadKept()
      .then(({ keptSchedule }) => keptSchedule(wanted))
      .then((result) => {
        if (!live) return;
        if (result.ok) setLoaded((map) => new Map(map).set(wanted, result.schedule));
        else setFailures((map) => new Map(map).set(wanted, result.error));
      });
    return () => {
      live = false;
    };
  }, [kept, keptRecord, wanted, loaded, failures]);

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

  // Said for the visit, though the memory is mended at once (the next visit opens the bundled one silently).
  const [lastOnArrival] = useState(lastViewedConference);
  const lastNote =
    lastIsGone && lastViewed === lastOnArrival
      ? `The conference last viewed here (${isConferenceId(lastViewed) ? lastViewed : 'a damaged memory of it'}) cannot be shown: ${failures.get(lastViewed) ?? 'it is no longer kept in this browser'}. Showing ${bundled.conference.title} instead.`
      : undefined;
  const [arrivalNote, setArrivalNote] = useState<string | undefined>();
  if (lastNote !== undefined && arrivalNote === undefined) setArrivalNote(lastNote);
  useEffect(() => {
    if (lastIsGone) rememberViewedConference(bundled.conference.id);
  }, [lastIsGone, bundled]);

  const choose = useCallback(
    (id: string) => {
      // Back to that conference's own view: its filters and tab as the attendee left them; a share link
      // for it stays, so a conference opened for a link goes on to the shared agenda.
      const next = new URLSearchParams(storesFor(id).actions.readState().lastQuery);
      if (id !== bundled.conference.id) next.set('conference', id);
      if (share !== null && shared === id) next.set('share', share);
      rememberViewedConference(id);
      navigate(next);
    },
    [bundled.conference.id, navigate, share, shared],
  );

  const show = useCallback(
    async (schedule: Schedule, note: string) => {
      const { id } = schedule.conference;
      await refreshKept();
      setLoaded((map) => new Map(map).set(id, schedule));
      setFailures((map) => {
        const next = new Map(map);
        next.delete(id);
        return next;
      });
      setMessage(note);
      choose(id);
    },
    [refreshKept, choose],
  );
  const { pending, opened, answer, restore } = useOpening({ kept, loaded, bundled, show, say: setMessage });
  const onOpened = useCallback((opening: OpenedSchedule) => opened(opening), [opened]);

  const remove = useCallback(
    async (id: string) => {
      const title = kept?.find((conference) => conference.id === id)?.title ?? id;
      const { forgetSchedule } = await loadKept();
      await forgetSchedule(id);
      setLoaded((map) => {
        const next = new Map(map);
        next.delete(id);
        return next;
      });
      await refreshKept();
      setMessage(`Removed ${title} from this browser. Your stars for it stay, in case you open it again.`);
      choose(bundled.conference.id);
    },
    [kept, refreshKept, choose, bundled.conference.id],
  );

  const check = useCallback(
    async (id: string) => {
      const record = kept?.find((conference) => conference.id === id);
      if (!record) return;
      setChecking(true);
      try {
        const { checkAddress, versionHere } = await loadActions();
        const result = await checkAddress(record, loaded.get(id) ?? (await versionHere(id, kept ?? [], bundled)));
        if (result.kind === 'message') setMessage(result.message);
        // The attendee asked for it: applied at once (the copy replaced is kept to go back to).
        else await opened({ schedule: result.schedule, source: record.source }, false);
      } finally {
        setChecking(false);
      }
    },
    [kept, loaded, bundled, opened],
  );

  const choices: ConferenceChoice[] = useMemo(() => {
    const list: ConferenceChoice[] = (kept ?? []).map((conference) => ({
      id: conference.id,
      title: conference.title,
      start: conference.start,
      end: conference.end,
      kept: true,
      ...(conference.source.kind === 'address' ? { address: conference.source.url } : {}),
      ...(conference.previous === undefined ? {} : { hasPrevious: true }),
    }));
    if (!list.some((choice) => choice.id === bundled.conference.id)) {
      const { id, title, start, end } = bundled.conference;
      list.push({ id, title, start, end, kept: false });
    }
    if (shown.phase === 'ready' && !list.some((choice) => choice.id === shown.schedule.conference.id)) {
      const { id, title, start, end } = shown.schedule.conference;
      // One just opened is being kept in IndexedDB: its buttons show now, so the page does not shift under
      // the attendee's thumb when the write completes.
      list.push({ id, title, start, end, kept: loaded.has(id) });
    }
    return list.sort((a, b) => a.title.localeCompare(b.title));
  }, [kept, bundled, shown, loaded]);

  const titles = useMemo(() => new Map(choices.map((choice) => [choice.id, choice.title])), [choices]);
  // A share link for a conference this browser does not have, made where it was opened from an address:
  // that address is opened, as a `?schedule=` link would be, and then the shared agenda shows.
  const shareAddress =
    envelope?.address !== undefined && kept !== null && shared !== null && !known(shared)
      ? envelope.address
      : undefined;
  const address = params.get('schedule') ?? shareAddress;
  const shownRecord = shown.phase === 'ready' ? kept?.find((c) => c.id === shown.schedule.conference.id) : undefined;
  const origin: ConferenceOrigin | null = useMemo(() => {
    if (shown.phase !== 'ready' || shown.schedule.conference.id === bundled.conference.id) return null;
    const { title } = shown.schedule.conference;
    return shownRecord?.source.kind === 'address' ? { title, address: shownRecord.source.url } : { title };
  }, [shown, shownRecord, bundled]);

  const toolbar = (
    <div className="library-bar">
      <ConferencePicker
        choices={choices}
        current={shown.phase === 'ready' ? shown.schedule.conference.id : shown.id}
        onChoose={choose}
        onRemove={(id) => void remove(id)}
        onCheck={(id) => void check(id)}
        onRestore={(id) => void restore(id)}
        message={message ?? arrivalNote}
        checking={checking}
      />
      <Part fallback={null}>
        <OpenSchedule onOpened={onOpened} address={address} />
      </Part>
      {pending === null ? null : (
        <Part fallback={null}>
          <ReplaceConfirm
            kind={pending.kind}
            title={pending.title}
            lines={pending.lines}
            onAnswer={(replace) => void answer(replace)}
          />
        </Part>
      )}
    </div>
  );

  if (shown.phase !== 'ready') {
    return (
      <div className="screen-only">
        <header className="masthead">
          <div className="page">{toolbar}</div>
        </header>
        <main className="page">
          {shown.phase === 'loading' ? (
            <p role="status">Opening the schedule…</p>
          ) : (
            <div className="notice warning" role="alert">
              <p>
                The conference this page names cannot be shown: {shown.error}. Open its schedule again, or choose
                another conference.
              </p>
              <button
                type="button"
                onClick={() => {
                  choose(bundled.conference.id);
                }}
              >
                Show {bundled.conference.title}
              </button>
            </div>
          )}
        </main>
      </div>
    );
  }
  const { conference } = shown.schedule;
  return (
    <ConferenceOriginContext.Provider value={origin}>
      <ItineraryStoreProvider conferenceId={conference.id}>
        <AttendeePage key={conference.id} schedule={shown.schedule} conferenceTitles={titles} toolbar={toolbar} />
      </ItineraryStoreProvider>
    </ConferenceOriginContext.Provider>
  );
}
