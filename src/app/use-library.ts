/**
 * The conferences this browser keeps (IndexedDB, read through the library, whose code loads after the
 * page), the schedules read from it so far, and those that could not be read. A message says what
 * happened to the library (storage disabled, a conference removed).
 */
import { useCallback, useEffect, useState } from 'react';
import type { KeptConference } from '../library/kept-schedules';
import type { Schedule } from '../schedule/types';

export const loadKept = () => import('../library/kept-schedules');

export function useLibrary() {
  const [kept, setKept] = useState<readonly KeptConference[] | null>(null);
  const [loaded, setLoaded] = useState<ReadonlyMap<string, Schedule>>(new Map());
  const [failures, setFailures] = useState<ReadonlyMap<string, string>>(new Map());
  const [message, setMessage] = useState<string | undefined>();
  const refreshKept = useCallback(
    () =>
      loadKept()
        .then(({ keptConferences }) => keptConferences())
        .then(setKept, () => {
          // IndexedDB refused (some private modes): only the bundled schedule and those opened now are shown.
          setKept([]);
          setMessage(
            'This browser does not let Itinerary keep schedules (its storage is disabled); opened ones last this visit.',
          );
        }),
    [],
  );
  useEffect(() => {
    void refreshKept();
  }, [refreshKept]);
  /** A schedule read (from IndexedDB, or just opened): held here, and no longer a failure. */
  const hold = useCallback((id: string, schedule: Schedule) => {
    setLoaded((map) => new Map(map).set(id, schedule));
    setFailures((map) => {
      if (!map.has(id)) return map;
      const next = new Map(map);
      next.delete(id);
      return next;
    });
  }, []);
  const fail = useCallback((id: string, error: string) => {
    setFailures((map) => new Map(map).set(id, error));
  }, []);
  const drop = useCallback((id: string) => {
    setLoaded((map) => {
      const next = new Map(map);
      next.delete(id);
      return next;
    });
  }, []);
  return { kept, loaded, failures, message, setMessage, refreshKept, hold, fail, drop };
}

/** A kept schedule is read from IndexedDB once, then held. */
export function useReadKept(
  library: Pick<ReturnType<typeof useLibrary>, 'kept' | 'loaded' | 'failures' | 'hold' | 'fail'>,
  wanted: string,
): void {
  const { kept, loaded, failures, hold, fail } = library;
  const keptRecord = kept?.find((conference) => conference.id === wanted);
  useEffect(() => {
    if (kept === null || !keptRecord || loaded.has(wanted) || failures.has(wanted)) return;
    let live = true;
    void loadKept()
      .then(({ keptSchedule }) => keptSchedule(wanted))
      .then((result) => {
        if (!live) return;
        if (result.ok) hold(wanted, result.schedule);
        else fail(wanted, result.error);
      });
    return () => {
      live = false;
    };
  }, [kept, keptRecord, wanted, loaded, failures, hold, fail]);
}
