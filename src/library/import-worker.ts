/**
 * Imports a schedule off the main thread, so that a 10 MB file never freezes the page: bytes in, the
 * import result out, with progress on the way.
 */
import type { ImportOptions, ImportResult } from '../importers/core/result';
import { importSchedule } from '../importers/registry';

export interface ImportRequest {
  readonly bytes: ArrayBuffer;
  readonly options: Omit<ImportOptions, 'onProgress'>;
}

export type ImportMessage =
  { readonly kind: 'progress'; readonly fraction: number } | { readonly kind: 'done'; readonly result: ImportResult };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportMessage): void;
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
    scope.postMessage({ kind: 'done', result });
  };
}
