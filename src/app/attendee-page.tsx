import { useMemo, type ReactNode } from 'react';
import { Part } from '../ui/part';
import { viewerTimeZone } from '../schedule/time';
import type { Schedule } from '../schedule/types';
import { useItineraryActions, useZoneMode } from '../store/itinerary-store';
import { BrowseView } from '../features/browse/browse-view';
import { AgendaCount } from '../features/browse/star-counts';
import { useUrlQuery } from '../navigation/use-url-query';
import { useRestoredScroll } from '../navigation/use-restored-scroll';
import { QueryLink } from '../navigation/query-link';
import { ConferenceHeader } from './conference-header';
import {
  AgendaChangesIfAny,
  AgendaView,
  AskToKeepStars,
  NowBanner,
  SharedAgendaView,
  StorageNoticeIfAny,
} from './lazy-parts';
import { usePrintMount } from './use-print-mount';
import { useNowTargets, useViewQuery } from './use-view-query';

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

const loading = (
  <p className="note" role="status">
    Loading…
  </p>
);

export function AttendeePage({
  schedule,
  viewerZone: givenViewerZone,
  conferenceTitles = NO_TITLES,
  toolbar,
}: AttendeePageProps) {
  const { conference, sessions } = schedule;
  const { params, navigate } = useUrlQuery();
  const zoneMode = useZoneMode();
  const { chooseZone } = useItineraryActions();
  const viewerZone = useMemo(() => givenViewerZone ?? viewerTimeZone(), [givenViewerZone]);
  const zone = zoneMode === 'viewer' ? viewerZone : conference.timeZone;
  const view = params.get('view') === 'agenda' ? 'agenda' : 'all';

  const { search, filters, ignored, options, onFiltersChange, withView } = useViewQuery(
    schedule,
    zone,
    params,
    navigate,
  );

  useRestoredScroll(search);

  const sample = useMemo(
    () => new Date(sessions[0]?.start ?? `${conference.start}T12:00:00Z`),
    [sessions, conference.start],
  );

  const { PrintAgenda, onPrint } = usePrintMount();
  const { now, moment, currentIds, linkTo } = useNowTargets(schedule, { search, view, zone, filters });

  const shareValue = params.get('share');
  const myAgenda = withView('agenda');
  const allSessions = withView('all');

  return (
    <>
      <div className="screen-only">
        <ConferenceHeader
          schedule={schedule}
          toolbar={toolbar}
          zone={zone}
          viewerZone={viewerZone}
          zoneMode={zoneMode}
          sample={sample}
          onChooseZone={chooseZone}
        />
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
          <Part fallback={null}>
            <AskToKeepStars />
          </Part>
          <AgendaChangesIfAny zone={zone} />
          {moment === null || moment.phase === 'before' ? null : (
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
      {PrintAgenda ? <PrintAgenda schedule={schedule} zone={zone} /> : null}
    </>
  );
}
