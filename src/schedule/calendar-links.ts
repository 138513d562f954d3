/** A link that opens Google Calendar's "new event" form filled in: small, so it ships with every card. */
import type { Conference, Session } from './types';

/** `20241119T221500Z`: the UTC form of RFC 5545 DATE-TIME, also what Google Calendar links take. */
export function formatUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

export function googleCalendarUrl(session: Session, conference: Conference): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: session.title,
    dates: `${formatUtc(new Date(session.start))}/${formatUtc(new Date(session.end))}`,
    details: [session.url ?? '', `${session.type} at ${conference.title}`].filter((line) => line !== '').join('\n'),
  });
  if (session.room) params.set('location', session.room.name);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
