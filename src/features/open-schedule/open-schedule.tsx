/**
 * "Open a schedule": a file (chosen or dropped) or an address. The reading, the import (in a Web Worker)
 * and its code load only when someone opens one (use-schedule-reader.ts). When the file leaves out what
 * the import needs (the zone of Sessionize's times, a post's year), the form asks for it and tries again.
 */
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useScheduleReader, type OpenedSchedule, type Status } from './use-schedule-reader';
import { NeedsForm } from './needs-form';

interface OpenScheduleProps {
  /** The schedule was read: keep it and show it. Returns a message to show, or throws to report a failure. */
  readonly onOpened: (opened: OpenedSchedule) => Promise<void>;
  /** An address to open at once (a `?schedule=` link); cleared by the caller once taken. */
  readonly address?: string | undefined;
}

/** Progress, with Cancel until the schedule is read and being kept. */
function ReadingStatus({ status, onCancel }: { status: Status & { phase: 'reading' }; onCancel: () => void }) {
  return (
    <p className="reading" role="status">
      Reading {status.name}…{' '}
      <progress
        aria-label={`Reading ${status.name}`}
        max={1}
        {...(status.fraction === null ? {} : { value: status.fraction })}
      />{' '}
      {status.fraction === null ? '' : `${String(Math.round(status.fraction * 100))}%`}{' '}
      {status.keeping ? null : (
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      )}
    </p>
  );
}

interface AddressFormProps {
  readonly url: string;
  readonly setUrl: (url: string) => void;
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  readonly busy: boolean;
  readonly onOpen: (url: string) => void;
}

/** A schedule's address, behind a button on a phone (a wide screen shows both). */
function AddressForm({ url, setUrl, open, setOpen, busy, onOpen }: AddressFormProps) {
  const id = `${useId()}-address`;
  return (
    <>
      <button
        type="button"
        className="address-toggle secondary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
        }}
      >
        From an address
      </button>
      <form
        id={id}
        className={open ? 'address-form open' : 'address-form'}
        onSubmit={(event) => {
          event.preventDefault();
          if (url.trim() !== '') onOpen(url);
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
    </>
  );
}

export function OpenSchedule({ onOpened, address }: OpenScheduleProps) {
  const reader = useScheduleReader(onOpened);
  const { status } = reader;
  const [dragging, setDragging] = useState(false);
  const [url, setUrl] = useState('');
  const [addressOpen, setAddressOpen] = useState(address !== undefined);
  const [timeZone, setTimeZone] = useState('');
  const [year, setYear] = useState('');
  const ids = useId();
  // A schedule opened: the answers given for it are not the next one's.
  const after = (opening: Promise<boolean>) => {
    void opening.then((opened) => {
      if (!opened) return;
      setTimeZone('');
      setYear('');
    });
  };
  const openFile = (file: File) => {
    after(reader.openFile(file));
  };
  const openAddress = (text: string) => {
    after(reader.openAddress(text));
  };

  // A `?schedule=` link: open it once, as if typed.
  const started = useRef<string | null>(null);
  useEffect(() => {
    if (address === undefined || started.current === address) return;
    started.current = address;
    setUrl(address);
    openAddress(address);
    // openAddress is recreated each render; the address alone decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [address]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) openFile(file);
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
          type="file"
          className="file-input"
          accept=".json,.xml,.ics,.ical,.md,.markdown,application/json,text/xml,application/xml,text/calendar,text/markdown"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) openFile(file);
            event.target.value = '';
          }}
        />
        <span className="hint">or drop a file here: frab or pretalx JSON/XML, Pentabarf, Sessionize, iCalendar</span>
      </div>
      <AddressForm
        url={url}
        setUrl={setUrl}
        open={addressOpen}
        setOpen={setAddressOpen}
        busy={busy}
        onOpen={openAddress}
      />
      {status.phase === 'reading' ? <ReadingStatus status={status} onCancel={reader.cancel} /> : null}
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
        <NeedsForm
          status={status}
          onAnswer={(answers) => {
            after(reader.retry(status.pending, answers));
          }}
          onCancel={() => {
            reader.setStatus({ phase: 'idle' });
          }}
          timeZone={timeZone}
          setTimeZone={setTimeZone}
          year={year}
          setYear={setYear}
        />
      ) : null}
    </section>
  );
}
