import { useMemo } from 'react';
import { groupByDay } from '../schedule/agenda';
import { formatDayHeading, parseCivilDate } from '../schedule/time';
import type { Schedule } from '../schedule/types';
import { SessionCard } from './session-card';

function formatDates(start: string, end: string): string {
  const from = parseCivilDate(start);
  const to = parseCivilDate(end);
  if (!from || !to) return `${start} – ${end}`;
  const format = (date: typeof from, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...options }).format(
      new Date(Date.UTC(date.year, date.month - 1, date.day)),
    );
  if (start === end) return format(from, { month: 'long', day: 'numeric', year: 'numeric' });
  const sameMonth = from.year === to.year && from.month === to.month;
  return sameMonth
    ? `${format(from, { month: 'long', day: 'numeric' })}–${to.day}, ${to.year}`
    : `${format(from, { month: 'long', day: 'numeric' })} – ${format(to, { month: 'long', day: 'numeric', year: 'numeric' })}`;
}

export function ScheduleView({ schedule }: { schedule: Schedule }) {
  const { conference } = schedule;
  const days = useMemo(
    () => groupByDay(schedule.sessions, conference.timeZone),
    [schedule.sessions, conference.timeZone],
  );
  return (
    <>
      <header className="masthead">
        <div className="page">
          <h1>{conference.title}</h1>
          <p className="meta">
            {formatDates(conference.start, conference.end)}
            {conference.place ? ` · ${conference.place}` : ''}
          </p>
          <p className="meta">
            Times in the event’s time zone: <strong>{conference.timeZone.replace(/_/g, ' ')}</strong>
          </p>
          {conference.url ? (
            <p>
              <a href={conference.url} target="_blank" rel="noopener noreferrer">
                Full conference program
              </a>
            </p>
          ) : null}
        </div>
      </header>
      <main className="page">
        {days.map((day) => (
          <section key={day.date} aria-labelledby={`day-${day.date}`}>
            <h2 id={`day-${day.date}`}>{formatDayHeading(day.date)}</h2>
            {day.sessions.map((session) => (
              <SessionCard key={session.id} session={session} zone={conference.timeZone} />
            ))}
          </section>
        ))}
      </main>
    </>
  );
}
