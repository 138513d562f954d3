/**
 * One day of a frab JSON schedule with one event at 10:00 in Berlin (2025-08-01), for importer tests that
 * care about one field: `event` replaces the event's fields it names.
 */
export function frabDayWithEvent(event: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    index: 1,
    date: '2025-08-01',
    rooms: {
      Hall: [
        {
          guid: '00000000-0000-4000-8000-000000000001',
          id: 1,
          date: '2025-08-01T10:00:00+02:00',
          start: '10:00',
          duration: '00:30',
          room: 'Hall',
          title: 'Opening',
          type: 'Talk',
          persons: [],
          links: [],
          ...event,
        },
      ],
    },
  };
}
