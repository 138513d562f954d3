import { lazy, useCallback, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { Part } from '../ui/part';
import { flushSync } from 'react-dom';
import { applyFilters, filterOptions, NO_FILTERS, readFilters, writeFilters, type Filters } from '../schedule/filter';
import { conferenceMoment } from '../schedule/now';
import { viewerTimeZone } from '../schedule/time';
import { formatDateRange, zoneLabel } from '../schedule/time-format';
import type { Schedule, Session } from '../schedule/types';
import { useItineraryActions, useScheduleUpdate, useStorageStatus, useZoneMode } from '../store/itinerary-store';
import { BrowseView } from '../features/browse/browse-view';
import { AgendaCount } from '../features/browse/star-counts';
import { useUrlQuery } from '../navigation/use-url-query';
import { takeRestoredScroll } from '../navigation/scroll-memory';
import { QueryLink } from '../navigation/query-link';
import { useNow } from '../ui/use-now';
import { isNarrowScreen } from '../ui/use-narrow-screen';
import { AskToKeepStars } from '../store/use-persistent-storage';
import { ZoneSwitch } from '../features/zone/zone-switch';
import { loadQrEncoder } from '../ui/qr-encoder';
import { useClock } from '../session/display';

interface AttendeePageProps {
  readonly schedule: Schedule;
  /** Shown at the top of the page: the conference picker and "Open a schedule". */
  readonly toolbar?: ReactNode;
  /** Titles of the other conferences this browser has, by id (a share link for one of them names it). */
  readonly conferenceTitles?: ReadonlyMap<string, string>;
  /** The reader's zone; the browser's by default (tests choose one). */
  readonly viewerZone?: string;
}

const NO_TITLES: ReadonlyMap<string, string> = new Map();

// What only some visits need loads when needed, keeping the first load small: My agenda (with print,
// calendar and share), a shared agenda, and the printed page.
const AgendaView = lazy(() =>
  import('../features/agenda/agenda-view').then((module) => ({ default: module.AgendaView })),
);
const SharedAgendaView = lazy(() =>
  import('../features/shared-agenda/shared-agenda-view').then((module) => ({ default: module.SharedAgendaView })),
);
// What an update changed: shown after a schedule update only, so its code loads then.
const AgendaChanges = lazy(() =>
  import('../features/agenda/agenda-changes').then((module) => ({ default: module.AgendaChanges })),
);
function AgendaChangesIfAny({ zone }: { zone: string }) {
  const { changes } = useScheduleUpdate();
  if (changes.length === 0) return null;
  return (
    <Part fallback={null}>
      <AgendaChanges zone={zone} />
    </Part>
  );
}
// Storage trouble (a damaged saved agenda, a full quota) is rare: its notice loads when there is some.
// What the importer said about the file: folded under the title, so it may arrive a moment later.
const FileNotes = lazy(() =>
  import('../features/conferences/file-notes').then((module) => ({ default: module.FileNotes })),
);
const StorageNotice = lazy(() =>
  import('../features/storage-notice/storage-notice').then((module) => ({ default: module.StorageNotice })),
);
function StorageNoticeIfAny() {
  const { saveFailed, recovery, noticeDismissed } = useStorageStatus();
  if (!saveFailed && !(recovery && !noticeDismissed)) return null;
  return (
    <Part fallback={null}>
      <StorageNotice />
    </Part>
  );
}
// Now and Next: only while the conference is on (or over), so its code loads then.
const NowBanner = lazy(() =>
  import('../features/now-next/now-banner').then((module) => ({ default: module.NowBanner })),
);
type PrintAgendaComponent = typeof import('../features/print/print-agenda').PrintAgenda;
let printAgenda: Promise<PrintAgendaComponent> | null = null;
/** The printed agenda's component, loaded once; it must be at hand when the browser's Print is chosen. */
function loadPrintAgenda(): Promise<PrintAgendaComponent> {
  printAgenda ??= import('../features/print/print-agenda').then((module) => module.PrintAgenda);
  return printAgenda;
}
// Asked for as soon as this code runs (while the schedule downloads), not when the first card shows: the
// browser's own Print can be chosen right away, and beforeprint allows no waiting.
void loadPrintAgenda();

const loading = (
  <p className="note" role="status">
    Loading…
  </p>
);

/** Parameters that are not part of a conference's own view, so not remembered for it. */
const NOT_REMEMBERED = ['share', 'conference', 'schedule'];

export function AttendeePage({
  schedule,
  viewerZone: givenViewerZone,
  conferenceTitles = NO_TITLES,
  toolbar,
}: AttendeePageProps) {
  const clock = useClock();
  const { conference, sessions } = schedule;
  const { params, navigate } = useUrlQuery();
  const zoneMode = useZoneMode();
  const { chooseZone, rememberQuery } = useItineraryActions();
  const viewerZone = useMemo(() => givenViewerZone ?? viewerTimeZone(), [givenViewerZone]);
  const zone = zoneMode === 'viewer' ? viewerZone : conference.timeZone;
  const view = params.get('view') === 'agenda' ? 'agenda' : 'all';

  const options = useMemo(
    () => filterOptions(sessions, zone, conference.timeZone),
    [sessions, zone, conference.timeZone],
  );
  const search = params.toString();
  const { filters, ignored } = useMemo(() => readFilters(new URLSearchParams(search), options), [search, options]);

  const onFiltersChange = useCallback(
    (next: Filters, change: { replace?: boolean } = {}) => {
      navigate(writeFilters(next, new URLSearchParams(search)), change);
    },
    [navigate, search],
  );

  const withView = (target: 'all' | 'agenda') => {
    const next = new URLSearchParams(search);
    next.delete('share');
    if (target === 'agenda') next.set('view', 'agenda');
    else next.delete('view');
    return next;
  };

  // Back or Forward: once the view has rendered (children's layout effects first: the list has its
  // height), return to that entry's scroll position.
  useLayoutEffect(() => {
    const y = takeRestoredScroll();
    if (y === null) return;
    // The list may reach its full height only once its cards are measured: try again for a few frames.
    let frames = 30;
    let handle = 0;
    const restore = () => {
      window.scrollTo(0, y);
      if (Math.abs(window.scrollY - y) > 1 && --frames > 0) handle = window.requestAnimationFrame(restore);
    };
    restore();
    return () => {
      window.cancelAnimationFrame(handle);
    };
  }, [search]);

  // Each conference keeps its own filters and view: the query is remembered for it, and restored when the
  // attendee switches back.
  useEffect(() => {
    const own = new URLSearchParams(search);
    for (const key of NOT_REMEMBERED) own.delete(key);
    rememberQuery(own.toString());
  }, [search, rememberQuery]);

  const now = useNow();
  const { moment, currentIds } = useMemo(() => {
    const found = conferenceMoment(schedule, now);
    return {
      moment: found,
      currentIds: new Set(found.phase === 'during' ? found.current.map((session) => session.id) : []),
    };
  }, [schedule, now]);
  const sample = useMemo(
    () => new Date(sessions[0]?.start ?? `${conference.start}T12:00:00Z`),
    [sessions, conference.start],
  );

  // The print agenda is mounted once someone prints (button, browser menu or print emulation), so that
  // until then a star toggle does not re-render it. Its code is fetched right after the page shows, so it
  // is at hand when the browser's own Print is chosen (beforeprint allows no waiting).
  const [printing, setPrinting] = useState(false);
  const [PrintAgenda, setPrintAgenda] = useState<PrintAgendaComponent | null>(null);
  useEffect(() => {
    let live = true;
    void loadPrintAgenda().then((component) => {
      if (live) setPrintAgenda(() => component);
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    const mount = () => {
      flushSync(() => {
        setPrinting(true);
      });
    };
    // Print media (emulated, or a print preview) and beforeprint (the browser's print menu).
    const media = window.matchMedia('print');
    const onMedia = () => {
      if (media.matches) mount();
    };
    onMedia();
    window.addEventListener('beforeprint', mount);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', mount);
      media.removeEventListener('change', onMedia);
    };
  }, []);
  const onPrint = useCallback(() => {
    flushSync(() => {
      setPrinting(true);
    });
    // The printed page and its QR codes need their code; give them a frame to draw, then open the dialog.
    void Promise.all([loadPrintAgenda(), loadQrEncoder()]).then(() => {
      window.setTimeout(() => {
        window.print();
      }, 50);
    });
  }, []);

  // Where Now/Next send the attendee: the card in My agenda when it is there, else in the list, with the
  // filters cleared when they hide it.
  const linkTo = useCallback(
    (session: Session, starred: boolean) => {
      const base = new URLSearchParams(search);
      base.delete('share');
      if (view === 'agenda' && starred) return { params: base, cleared: false };
      base.delete('view');
      const context = { zone, conferenceZone: conference.timeZone, starred: new Set(starred ? [session.id] : []) };
      const shown = applyFilters([session], filters, context).length === 1;
      return shown ? { params: base, cleared: false } : { params: writeFilters(NO_FILTERS, base), cleared: true };
    },
    [search, view, zone, conference.timeZone, filters],
  );

  const shareValue = params.get('share');
  const myAgenda = withView('agenda');
  const allSessions = withView('all');

  // What the importer said about the file, folded.
  const fileNotes =
    schedule.diagnostics.length > 0 ? (
      <Part fallback={null}>
        <FileNotes diagnostics={schedule.diagnostics} file={conference.source.file} />
      </Part>
    ) : null;

  return (
    <>
      <div className="screen-only">
        <header className="masthead">
          <div className="page">
            {toolbar}
            <h1>{conference.title}</h1>
            <p className="meta">
              {formatDateRange(conference.start, conference.end, clock)}
              {conference.place ? ` · ${conference.place}` : ''}
            </p>
            {conference.url ? (
              <p className="program-link">
                <a href={conference.url} target="_blank" rel="noopener noreferrer">
                  Full conference program
                </a>
              </p>
            ) : null}
            {conference.description !== '' ? (
              // Open on a wide screen; on a phone a summary line, so the sessions come first.
              <details className="intro" open={!isNarrowScreen()}>
                <summary>About {conference.title}</summary>
                {conference.description.split('\n\n').map((paragraph, i) => (
                  <p key={i}>{paragraph}</p>
                ))}
                {zone !== conference.timeZone ? (
                  // The organizers' words give times in the event's zone; the page no longer does.
                  <p className="note" role="note">
                    The introduction above is the organizers’ text: any time in it is event time (
                    {zoneLabel(conference.timeZone, sample)}). Times on this page are now in your time zone (
                    {zoneLabel(zone, sample)}).
                  </p>
                ) : null}
                {/* Under the introduction: on a phone folded with it, so the first card stays on the first screen. */}
                {fileNotes}
              </details>
            ) : null}
            {conference.description === '' ? fileNotes : null}
            <ZoneSwitch
              conference={conference}
              viewerZone={viewerZone}
              mode={zoneMode}
              sample={sample}
              onChoose={chooseZone}
            />
          </div>
        </header>
        <nav className="page tabs" aria-label="Views">
          <QueryLink params={withView('all')} aria-current={view === 'all' ? 'page' : undefined}>
            All sessions
          </QueryLink>
          <QueryLink params={withView('agenda')} aria-current={view === 'agenda' ? 'page' : undefined}>
            My agenda <AgendaCount />
          </QueryLink>
        </nav>
        <main className="page">
          <StorageNoticeIfAny />
          <AskToKeepStars />
          <AgendaChangesIfAny zone={zone} />
          {moment.phase === 'before' ? null : (
            <Part fallback={null}>
              <NowBanner moment={moment} schedule={schedule} zone={zone} now={now} linkTo={linkTo} />
            </Part>
          )}
          {ignored.length > 0 ? (
            <p className="notice" role="status">
              This link asked for {ignored.join(', ')}, which this schedule does not have;{' '}
              {ignored.length === 1 ? 'it was' : 'they were'} ignored.
            </p>
          ) : null}
          <Part fallback={loading}>
            {shareValue !== null ? (
              <SharedAgendaView
                schedule={schedule}
                value={shareValue}
                zone={zone}
                myAgenda={myAgenda}
                allSessions={allSessions}
                conferenceTitle={(id) => conferenceTitles.get(id)}
              />
            ) : view === 'agenda' ? (
              <AgendaView
                schedule={schedule}
                zone={zone}
                eventZone={conference.timeZone}
                currentIds={currentIds}
                allSessions={allSessions}
                onPrint={onPrint}
              />
            ) : (
              <BrowseView
                sessions={sessions}
                conference={conference}
                filters={filters}
                options={options}
                zone={zone}
                eventZone={conference.timeZone}
                currentIds={currentIds}
                onFiltersChange={onFiltersChange}
              />
            )}
          </Part>
        </main>
      </div>
      {printing && PrintAgenda ? <PrintAgenda schedule={schedule} zone={zone} /> : null}
    </>
  );
}
