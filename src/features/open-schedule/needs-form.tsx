/** What an import needs (a zone, a year), asked for, with the zones the file's times fit as suggestions. */
import { useId } from 'react';
import type { ImportAnswers, Status } from './use-schedule-reader';

interface NeedsFormProps {
  readonly status: Status & { phase: 'needs' };
  readonly onAnswer: (answers: ImportAnswers) => void;
  readonly onCancel: () => void;
  /** The answers typed so far, kept by the caller until a schedule opens. */
  readonly timeZone: string;
  readonly setTimeZone: (zone: string) => void;
  readonly year: string;
  readonly setYear: (year: string) => void;
}

/** What the import needs (a zone, a year), asked for. */
export function NeedsForm({ status, onAnswer, onCancel, timeZone, setTimeZone, year, setYear }: NeedsFormProps) {
  const zonesId = `${useId()}-zones`;
  return (
    <form
      className="needs"
      onSubmit={(event) => {
        event.preventDefault();
        const parsedYear = Number(year);
        onAnswer({
          ...(status.needs.includes('timeZone') && timeZone.trim() !== '' ? { timeZone: timeZone.trim() } : {}),
          ...(status.needs.includes('year') && Number.isInteger(parsedYear) ? { year: parsedYear } : {}),
        });
      }}
    >
      <p role="alert">
        {status.pending.name}: {status.message}
      </p>
      {status.needs.includes('timeZone') ? (
        <label>
          Time zone{' '}
          <input
            list={zonesId}
            value={timeZone}
            placeholder="Europe/Berlin"
            required
            onChange={(event) => {
              setTimeZone(event.target.value);
            }}
          />
          <datalist id={zonesId}>
            {Intl.supportedValuesOf('timeZone').map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </label>
      ) : null}
      {status.needs.includes('timeZone') ? <ZoneSuggestions hints={status.zoneHints} onPick={setTimeZone} /> : null}
      {status.needs.includes('year') ? (
        <label>
          Year{' '}
          <input
            type="number"
            min={1970}
            max={2100}
            value={year}
            required
            onChange={(event) => {
              setYear(event.target.value);
            }}
          />
        </label>
      ) : null}
      <button type="submit">Open with these</button>{' '}
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

/** The attendee's own zone and (up to five of) the zones the file's times fit, each a button that fills the field. */
function ZoneSuggestions({ hints, onPick }: { hints: readonly string[]; onPick: (zone: string) => void }) {
  const own = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zones = [own, ...hints.filter((zone) => zone !== own).slice(0, 5)];
  return (
    <div role="group" aria-label="Suggested time zones" className="zone-suggestions">
      Suggested:{' '}
      {zones.map((zone) => (
        <button
          key={zone}
          type="button"
          className="secondary"
          onClick={() => {
            onPick(zone);
          }}
        >
          {zone === own ? `${zone} (your zone)` : zone}
        </button>
      ))}
    </div>
  );
}
