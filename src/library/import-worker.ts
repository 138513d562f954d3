/**
 * Imports a schedule off the main thread, so that a 10 MB file never freezes the page: bytes in, the
 * import result out, with progress on the way.
 */
import type { ImportOptions, ImportResult } from '../importers/core/result';
import type { Session } from '../schedule/types';
import { importSchedule } from '../importers/registry';

export interface ImportRequest {
  readonly bytes: ArrayBuffer;
  readonly options: Omit<ImportOptions, 'onProgress'>;
}

export type ImportMessage =
  | { readonly kind: 'progress'; readonly fraction: number }
  /** A part of the sessions, in order, sent ahead of `done` (whose schedule then has none). */
  | {
      readonly kind: 'sessions';
      readonly sessions: readonly Session[];
      readonly lines: ImportSuccess['sessionLines'];
    }
  | {
      readonly kind: 'done';
      readonly result: ImportResult;
      readonly sessionsSent?: true;
      /** A big schedule's JSON, UTF-8, to be kept as it is (kept-schedules.ts). */
      readonly json?: ArrayBuffer;
    };

/**
 * Sessions per message: the page's thread reads each message in a task of its own, and one message of
 * 100,000 sessions would take it half a second; 5,000 take a few ms each.
 */
export const SESSIONS_PER_MESSAGE = 5000;

type ImportSuccess = Extract<ImportResult, { ok: true }>;

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportMessage, transfer?: Transferable[]): void;
}

function isWorkerScope(value: unknown): value is WorkerScope {
  return typeof value === 'object' && value !== null && 'postMessage' in value && 'onmessage' in value;
}

const scope: unknown = globalThis;
if (isWorkerScope(scope)) {
  scope.onmessage = (event) => {
    const { bytes, options } = event.data;
    let last = 0;
    const result = importSchedule(new Uint8Array(bytes), {
      ...options,
      onProgress: (fraction) => {
        // A few dozen messages, not one per session.
        if (fraction - last >= 0.02 || fraction === 1) {
          last = fraction;
          scope.postMessage({ kind: 'progress', fraction });
        }
      },
    });
    if (!result.ok || result.schedule.sessions.length <= SESSIONS_PER_MESSAGE) {
      scope.postMessage({ kind: 'done', result });
      return;
    }
    const { sessions } = result.schedule;
    const parts = Math.max(sessions.length, result.sessionLines.length);
    for (let from = 0; from < parts; from += SESSIONS_PER_MESSAGE) {
      scope.postMessage({
        kind: 'sessions',
        sessions: sessions.slice(from, from + SESSIONS_PER_MESSAGE),
        lines: result.sessionLines.slice(from, from + SESSIONS_PER_MESSAGE),
      });
    }
    // Bytes, handed over rather than copied: the page stores them as they are.
    const json = new TextEncoder().encode(JSON.stringify(result.schedule)).buffer;
    scope.postMessage(
      {
        kind: 'done',
        result: { ...result, schedule: { ...result.schedule, sessions: [] }, sessionLines: [] },
        sessionsSent: true,
        json,
      },
      [json],
    );
  };
}
