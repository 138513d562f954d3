/**
 * "Open a schedule": a file (chosen or dropped) or an address. The reading, the import (in a Web Worker)
 * and its code load only when someone opens one. When the file leaves out what the import needs (the zone
 * of Sessionize's times, a post's year), the form asks for it and tries again.
 */
import { useEffect, useId, useRef, useState, type DragEvent, type SyntheticEvent } from 'react';
import type { Schedule } from '../../schedule/types';
import type { ImportResult, KeptSource, NeededInput } from '../../library/open-schedule';

export interface OpenedSchedule {
  readonly schedule: Schedule;
  readonly source: KeptSource;
}

/** What is being opened: its bytes are read once, and read again only with new answers. */
interface Pending {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly source: KeptSource;
}

type Status =
  | { readonly phase: 'idle' }
  | {
      readonly phase: 'reading';
      readonly name: string;
      readonly fraction: number | null;
      /** Read, and being kept: too late to cancel. */
      readonly keeping?: true;
    }
  | {
      readonly phase: 'needs';
      readonly pending: Pending;
      readonly needs: readonly NeededInput[];
      readonly message: string;
      /** Zones the file's times fit, to suggest beside the attendee's own. */
      readonly zoneHints: readonly string[];
    }
  | { readonly phase: 'failed'; readonly message: string }
  | { readonly phase: 'stopped'; readonly message: string };

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

function loadOpener() {
  return import('../../library/open-schedule');
}

interface OpenScheduleProps {
  /** The schedule was read: keep it and show it. Returns a message to show, or throws to report a failure. */
  readonly onOpened: (opened: OpenedSchedule) => Promise<void>;
  /** An address to open at once (a `?schedule=` link); cleared by the caller once taken. */
  readonly address?: string | undefined;
}

