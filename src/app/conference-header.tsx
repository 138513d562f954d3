/**
 * The top of the attendee page: the conference's title, dates and place, its programme link, the
 * organizers' introduction (folded on a phone), what the importer said about the file, and the zone switch.
 */
import type { ReactNode } from 'react';
import { Part } from '../ui/part';
import { formatDateRange, zoneLabel } from '../schedule/time-format';
import type { Schedule } from '../schedule/types';
import type { ZoneMode } from '../store/itinerary-store';
import { ZoneSwitch } from '../features/zone/zone-switch';
import { isNarrowScreen } from '../ui/use-narrow-screen';
import { useClock } from '../session/display';
import { FileNotes } from './lazy-parts';

interface ConferenceHeaderProps {
  readonly schedule: Schedule;
  readonly toolbar: ReactNode;
  /** The zone times are shown in, the reader's, and what the attendee chose. */
  readonly zone: string;
  readonly viewerZone: string;
  readonly zoneMode: ZoneMode;
  /** An instant of the conference, for zone labels. */
  readonly sample: Date;
  readonly onChooseZone: (mode: ZoneMode) => void;
}

export function ConferenceHeader({
  schedule,
  toolbar,
  zone,
  viewerZone,
  zoneMode,
  sample,
  onChooseZone,
}: ConferenceHeaderProps) {
  const clock = useClock();
  const { conference } = schedule;
  // What the importer said about the file, folded.
  const fileNotes =
    schedule.diagnostics.length > 0 ? (
      <Part fallback={null}>
        <FileNotes diagnostics={schedule.diagnostics} file={conference.source.file} />
      </Part>
    ) : null;
  return (
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
          onChoose={onChooseZone}
        />
      </div>
    </header>
  );
}
