/**
 * A Schedule written out as frab / c3voc schedule JSON, for the round-trip property test: what Itinerary
 * reads back from it must be the same sessions. Test code only; Itinerary does not export frab.
 */
import type { Schedule } from '../../src/schedule/types';

const pad = (n: number) => String(n).padStart(2, '0');

function wallTime(iso: string): string {
  return iso.slice(11, 16);
}

function duration(start: string, end: string): string {
  const minutes = Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function writeFrabJson(schedule: Schedule, dayOf: (start: string) => string): string {
  const days = new Map<string, Map<string, unknown[]>>();
  for (const session of schedule.sessions) {
    const date = session.day ?? dayOf(session.start);
    const rooms = days.get(date) ?? new Map<string, unknown[]>();
    days.set(date, rooms);
    const room = session.room?.name ?? '';
    rooms.set(room, [
      ...(rooms.get(room) ?? []),
      {
        guid: session.id,
        id: schedule.sessions.indexOf(session) + 1,
        date: session.start,
        start: wallTime(session.start),
        duration: duration(session.start, session.end),
        room,
        title: session.title,
        subtitle: session.subtitle ?? null,
        language: session.language ?? null,
        track: session.track ?? null,
        type: session.type,
        abstract: session.description,
        description: '',
        persons: session.people.map((name) => ({ public_name: name })),
        links: session.links.map((link) => ({ url: link.url, title: link.text })),
        url: session.url ?? null,
      },
    ]);
  }
  return JSON.stringify({
    schedule: {
      version: 'round trip',
      conference: {
        acronym: schedule.conference.id,
        title: schedule.conference.title,
        time_zone_name: schedule.conference.timeZone,
        days: [...days.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([date, rooms], i) => ({ index: i + 1, date, rooms: Object.fromEntries(rooms) })),
      },
    },
  });
}
