/**
 * The app around one conference: which conference is shown (use-shown-conference.ts), the schedules kept
 * in IndexedDB (use-library.ts), opening a new one and applying an update to one already kept. Each
 * conference has its own stores (stars, zone, last view).
 */
import { lazy, useCallback, useMemo, useState, type ReactNode } from 'react';
import { Part } from '../ui/part';
import { AttendeePage } from './attendee-page';
import { ConferencePicker } from '../features/conferences/conference-picker';
import type { OpenedSchedule } from '../features/open-schedule/use-schedule-reader';
import { ConferenceOriginContext } from '../session/conference-origin';
import { useOpening } from './use-opening';
import { useUrlQuery } from '../navigation/use-url-query';
import { rememberViewedConference } from '../store/last-viewed';
import type { Schedule } from '../schedule/types';
import { ItineraryStoreProvider, storesFor } from '../store/itinerary-store';
import { useLibrary, useReadKept } from './use-library';
import { knownTo, useMendLastViewed, useSharePeek, useShown, useWanted, type Shown } from './use-shown-conference';
import { conferenceChoices, originOf } from './library-choices';

const loadActions = () => import('./library-actions');
// Asked only when a file or link would replace a kept conference.
const ReplaceConfirm = lazy(() =>
  import('../features/open-schedule/replace-confirm').then((module) => ({ default: module.ReplaceConfirm })),
);
// "Open a schedule" arrives a moment after the page: most visits never open one.
const OpenSchedule = lazy(() =>
  import('../features/open-schedule/open-schedule').then((module) => ({ default: module.OpenSchedule })),
);

/** The page while the conference named is loading, or when it cannot be shown. */
function NotShown({
  shown,
  toolbar,
  bundled,
  onShowBundled,
}: {
  shown: Exclude<Shown, { phase: 'ready' }>;
  toolbar: ReactNode;
  bundled: Schedule;
  onShowBundled: () => void;
}) {
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
              The conference this page names cannot be shown: {shown.error}. Open its schedule again, or choose another
              conference.
            </p>
            <button type="button" onClick={onShowBundled}>
              Show {bundled.conference.title}
            </button>
          </div>
        )}
      </main>
    </div>
  );
}

/** The library's actions: choose a conference, show one just opened, remove one, check one for updates. */
function useLibraryActions(
  library: ReturnType<typeof useLibrary>,
  bundled: Schedule,
  share: string | null,
  shared: string | null,
) {
  const { navigate } = useUrlQuery();
  const { kept, loaded, refreshKept, hold, drop, setMessage } = library;
  const [checking, setChecking] = useState(false);
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
      await refreshKept();
      hold(schedule.conference.id, schedule);
      setMessage(note);
      choose(schedule.conference.id);
    },
    [refreshKept, hold, setMessage, choose],
  );
  const opening = useOpening({ kept, loaded, bundled, show, say: setMessage });
  const { opened } = opening;
  const context = useMemo(
    () => ({
      kept,
      loaded,
      bundled,
      drop,
      refreshKept,
      say: setMessage,
      choose,
      apply: (schedule: Schedule, source: OpenedSchedule['source']) => opened({ schedule, source }, false),
    }),
    [kept, loaded, bundled, drop, refreshKept, setMessage, choose, opened],
  );
  const remove = (id: string) => {
    void loadActions().then(({ removeKept }) => removeKept(context, id));
  };
  const check = (id: string) => {
    setChecking(true);
    void loadActions()
      .then(({ checkKept }) => checkKept(context, id))
      .finally(() => {
        setChecking(false);
      });
  };
  return { choose, remove, check, checking, opening };
}

export function LibraryShell({ bundled }: { bundled: Schedule }) {
  const { params } = useUrlQuery();
  const library = useLibrary();
  const { kept, loaded } = library;
  // A share link opens its conference when this browser has it; otherwise the link is shown against the
  // conference in view, which says it is for another one (never naming it from the link).
  const share = params.get('share');
  const peek = useSharePeek(share);
  const shared = peek.envelope?.conferenceId ?? null;
  const { wanted, arrivalNote, lastIsGone } = useWanted(library, bundled, params.get('conference'), shared);
  useReadKept(library, wanted);
  const shown = useShown(library, bundled, wanted, peek.pending);
  useMendLastViewed(lastIsGone, bundled);
  const { choose, remove, check, checking, opening } = useLibraryActions(library, bundled, share, shared);
  const { pending, opened, answer, restore } = opening;
  const onOpened = useCallback((openedNow: OpenedSchedule) => opened(openedNow), [opened]);
  const choices = useMemo(() => conferenceChoices(kept, bundled, shown, loaded), [kept, bundled, shown, loaded]);
  const titles = useMemo(() => new Map(choices.map((choice) => [choice.id, choice.title])), [choices]);
  const origin = useMemo(() => originOf(shown, kept, bundled), [shown, kept, bundled]);
  // A share link for a conference this browser does not have, made where it was opened from an address:
  // that address is opened, as a `?schedule=` link would be, and then the shared agenda shows.
  const envelopeAddress = peek.envelope?.address;
  const shareAddress =
    envelopeAddress !== undefined && kept !== null && shared !== null && !knownTo(library, bundled)(shared)
      ? envelopeAddress
      : undefined;
  const toolbar = (
    <div className="library-bar">
      <ConferencePicker
        choices={choices}
        current={shown.phase === 'ready' ? shown.schedule.conference.id : shown.id}
        onChoose={choose}
        onRemove={remove}
        onCheck={check}
        onRestore={(id) => void restore(id)}
        message={library.message ?? arrivalNote}
        checking={checking}
      />
      <Part fallback={null}>
        <OpenSchedule onOpened={onOpened} address={params.get('schedule') ?? shareAddress} />
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
    const showBundled = () => {
      choose(bundled.conference.id);
    };
    return <NotShown shown={shown} toolbar={toolbar} bundled={bundled} onShowBundled={showBundled} />;
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
