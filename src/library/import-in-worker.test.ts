/**
 * The page's import always ends (issue 16): Cancel and the time limit terminate the worker wherever the
 * import is. The worker here is a stand-in that never answers unless told; the real one runs in the
 * end-to-end test of Cancel (tests/e2e/bad-luck.spec.ts).
 */
import { expect, test } from 'vitest';
import type { ImportMessage } from './import-worker';
import { ImportStopped, importInWorker, type ImportWorker } from './open-schedule';
import { parslSchedule } from '../schedule/test-schedule';

class SilentWorker implements ImportWorker {
  onmessage: ((event: MessageEvent<ImportMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted = 0;
  terminated = 0;
  postMessage(): void {
    this.posted += 1;
  }
  terminate(): void {
    this.terminated += 1;
  }
  answer(message: ImportMessage): void {
    this.onmessage?.(new MessageEvent('message', { data: message }));
  }
}

const bytes = new TextEncoder().encode('BEGIN:VCALENDAR');

test('an import that runs past its time limit is stopped and its worker terminated', async () => {
  const worker = new SilentWorker();
  const started = Date.now();
  const outcome = importInWorker(bytes, { fileName: 'slow.ics' }, () => undefined, {
    timeLimitMs: 50,
    startWorker: () => worker,
  });
  await expect(outcome).rejects.toEqual(new ImportStopped('time-limit'));
  expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  expect(worker.posted).toBe(1);
  expect(worker.terminated).toBe(1);
});

test('Cancel terminates the worker at once, wherever the import is', async () => {
  const worker = new SilentWorker();
  const controller = new AbortController();
  const heard: number[] = [];
  const outcome = importInWorker(bytes, { fileName: 'big.xml' }, (fraction) => heard.push(fraction), {
    signal: controller.signal,
    startWorker: () => worker,
  });
  worker.answer({ kind: 'progress', fraction: 0.25 });
  controller.abort();
  await expect(outcome).rejects.toMatchObject({ reason: 'cancelled' });
  expect(heard).toEqual([0.25]);
  expect(worker.terminated).toBe(1);
});

test('an import cancelled before it starts starts no worker', async () => {
  const controller = new AbortController();
  controller.abort();
  let started = 0;
  await expect(
    importInWorker(bytes, { fileName: 'x.ics' }, () => undefined, {
      signal: controller.signal,
      startWorker: () => {
        started += 1;
        return new SilentWorker();
      },
    }),
  ).rejects.toBeInstanceOf(ImportStopped);
  expect(started).toBe(0);
});

test('an import that ends in time resolves with its result and leaves no timer or worker behind', async () => {
  const worker = new SilentWorker();
  const controller = new AbortController();
  const outcome = importInWorker(bytes, { fileName: 'x.ics' }, () => undefined, {
    signal: controller.signal,
    timeLimitMs: 30,
    startWorker: () => worker,
  });
  worker.answer({
    kind: 'done',
    result: { ok: false, code: 'not-a-schedule', error: 'not a schedule', diagnostics: [] },
  });
  await expect(outcome).resolves.toMatchObject({ ok: false, error: 'not a schedule' });
  // A later abort or the passing of the limit changes nothing.
  controller.abort();
  await new Promise((resolve) => setTimeout(resolve, 60));
  expect(worker.terminated).toBe(1);
});

test('a big schedule arrives in parts and is put back together in order', async () => {
  const worker = new SilentWorker();
  const outcome = importInWorker(bytes, { fileName: 'festival.ics' }, () => undefined, { startWorker: () => worker });
  const session = (n: number) => ({
    id: `s${String(n)}`,
    title: `Session ${String(n)}`,
    start: '2025-07-10T10:00:00+02:00',
    end: '2025-07-10T10:15:00+02:00',
    type: 'Talk',
    people: [],
    description: '',
    links: [],
  });
  worker.answer({ kind: 'sessions', sessions: [session(1), session(2)], lines: [{ id: 's1' }, { id: 's2' }] });
  worker.answer({ kind: 'sessions', sessions: [session(3)], lines: [{ id: 's3', line: 7 }] });
  const schedule = parslSchedule();
  worker.answer({
    kind: 'done',
    result: { ok: true, format: 'icalendar', sessionLines: [], schedule: { ...schedule, sessions: [] } },
    sessionsSent: true,
  });
  const result = await outcome;
  expect(result.ok && result.schedule.sessions.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  expect(result.ok && result.sessionLines).toEqual([{ id: 's1' }, { id: 's2' }, { id: 's3', line: 7 }]);
});
