/**
 * Calendars in the shapes real conference sites publish, made for tests: a site that stamps new UIDs on
 * every build, a camp calendar that repeats a handful of UIDs over all its events, and one written only
 * in UTC. Each event: a title, a start (UTC), minutes, a room.
 */
export interface CalendarEvent {
  readonly title: string;
  /** `YYYYMMDDTHHMMSSZ` */
  readonly start: string;
  readonly minutes: number;
  readonly room: string;
  readonly uid: string;
}

export function icsOf(events: readonly CalendarEvent[], header: readonly string[] = []): Buffer {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Itinerary tests//Calendar builder//EN', ...header];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      'DTSTAMP:20250101T000000Z',
      `DTSTART:${event.start}`,
      `DURATION:PT${String(event.minutes)}M`,
      `SUMMARY:${event.title}`,
      `LOCATION:${event.room}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

/** A programme of `count` talks over two days, in three rooms, each an hour (times in UTC). */
export function programme(count: number, uid: (index: number) => string): CalendarEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const day = 10 + Math.floor(i / 9);
    const hour = 8 + (Math.floor(i / 3) % 3) * 2;
    return {
      title: `Talk ${String(i + 1).padStart(2, '0')}: ${['Parsers', 'Zones', 'Printers'][i % 3] ?? ''} in practice`,
      start: `202506${String(day)}T${String(hour).padStart(2, '0')}0000Z`,
      minutes: 60,
      room: `Room ${'ABC'[i % 3] ?? 'A'}`,
      uid: uid(i),
    };
  });
}

/**
 * A festival-sized calendar: `count` events in a named zone (`DTSTART;TZID=…`, no VTIMEZONE: the zone
 * database's), 40 rooms, over four days from 08:00 in 15-minute steps.
 */
export function namedZoneCalendar(count: number, zone = 'Europe/Berlin'): Buffer {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Itinerary tests//Calendar builder//EN'];
  for (let i = 0; i < count; i += 1) {
    const slot = Math.floor(i / 40);
    const day = 10 + (Math.floor(slot / 56) % 4);
    const minutes = 8 * 60 + (slot % 56) * 15;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}00`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:event-${String(i)}@festival.example`,
      'DTSTAMP:20250101T000000Z',
      `DTSTART;TZID=${zone}:202507${String(day)}T${time}`,
      'DURATION:PT15M',
      `SUMMARY:Session ${String(i + 1)}`,
      `LOCATION:Stage ${String((i % 40) + 1)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
