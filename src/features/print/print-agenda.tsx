/**
 * The agenda as it prints: starred sessions only, by day, with times in the chosen zone (and the event's
 * when they differ), the details address as short text with a QR code, free gaps as rows to write in, a
 * maybe as a lighter "or:" line under the session chosen instead, and a footer naming the print date and
 * the schedule version. Mounted only once someone prints.
 */
import { Fragment, useMemo, type ReactNode } from 'react';
import { buildAgenda, type AgendaItem } from '../../schedule/agenda';
import { formatDatedTimeRange, formatDayHeading, formatTimeRange } from '../../schedule/time-format';
import { roomWord } from '../../schedule/room';
import type { Schedule, SessionId } from '../../schedule/types';
import { useMaybes, useStarredIds } from '../../store/itinerary-store';
import { QrCode } from '../../ui/qr-code';
import { useClock } from '../../session/display';

function shortAddress(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}

type SessionItem = AgendaItem & { kind: 'session' };

interface PrintRow {
  readonly item: AgendaItem;
  /** Maybes printed as "or:" lines under this (chosen) session. */
  readonly alternatives: readonly SessionItem[];
}

/**
 * A day's rows: each maybe goes under the first chosen session of the day it overlaps, as an "or:" line;
 * a maybe that overlaps no chosen session of the day keeps its own row, marked "Maybe".
 */
function printRows(items: readonly AgendaItem[]): PrintRow[] {
  const chosenIds = new Set<SessionId>(
    items.flatMap((item) => (item.kind === 'session' && !item.maybe ? [item.session.id] : [])),
  );
  const alternatives = new Map<SessionId, SessionItem[]>();
  const rows: PrintRow[] = [];
  for (const item of items) {
    const under =
      item.kind === 'session' && item.maybe ? item.overlapsChosen.find((s) => chosenIds.has(s.id)) : undefined;
    if (item.kind === 'session' && under) {
      const list = alternatives.get(under.id);
      if (list) list.push(item);
      else alternatives.set(under.id, [item]);
    } else rows.push({ item, alternatives: [] });
  }
  return rows.map((row) =>
    row.item.kind === 'session' ? { ...row, alternatives: alternatives.get(row.item.session.id) ?? [] } : row,
  );
}

/** Type, room and people, as one line; each of the schedule's fields isolated (<bdi>) from the others. */
function facts({ session }: SessionItem): ReactNode {
  const parts: { text: string; before: string }[] = [{ text: session.type, before: '' }];
  if (session.room) parts.push({ text: `${roomWord(session.room.name)}${session.room.name}`, before: ' · ' });
  session.people.forEach((person, i) => parts.push({ text: person, before: i === 0 ? ' · ' : '; ' }));
  return parts
    .filter((part) => part.text !== '')
    .map((part, i) => (
      <Fragment key={i}>
        {i === 0 ? '' : part.before}
        <bdi>{part.text}</bdi>
      </Fragment>
    ));
}

export function PrintAgenda({ schedule, zone }: { schedule: Schedule; zone: string }) {
  const clock = useClock();
  const { conference, sessions } = schedule;
  const starredIds = useStarredIds();
  const maybe = useMaybes();
  const days = useMemo(() => {
    const starred = new Set(starredIds);
    return buildAgenda(
      sessions.filter((session) => starred.has(session.id)),
      zone,
      conference.timeZone,
      maybe,
    ).map((day) => ({ date: day.date, rows: printRows(day.items) }));
  }, [sessions, starredIds, maybe, zone, conference.timeZone]);
  const bothZones = zone !== conference.timeZone;
  const printed = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date());
  return (
    <div className="print-only print-agenda">
      <h1>{conference.title}: my agenda</h1>
      {days.length === 0 ? <p>No session is starred.</p> : null}
      {days.map((day) => (
        <section key={day.date}>
          <h2>{formatDayHeading(day.date, clock)}</h2>
          {day.rows.map(({ item, alternatives }) =>
            item.kind === 'gap' ? (
              <div key={`gap-${item.start.toISOString()}`} className="print-gap">
                <span className="print-time">{formatTimeRange(item.start, item.end, zone, clock)}</span>
                <span className="print-write-in">Free: ______________________________</span>
              </div>
            ) : (
              <Fragment key={item.session.id}>
                <div className={item.maybe ? 'print-session print-maybe' : 'print-session'}>
                  <div className="print-time">
                    <div>
                      <Unbroken
                        text={formatTimeRange(new Date(item.session.start), new Date(item.session.end), zone, clock)}
                      />
                    </div>
                    {bothZones ? (
                      // With its date: under a heading in the reader's zone, the event's day may be another.
                      <div className="print-event-time">
                        Event time:{' '}
                        <Unbroken
                          text={formatDatedTimeRange(
                            new Date(item.session.start),
                            new Date(item.session.end),
                            conference.timeZone,
                            clock,
                          )}
                        />
                      </div>
                    ) : null}
                  </div>
                  <div className="print-what">
                    <div className="print-title">
                      {item.maybe ? 'Maybe: ' : ''}
                      <bdi>{item.session.title}</bdi>
                    </div>
                    <div>
                      {facts(item)}
                      {!item.maybe && item.overlapsChosen.length > 0 ? ' · overlaps another starred session' : ''}
                    </div>
                    {item.session.url ? <div className="print-url">{shortAddress(item.session.url)}</div> : null}
                  </div>
                  {item.session.url ? (
                    <QrCode text={item.session.url} label={`QR code for ${item.session.title}`} size="16mm" />
                  ) : null}
                </div>
                {alternatives.map((other) => (
                  <div key={other.session.id} className="print-or">
                    <span className="print-time">
                      or: {formatTimeRange(new Date(other.session.start), new Date(other.session.end), zone, clock)}
                    </span>
                    <span>
                      <bdi className="print-title">{other.session.title}</bdi> · {facts(other)}
                    </span>
                  </div>
                ))}
              </Fragment>
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

/** A time range that breaks, if it must, only at its dash: "10:30 AM –" / "12:00 PM EST", never "PM" / "EST". */
function Unbroken({ text }: { text: string }) {
  const parts = text.split(' – ');
  return parts.map((part, i) => (
    <Fragment key={`${String(i)}-${part}`}>
      {i > 0 ? ' ' : null}
      <span className="unbroken">
        {part}
        {i < parts.length - 1 ? ' –' : ''}
      </span>
    </Fragment>
  ));
}
