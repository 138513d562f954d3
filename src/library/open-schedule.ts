/**
 * Opening a schedule from a file or an address: read the bytes (the browser fetches the address itself;
 * nothing goes through a server of ours), import them in a Web Worker with progress, and say plainly what
 * went wrong when it does. Loaded only when someone opens a schedule.
 */
import type { ImportOptions, ImportResult, SessionSource } from '../importers/core/result';
import type { ImportMessage, ImportRequest } from './import-worker';
import type { Session } from '../schedule/types';
import { rememberScheduleJson } from './kept-schedules';

export type { ImportResult, NeededInput } from '../importers/core/result';
export type { KeptSource } from './kept-schedules';

export type Fetched =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly name: string; readonly url: string }
  | { readonly ok: false; readonly error: string };

/** The last part of an address's path: what the schedule is called where no file name is given. */
function nameOf(url: URL): string {
  const last = url.pathname
    .split('/')
    .filter((part) => part !== '')
    .pop();
  return last === undefined ? url.hostname : decodeURIComponent(last);
}

/** How long an address may send nothing (no answer, or no more bytes) before the fetch gives up. */
export const FETCH_IDLE_MS = 30_000;
/** The most a schedule may weigh, counted as it arrives (after any gzip): the biggest real ones are ~20 MB. */
export const MAX_SCHEDULE_BYTES = 64 * 1024 * 1024;

export interface FetchLimits {
  readonly idleMs: number;
  readonly maxBytes: number;
}

const MB = 1024 * 1024;

/** The address as a URL, or what is wrong with it. */
function addressOf(address: string): URL | { readonly ok: false; readonly error: string } {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return {
      ok: false,
      error: `“${address.trim().slice(0, 200)}” is not a web address (it should start with https://).`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      error: 'Only web addresses (https://…) can be opened here; open a file from your device instead.',
    };
  }
  return url;
}

/** What watches one fetch: the abort, the idle timer's restart, and what to say when it stopped. */
interface FetchWatch {
  readonly controller: AbortController;
  readonly idle: () => void;
  readonly stopped: () => string;
}

type Read = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: string };

/** The response's bytes, counted as they arrive: refused past `maxBytes`, each chunk restarting the idle timer. */
async function readLimited(response: Response, url: URL, maxBytes: number, watch: FetchWatch): Promise<Read> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  try {
    for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
      watch.idle();
      total += next.value.byteLength;
      if (total > maxBytes) {
        watch.controller.abort();
        return {
          ok: false,
          error: `The file at ${url.hostname} is larger than ${String(Math.round(maxBytes / MB))} MB, more than any schedule; it was not opened.`,
        };
      }
      chunks.push(next.value);
    }
  } catch {
    return {
      ok: false,
      error: watch.controller.signal.aborted ? watch.stopped() : `${url.hostname} broke off sending the file.`,
    };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** Asks for the address and reads the answer under the watch. */
async function fetchWatched(url: URL, maxBytes: number, watch: FetchWatch): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url.href, { credentials: 'omit', redirect: 'follow', signal: watch.controller.signal });
  } catch {
    if (watch.controller.signal.aborted) return { ok: false, error: watch.stopped() };
    // The browser does not say which: both look the same to a page.
    return {
      ok: false,
      error: `The browser could not read ${url.hostname}: either its server does not allow other sites to read the file (it sends no CORS header), or it cannot be reached from here. Download the file, then open it with “Open a schedule”.`,
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      error: `${url.hostname} answered ${String(response.status)}${response.statusText === '' ? '' : ` ${response.statusText}`} for this address; check it, or download the file and open it.`,
    };
  }
  const read = await readLimited(response, url, maxBytes, watch);
  if (!read.ok) return read;
  // The page may think itself offline (Firefox does not always say when the network is back).
  if (typeof window !== 'undefined') window.dispatchEvent(new Event('itinerary:reached-network'));
  return { ok: true, bytes: read.bytes, name: nameOf(new URL(response.url || url.href)), url: url.href };
}

