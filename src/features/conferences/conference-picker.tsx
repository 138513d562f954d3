/**
 * "Conference": the bundled schedule and every opened one, to switch between; removing one asks first
 * (in the page, not a browser dialog); one opened from an address can be checked for a newer version.
 */
import { useId, useState } from 'react';
import { formatDateRange } from '../../schedule/time-format';
import { useClock } from '../../session/display';

/** Text without the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
function withoutDirectionControls(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
}

export interface ConferenceChoice {
  readonly id: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  /** Kept in this browser (opened by the attendee), so it can be removed. */
  readonly kept: boolean;
  /** Where it was fetched from, when it was: it can be checked for updates. */
  readonly address?: string;
  /** The version it replaced is kept: the attendee can go back to it. */
  readonly hasPrevious?: boolean;
}

interface ConferencePickerProps {
  readonly choices: readonly ConferenceChoice[];
  readonly current: string;
  readonly onChoose: (id: string) => void;
  readonly onRemove: (id: string) => void;
  readonly onCheck: (id: string) => void;
  readonly onRestore: (id: string) => void;
  /** A message about the last check or removal. */
  readonly message?: string | undefined;
  readonly checking?: boolean;
}

export function ConferencePicker({
  choices,
  current,
  onChoose,
  onRemove,
  onCheck,
  onRestore,
  message,
  checking = false,
}: ConferencePickerProps) {
  const clock = useClock();
  const id = useId();
  const [confirming, setConfirming] = useState<string | null>(null);
  const chosen = choices.find((choice) => choice.id === current);
  return (
    <div className="conference-picker">
      <label htmlFor={id}>Conference</label>{' '}
      <select
        id={id}
        value={current}
        onChange={(event) => {
          setConfirming(null);
          onChoose(event.target.value);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {/* An option holds text only (no <bdi>): the title's direction controls are left out, so an
                override it leaves open cannot reverse the dates after it, nor change its accessible name. */}
            {withoutDirectionControls(choice.title)} ({formatDateRange(choice.start, choice.end, clock)})
          </option>
        ))}
      </select>
      {chosen?.address !== undefined ? (
        <button
          type="button"
          className="secondary"
          disabled={checking}
          onClick={() => {
            onCheck(chosen.id);
          }}
        >
          {checking ? 'Checking…' : 'Check for updates'}
        </button>
      ) : null}
      {chosen?.hasPrevious === true ? (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            onRestore(chosen.id);
          }}
        >
          Go back to the previous version
        </button>
      ) : null}
      {chosen?.kept && confirming !== chosen.id ? (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setConfirming(chosen.id);
          }}
        >
          Remove conference
        </button>
      ) : null}
      {chosen && confirming === chosen.id ? (
        <div className="notice" role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            Remove <bdi>{chosen.title}</bdi> from this browser? Its schedule is deleted; your stars for it stay, in case
            you open it again.
          </p>
          <button
            type="button"
            onClick={() => {
              setConfirming(null);
              onRemove(chosen.id);
            }}
          >
            Remove
          </button>{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setConfirming(null);
            }}
          >
            Keep it
          </button>
        </div>
      ) : null}
      {message !== undefined ? (
        <p className="note" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}