export function OpenSchedule({ onOpened, address }: OpenScheduleProps) {
  const [status, setStatus] = useState<Status>({ phase: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [url, setUrl] = useState('');
  const [addressOpen, setAddressOpen] = useState(address !== undefined);
  const [timeZone, setTimeZone] = useState('');
  const [year, setYear] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  // The opening under way, which Cancel stops (the fetch aborted, or the import's worker terminated).
  const running = useRef<AbortController | null>(null);
  const begin = () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    return controller.signal;
  };
  const cancel = () => {
    running.current?.abort();
    running.current = null;
    if (status.phase === 'reading')
      setStatus({ phase: 'stopped', message: `Stopped reading ${status.name}. Nothing was changed.` });
  };
  const ids = useId();
  const zonesId = `${ids}-zones`;

  const importBytes = async (
    pending: Pending,
    options: { timeZone?: string; year?: number },
    signal: AbortSignal = begin(),
  ) => {
    setStatus({ phase: 'reading', name: pending.name, fraction: 0 });
    let result: ImportResult;
    try {
      const { importInWorker } = await loadOpener();
      result = await importInWorker(
        pending.bytes,
        { fileName: pending.name, ...options },
        (fraction) => {
          if (!signal.aborted) setStatus({ phase: 'reading', name: pending.name, fraction });
        },
        { signal },
      );
    } catch (error) {
      if (signal.aborted) return; // Cancel has said so already.
      const { ImportStopped, IMPORT_TIME_LIMIT_MS } = await loadOpener();
      setStatus({
        phase: 'failed',
        message:
          error instanceof ImportStopped
            ? `${pending.name} took more than ${String(IMPORT_TIME_LIMIT_MS / 60_000)} minutes to read, so it was stopped: it may be damaged, or far larger than a conference’s schedule. Nothing was changed.`
            : `${pending.name} could not be read (${error instanceof Error ? error.message : 'the import stopped'}). Nothing was changed.`,
      });
      return;
    }
    if (signal.aborted) return;
    running.current = null;
    setStatus({ phase: 'reading', name: pending.name, fraction: 1, keeping: true });
    if (!result.ok) {
      if (result.needs && result.needs.length > 0 && (result.code === 'needs-input' || result.code === 'bad-option')) {
        setStatus({
          phase: 'needs',
          pending,
          needs: result.needs,
          message: sentence(result.error),
          zoneHints: result.zoneHints ?? [],
        });
      } else {
        setStatus({ phase: 'failed', message: `${pending.name}: ${sentence(result.error)} Nothing was changed.` });
      }
      return;
    }
    try {
      await onOpened({ schedule: result.schedule, source: pending.source });
      setStatus({ phase: 'idle' });
      setTimeZone('');
      setYear('');
    } catch (error) {
      setStatus({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const openFile = async (file: File) => {
    const signal = begin();
    setStatus({ phase: 'reading', name: file.name, fraction: null });
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (signal.aborted) return;
    await importBytes({ bytes, name: file.name, source: { kind: 'file', name: file.name } }, {}, signal);
  };

  const openAddress = async (text: string) => {
    const signal = begin();
    setStatus({ phase: 'reading', name: text, fraction: null });
    const { fetchSchedule, FETCH_IDLE_MS, MAX_SCHEDULE_BYTES } = await loadOpener();
    const fetched = await fetchSchedule(text, { idleMs: FETCH_IDLE_MS, maxBytes: MAX_SCHEDULE_BYTES }, signal);
    if (signal.aborted) return;
    if (!fetched.ok) {
      setStatus({ phase: 'failed', message: `${fetched.error} Nothing was changed.` });
      return;
    }
    await importBytes(
      { bytes: fetched.bytes, name: fetched.name, source: { kind: 'address', url: fetched.url } },
      {},
      signal,
    );
  };

  // A `?schedule=` link: open it once, as if typed.
  const started = useRef<string | null>(null);
  useEffect(() => {
    if (address === undefined || started.current === address) return;
    started.current = address;
    setUrl(address);
    void openAddress(address);
    // openAddress is recreated each render; the address alone decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [address]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  const answer = (event: SyntheticEvent) => {
    event.preventDefault();
    if (status.phase !== 'needs') return;
    const parsedYear = Number(year);
    void importBytes(status.pending, {
      ...(status.needs.includes('timeZone') && timeZone.trim() !== '' ? { timeZone: timeZone.trim() } : {}),
      ...(status.needs.includes('year') && Number.isInteger(parsedYear) ? { year: parsedYear } : {}),
    });
  };

  const busy = status.phase === 'reading';
  return (
    <section className="open-schedule" aria-label="Open another conference’s schedule">
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => {
          setDragging(false);
        }}
        onDrop={onDrop}
      >
        <label htmlFor={`${ids}-file`} className="button-like">
          Open a schedule
        </label>
        <input
          id={`${ids}-file`}
          ref={fileInput}
          type="file"
          className="file-input"
          accept=".json,.xml,.ics,.ical,.md,.markdown,application/json,text/xml,application/xml,text/calendar,text/markdown"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void openFile(file);
            event.target.value = '';
          }}
        />
        <span className="hint">or drop a file here: frab or pretalx JSON/XML, Pentabarf, Sessionize, iCalendar</span>
      </div>
      {/* On a phone the address form waits behind this button (a wide screen shows both). */}
      <button
        type="button"
        className="address-toggle secondary"
        aria-expanded={addressOpen}
        aria-controls={`${ids}-address`}
        onClick={() => {
          setAddressOpen(!addressOpen);
        }}
      >
        From an address
      </button>
      <form
        id={`${ids}-address`}
        className={addressOpen ? 'address-form open' : 'address-form'}
        onSubmit={(event) => {
          event.preventDefault();
          if (url.trim() !== '') void openAddress(url);
        }}
      >
        <label>
          Schedule address{' '}
          <input
            type="url"
            inputMode="url"
            placeholder="https://…/schedule.json"
            value={url}
            disabled={busy}
            onChange={(event) => {
              setUrl(event.target.value);
            }}
          />
        </label>
        <button type="submit" disabled={busy || url.trim() === ''}>
          Open
        </button>
      </form>
      {status.phase === 'reading' ? (
        <p className="reading" role="status">
          Reading {status.name}…{' '}
          <progress
            aria-label={`Reading ${status.name}`}
            max={1}
            {...(status.fraction === null ? {} : { value: status.fraction })}
          />{' '}
          {status.fraction === null ? '' : `${String(Math.round(status.fraction * 100))}%`}{' '}
          {status.keeping ? null : (
            <button type="button" className="secondary" onClick={cancel}>
              Cancel
            </button>
          )}
        </p>
      ) : null}
      {status.phase === 'stopped' ? (
        <p className="notice" role="status">
          {status.message}
        </p>
      ) : null}
      {status.phase === 'failed' ? (
        <p className="notice warning" role="alert">
          {status.message}
        </p>
      ) : null}
      {status.phase === 'needs' ? (
        <form className="needs" onSubmit={answer}>
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
          {status.needs.includes('timeZone') ? (
            <ZoneSuggestions
              hints={status.zoneHints}
              onPick={(zone) => {
                setTimeZone(zone);
              }}
            />
          ) : null}
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
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setStatus({ phase: 'idle' });
            }}
          >
            Cancel
          </button>
        </form>
      ) : null}
    </section>
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