export async function fetchSchedule(
  address: string,
  limits: FetchLimits = { idleMs: FETCH_IDLE_MS, maxBytes: MAX_SCHEDULE_BYTES },
  /** The attendee's Cancel: the fetch stops and says so. */
  cancel?: AbortSignal,
): Promise<Fetched> {
  const url = addressOf(address);
  if (!(url instanceof URL)) return url;
  // A stalled server, or one that never stops sending, must not hang the page: the fetch is aborted when
  // nothing arrives for a while, or when more arrives than any schedule weighs.
  const controller = new AbortController();
  const cancelled = () => {
    controller.abort();
  };
  if (cancel?.aborted === true) return { ok: false, error: 'Cancelled.' };
  cancel?.addEventListener('abort', cancelled);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      controller.abort();
    }, limits.idleMs);
  };
  const stalledText = `${url.hostname} stopped answering (nothing arrived for ${String(Math.round(limits.idleMs / 1000))} seconds); try again later, or download the file and open it.`;
  // Aborted by the attendee, or by the idle timer.
  const stopped = () => (cancel?.aborted === true ? 'Cancelled.' : stalledText);
  idle();
  try {
    return await fetchWatched(url, limits.maxBytes, { controller, idle, stopped });
  } finally {
    clearTimeout(timer);
    cancel?.removeEventListener('abort', cancelled);
  }
}

/** How long an import may run in its worker before it is stopped: a 100,000-session file takes seconds. */
export const IMPORT_TIME_LIMIT_MS = 120_000;

/** Why an import stopped before it ended: the attendee cancelled it, or it ran past its time limit. */
export class ImportStopped extends Error {
  constructor(readonly reason: 'cancelled' | 'time-limit') {
    super(reason === 'cancelled' ? 'cancelled' : 'it ran past its time limit');
    this.name = 'ImportStopped';
  }
}

/** The part of a Worker the import uses (a test may hand in its own). */
export interface ImportWorker {
  onmessage: ((event: MessageEvent<ImportMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export interface ImportControl {
  /** Aborting it terminates the worker: the import stops at once, wherever it is. */
  readonly signal?: AbortSignal;
  readonly timeLimitMs?: number;
  readonly startWorker?: () => ImportWorker;
}

function startImportWorker(): ImportWorker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Imports `bytes` in a Web Worker; `onProgress` hears how far it has got. It always ends: with the result,
 * or with an `ImportStopped` when `control.signal` aborts or the time limit passes, the worker terminated.
 */
export function importInWorker(
  bytes: Uint8Array,
  options: Omit<ImportOptions, 'onProgress'>,
  onProgress: (fraction: number) => void,
  control: ImportControl = {},
): Promise<ImportResult> {
  const { signal, timeLimitMs = IMPORT_TIME_LIMIT_MS, startWorker = startImportWorker } = control;
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(new ImportStopped('cancelled'));
      return;
    }
    const worker = startWorker();
    const end = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
    };
    const cancel = () => {
      end();
      reject(new ImportStopped('cancelled'));
    };
    const timer = setTimeout(() => {
      end();
      reject(new ImportStopped('time-limit'));
    }, timeLimitMs);
    signal?.addEventListener('abort', cancel);
    // A big schedule's sessions arrive in parts, each read in a task of its own (import-worker.ts).
    const sessions: Session[] = [];
    const lines: SessionSource[] = [];
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.kind === 'progress') onProgress(message.fraction);
      else if (message.kind === 'sessions') {
        sessions.push(...message.sessions);
        lines.push(...message.lines);
      } else {
        end();
        const { result } = message;
        if (!message.sessionsSent || !result.ok) {
          resolve(result);
          return;
        }
        const schedule = { ...result.schedule, sessions };
        if (message.json !== undefined) rememberScheduleJson(schedule, message.json);
        resolve({ ...result, schedule, sessionLines: lines });
      }
    };
    worker.onerror = (event) => {
      end();
      reject(new Error(event.message || 'the import stopped with an error'));
    };
    const copy = bytes.slice().buffer;
    const request: ImportRequest = { bytes: copy, options };
    worker.postMessage(request, [copy]);
  });
}
