import { Fragment, memo, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { formatDatedTimeRange, formatDuration, formatTimeRange } from '../schedule/time-format';
import { googleCalendarUrl } from '../schedule/calendar-links';
import { roomWord } from '../schedule/room';
import type { Conference, Session } from '../schedule/types';
import { maybesOf, useItineraryActions } from '../store/itinerary-store';
import { StarButton } from './star-button';
import { useClock } from './display';

export interface SessionCardProps {
  readonly session: Session;
  readonly conference: Conference;
  /** The zone times are shown in. */
  readonly zone: string;
  /** The event's own zone: when times are shown in another, the event's time is given too, with its date. */
  readonly eventZone: string;
  readonly isCurrent?: boolean;
  /** A maybe in the agenda: shown lighter, an alternative rather than a plan. */
  readonly maybe?: boolean;
  /** A shared agenda is shown without star buttons. */
  readonly readOnly?: boolean;
  /** Extra lines for the agenda (overlaps, drop-in window). */
  readonly children?: ReactNode;
}

declare module 'react' {
  interface CSSProperties {
    /** A type badge's hue; app.css makes its light and dark colours from it. */
    '--hue'?: number;
    /** A timeline block's height, which it may grow past while a control in it has the focus. */
    '--height'?: string;
  }
}

function typeHue(type: string): number {
  let hash = 0;
  for (const char of type.toLowerCase()) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 360;
  return hash;
}

/** The description, two lines until "Show more" (shown only when the two lines cut it). */
function Description({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  const [cut, setCut] = useState(false);
  const id = useId();
  const shown = useRef<HTMLDivElement>(null);
  const paragraphs = text.split('\n\n');
  useLayoutEffect(() => {
    const element = shown.current?.firstElementChild;
    if (!open && element) setCut(paragraphs.length > 1 || element.scrollHeight > element.clientHeight + 1);
  }, [open, paragraphs.length]);
  if (text === '') return null;
  return (
    <div className="session-description">
      <div id={id} ref={shown}>
        {open ? (
          paragraphs.map((paragraph, i) => <p key={i}>{paragraph}</p>)
        ) : (
          // Collapsed: one clamped block (a screen reader still reads it whole).
          <p className="clamped">{paragraphs.join(' ')}</p>
        )}
      </div>
      {cut || open ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {open ? 'Show less' : 'Show more'}
        </button>
      ) : null}
    </div>
  );
}

function CalendarLinks({ session, conference }: { session: Session; conference: Conference }) {
  const { recordExport, readExports, readState } = useItineraryActions();
  const exportOne = async () => {
    const { exportSession } = await import('./export-session');
    recordExport(exportSession(session, conference, readExports()[session.id], maybesOf(readState())));
  };
  return (
    <p className="calendar-links">
      <span>Add to calendar:</span>
      <button type="button" className="link-button" onClick={() => void exportOne()}>
        .ics file<span className="visually-hidden"> for {session.title}</span>
      </button>
      <a href={googleCalendarUrl(session, conference)} target="_blank" rel="noopener noreferrer">
        Google Calendar<span className="visually-hidden"> for {session.title}</span>
      </a>
    </p>
  );
}

export const SessionCard = memo(function SessionCard({
  session,
  conference,
  zone,
  eventZone,
  isCurrent = false,
  maybe = false,
  readOnly = false,
  children,
}: SessionCardProps) {
  const clock = useClock();
  const titleId = `title-${session.id}`;
  const start = new Date(session.start);
  const end = new Date(session.end);
  const hue = typeHue(session.type);
  return (
    <article
      id={`session-${session.id}`}
      tabIndex={-1}
      className={['session', isCurrent ? 'current' : '', maybe ? 'maybe' : ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
    >
      <div className="session-head">
        <h3 id={titleId}>{session.title}</h3>
        {readOnly ? null : <StarButton id={session.id} title={session.title} />}
      </div>
      <p className="session-when">
        <time dateTime={session.start}>{formatTimeRange(start, end, zone, clock)}</time>
        {end > start ? <span className="duration">{formatDuration(start, end)}</span> : null}
        {isCurrent ? <span className="now-mark">Now</span> : null}
      </p>
      {zone !== eventZone ? (
        // The day heading above is the reader's date; the event's own time says which day it is there, so
        // "12:30 AM" under Friday is never read as Saturday, nor the event's Thursday missed.
        <p className="session-event-time">Event time: {formatDatedTimeRange(start, end, eventZone, clock)}</p>
      ) : null}
      <p className="session-facts">
        <span className="badge" style={{ '--hue': hue }}>
          {session.type}
        </span>
        {session.room ? (
          <span>
            {roomWord(session.room.name)}
            {session.room.url ? (
              <a href={session.room.url} target="_blank" rel="noopener noreferrer">
                <bdi>{session.room.name}</bdi>
              </a>
            ) : (
              <bdi>{session.room.name}</bdi>
            )}
          </span>
        ) : null}
        {session.people.length > 0 ? (
          <span>
            {session.people.map((person, i) => (
              <Fragment key={i}>
                {i > 0 ? '; ' : ''}
                <bdi>{person}</bdi>
              </Fragment>
            ))}
          </span>
        ) : null}
        {session.url ? (
          <a href={session.url} target="_blank" rel="noopener noreferrer">
            Details<span className="visually-hidden"> of {session.title}</span>
          </a>
        ) : null}
      </p>
      {children}
      <Description text={session.description} />
      <CalendarLinks session={session} conference={conference} />
      {session.links.length > 0 ? (
        <ul className="session-links">
          {session.links.map((link) => (
            <li key={`${link.url}|${link.text}`}>
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {link.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
});
