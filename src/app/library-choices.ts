/** The conferences the picker offers, and where the one shown comes from (for its share links). */
import type { ConferenceChoice } from '../features/conferences/conference-picker';
import type { KeptConference } from '../library/kept-schedules';
import type { ConferenceOrigin } from '../session/conference-origin';
import type { Schedule } from '../schedule/types';
import type { Shown } from './use-shown-conference';

/** Every kept conference, the bundled one, and one just opened, by title. */
export function conferenceChoices(
  kept: readonly KeptConference[] | null,
  bundled: Schedule,
  shown: Shown,
  loaded: ReadonlyMap<string, Schedule>,
): ConferenceChoice[] {
  const list: ConferenceChoice[] = (kept ?? []).map((conference) => ({
    id: conference.id,
    title: conference.title,
    start: conference.start,
    end: conference.end,
    kept: true,
    ...(conference.source.kind === 'address' ? { address: conference.source.url } : {}),
    ...(conference.previous === undefined ? {} : { hasPrevious: true }),
  }));
  if (!list.some((choice) => choice.id === bundled.conference.id)) {
    const { id, title, start, end } = bundled.conference;
    list.push({ id, title, start, end, kept: false });
  }
  if (shown.phase === 'ready' && !list.some((choice) => choice.id === shown.schedule.conference.id)) {
    const { id, title, start, end } = shown.schedule.conference;
    // One just opened is being kept in IndexedDB: its buttons show now, so the page does not shift under
    // the attendee's thumb when the write completes.
    list.push({ id, title, start, end, kept: loaded.has(id) });
  }
  return list.sort((a, b) => a.title.localeCompare(b.title));
}

/** Where the conference shown comes from: none for the bundled one; its address when it was opened from one. */
export function originOf(
  shown: Shown,
  kept: readonly KeptConference[] | null,
  bundled: Schedule,
): ConferenceOrigin | null {
  if (shown.phase !== 'ready' || shown.schedule.conference.id === bundled.conference.id) return null;
  const { id, title } = shown.schedule.conference;
  const record = kept?.find((conference) => conference.id === id);
  return record?.source.kind === 'address' ? { title, address: record.source.url } : { title };
}
