/** The id patterns, written once: every reader and writer of ids (schedule, stored value, links) uses these. */

/** A session id: the source's own id where it is one, else made by the importer (importers/core/ids.ts). */
const SESSION_ID_TEXT = '[A-Za-z0-9][A-Za-z0-9_.-]{0,127}';
export const SESSION_ID = new RegExp(`^${SESSION_ID_TEXT}$`);

export const isSessionId = (value: string): boolean => SESSION_ID.test(value);

/** A session id before "@" (an iCalendar UID as Itinerary's own export writes it: "<session id>@<conference id>"). */
export const SESSION_ID_AT_DOMAIN = new RegExp(`^(${SESSION_ID_TEXT})@[^@\\s]+$`);

/** A conference id: a lower-case slug; it keys the attendee's stored stars. */
export const CONFERENCE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const isConferenceId = (value: string): boolean => CONFERENCE_ID.test(value);
