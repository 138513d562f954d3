/**
 * The agenda as it prints: starred sessions only, by day, with times in the chosen zone (and the event's
 * when they differ), the details address as short text with a QR code, free gaps as rows to write in, and a
 * footer naming the print date and the schedule version. Mounted only once someone prints.
 */
import { useMemo } from 'react';
import { buildAgenda } from '../schedule/agenda';
import { formatDatedTimeRange, formatDayHeading, formatTimeRange } from '../schedule/time';
import type { Schedule } from '../schedule/types';
import { useStarredIds } from '../store/itinerary-store';
import { QrCode } from './qr-code';

function shortAddress(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}

export function PrintAgenda({ schedule, zone }: { schedule: Schedule; zone: string }) {
  const { conference, sessions } = schedule;
  const starredIds = useStarredIds();
  const days = useMemo(() => {
    const starred = new Set(starredIds);
    return buildAgenda(
      sessions.filter((session) => starred.has(session.id)),
      zone,
      conference.timeZone,
    );
  }, [sessions, starredIds, zone, conference.timeZone]);
  const bothZones = zone !== conference.timeZone;
  const printed = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date());
  return (
    <div className="print-only print-agenda">
      <h1>{conference.title}: my agenda</h1>
      {days.length === 0 ? <p>No session is starred.</p> : null}
      {days.map((day) => (
        <section key={day.date}>
          <h2>{formatDayHeading(day.date)}</h2>
          {day.items.map((item) =>
            item.kind === 'gap' ? (
              <div key={`gap-${item.start.toISOString()}`} className="print-gap">
                <span className="print-time">{formatTimeRange(item.start, item.end, zone)}</span>
                <span className="print-write-in">Free: ______________________________</span>
              </div>
            ) : (
              <div key={item.session.id} className="print-session">
                <div className="print-time">
                  <div>{formatTimeRange(new Date(item.session.start), new Date(item.session.end), zone)}</div>
                  {bothZones ? (
                    // With its date: under a heading in the reader's zone, the event's day may be another.
                    <div className="print-event-time">
                      Event time:{' '}
                      {formatDatedTimeRange(
                        new Date(item.session.start),
                        new Date(item.session.end),
                        conference.timeZone,
                      )}
                    </div>
                  ) : null}
                </div>
                <div className="print-what">
                  <div className="print-title">{item.session.title}</div>
                  <div>
                    {[
                      item.session.type,
                      item.session.room ? `Room ${item.session.room.name}` : '',
                      item.session.people.join('; '),
                    ]
                      .filter((part) => part !== '')
                      .join(' · ')}
                    {item.overlaps.length > 0 ? ' · overlaps another starred session' : ''}
                  </div>
                  {item.session.url ? <div className="print-url">{shortAddress(item.session.url)}</div> : null}
                </div>
                {item.session.url ? (
                  <QrCode text={item.session.url} label={`QR code for ${item.session.title}`} size="16mm" />
                ) : null}
              </div>
            ),
          )}
        </section>
      ))}
      <p className="print-footer">
        Printed {printed} · schedule {conference.source.file} {conference.source.sha256.slice(0, 12)}
      </p>
    </div>
  );
}
