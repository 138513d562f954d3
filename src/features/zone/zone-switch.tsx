import { useId, useMemo } from 'react';
import { sameOffsetThroughout } from '../../schedule/time';
import { zoneLabel } from '../../schedule/time-format';
import type { Conference } from '../../schedule/types';
import type { ZoneMode } from '../../store/itinerary-store';

interface ZoneSwitchProps {
  readonly conference: Conference;
  readonly viewerZone: string;
  readonly mode: ZoneMode;
  /** An instant at the conference, so labels are those in force then (EST in November, not today's). */
  readonly sample: Date;
  readonly onChoose: (mode: ZoneMode) => void;
}

function place(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

export function ZoneSwitch({ conference, viewerZone, mode, sample, onChoose }: ZoneSwitchProps) {
  // Scoped: two switches on one page (two conferences, a widget) never share a radio group.
  const group = useId();
  const eventLabel = zoneLabel(conference.timeZone, sample);
  const viewerLabel = zoneLabel(viewerZone, sample);
  // About 300 offset look-ups: not on every render of the page (the clock ticks, filters change).
  const same = useMemo(
    () => sameOffsetThroughout(conference.timeZone, viewerZone, conference.start, conference.end),
    [conference.timeZone, viewerZone, conference.start, conference.end],
  );
  return (
    <fieldset className="zone-switch">
      <legend>Time zone</legend>
      <label className="check">
        <input
          type="radio"
          name={group}
          checked={mode === 'event' || same}
          onChange={() => {
            onChoose('event');
          }}
        />{' '}
        Event time ({eventLabel}, {place(conference.timeZone)})
      </label>
      {same ? (
        <p className="note">
          Your time zone ({viewerLabel}, {place(viewerZone)}) shows the same times as the event’s for the whole
          conference, so there is nothing to switch.
        </p>
      ) : (
        <label className="check">
          <input
            type="radio"
            name={group}
            checked={mode === 'viewer'}
            onChange={() => {
              onChoose('viewer');
            }}
          />{' '}
          My time ({viewerLabel}, {place(viewerZone)})
        </label>
      )}
    </fieldset>
  );
}
