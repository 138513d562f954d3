/**
 * Reading a schedule the attendee opens: its bytes (a file, or an address the browser fetches), the import
 * in a Web Worker with its progress, and what the import needs asked for (a zone, a year). Cancel stops
 * the fetch or the worker at once. The library's code loads only when someone opens a schedule.
 */
import { useRef, useState } from 'react';
import type { ImportResult, KeptSource, NeededInput } from '../../library/open-schedule';
import type { Schedule } from '../../schedule/types';

/** A schedule read, with where it came from: what the page keeps and shows. */
export interface OpenedSchedule {
  readonly schedule: Schedule;
  readonly source: KeptSource;
}

/** What is being opened: its bytes are read once, and read again only with new answers. */
export interface Pending {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly source: KeptSource;
}

export type Status =
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

export type ImportAnswers = { timeZone?: string; year?: number };

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

function loadOpener() {
  return import('../../library/open-schedule');
}

/** One opening: where it says how it goes, whether it was cancelled, and what takes the schedule read. */
interface Opening {
  readonly setStatus: (status: Status) => void;
  readonly signal: AbortSignal;
  /** Past the point of cancelling: the schedule is read and being kept. */
  readonly settled: () => void;
  readonly onOpened: (opened: OpenedSchedule) => Promise<void>;
}

/** The import's words for a failure, or the question it asks. */
function afterFailure(pending: Pending, result: ImportResult & { ok: false }): Status {
  if (result.needs && result.needs.length > 0 && (result.code === 'needs-input' || result.code === 'bad-option')) {
    const { needs } = result;
    return { phase: 'needs', pending, needs, message: sentence(result.error), zoneHints: result.zoneHints ?? [] };
  }
  return { phase: 'failed', message: `${pending.name}: ${sentence(result.error)} Nothing was changed.` };
}

/** Imports the bytes in the worker; true once the schedule is opened. */
async function importBytes(pending: Pending, answers: ImportAnswers, opening: Opening): Promise<boolean> {
  const { setStatus, signal } = opening;
  setStatus({ phase: 'reading', name: pending.name, fraction: 0 });
  let result: ImportResult;
  try {
    const { importInWorker } = await loadOpener();
    const progress = (fraction: number) => {
      if (!signal.aborted) setStatus({ phase: 'reading', name: pending.name, fraction });
    };
    result = await importInWorker(pending.bytes, { fileName: pending.name, ...answers }, progress, { signal });
  } catch (error) {
    if (signal.aborted) return false; // Cancel has said so already.
    const { ImportStopped, IMPORT_TIME_LIMIT_MS } = await loadOpener();
    setStatus({
      phase: 'failed',
      message:
        error instanceof ImportStopped
          ? `${pending.name} took more than ${String(IMPORT_TIME_LIMIT_MS / 60_000)} minutes to read, so it was stopped: it may be damaged, or far larger than a conference’s schedule. Nothing was changed.`
          : `${pending.name} could not be read (${error instanceof Error ? error.message : 'the import stopped'}). Nothing was changed.`,
    });
    return false;
  }
  if (signal.aborted) return false;
  opening.settled();
  setStatus({ phase: 'reading', name: pending.name, fraction: 1, keeping: true });
  if (!result.ok) {
    setStatus(afterFailure(pending, result));
    return false;
  }
  try {
    await opening.onOpened({ schedule: result.schedule, source: pending.source });
    setStatus({ phase: 'idle' });
    return true;
  } catch (error) {
    setStatus({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

async function readFile(file: File, opening: Opening): Promise<boolean> {
  opening.setStatus({ phase: 'reading', name: file.name, fraction: null });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (opening.signal.aborted) return false;
  return importBytes({ bytes, name: file.name, source: { kind: 'file', name: file.name } }, {}, opening);
}

async function readAddress(text: string, opening: Opening): Promise<boolean> {
  const { setStatus, signal } = opening;
  setStatus({ phase: 'reading', name: text, fraction: null });
  const { fetchSchedule, FETCH_IDLE_MS, MAX_SCHEDULE_BYTES } = await loadOpener();
  const fetched = await fetchSchedule(text, { idleMs: FETCH_IDLE_MS, maxBytes: MAX_SCHEDULE_BYTES }, signal);
  if (signal.aborted) return false;
  if (!fetched.ok) {
    setStatus({ phase: 'failed', message: `${fetched.error} Nothing was changed.` });
    return false;
  }
  const source = { kind: 'address' as const, url: fetched.url };
  return importBytes({ bytes: fetched.bytes, name: fetched.name, source }, {}, opening);
}

export interface ScheduleReader {
  readonly status: Status;
  readonly setStatus: (status: Status) => void;
  /** Stops the opening under way (the fetch aborted, or the import's worker terminated). */
  readonly cancel: () => void;
  /** Each resolves true once the schedule is opened. */
  readonly openFile: (file: File) => Promise<boolean>;
  readonly openAddress: (text: string) => Promise<boolean>;
  readonly retry: (pending: Pending, answers: ImportAnswers) => Promise<boolean>;
}

export function useScheduleReader(onOpened: Opening['onOpened']): ScheduleReader {
  const [status, setStatus] = useState<Status>({ phase: 'idle' });
  // The opening under way, which Cancel stops.
  const running = useRef<AbortController | null>(null);
  const begin = (): Opening => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const settled = () => {
      running.current = null;
    };
    return { setStatus, signal: controller.signal, settled, onOpened };
  };
  const cancel = () => {
    running.current?.abort();
    running.current = null;
    if (status.phase === 'reading')
      setStatus({ phase: 'stopped', message: `Stopped reading ${status.name}. Nothing was changed.` });
  };
  return {
    status,
    setStatus,
    cancel,
    openFile: (file) => readFile(file, begin()),
    openAddress: (text) => readAddress(text, begin()),
    retry: (pending, answers) => importBytes(pending, answers, begin()),
  };
}
