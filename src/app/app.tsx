import { lazy, useEffect, useState } from 'react';
import { Part } from '../ui/part';
import { loadDefaultSchedule, type BundledLoad } from './default-schedule';
import { LibraryShell } from './library-shell';
import { ScheduleUnreachable } from '../features/conferences/schedule-unreachable';

// A damaged bundled schedule is a build's mistake, rare: its page loads when needed.
const ScheduleError = lazy(() =>
  import('../features/conferences/schedule-error').then((module) => ({ default: module.ScheduleError })),
);

export function App({ bundled }: { bundled: Promise<BundledLoad> }) {
  const [load, setLoad] = useState<{ source: Promise<BundledLoad>; result: BundledLoad } | null>(null);
  const [source, setSource] = useState(bundled);
  useEffect(() => {
    let live = true;
    void source.then((result) => {
      if (live) setLoad({ source, result });
    });
    return () => {
      live = false;
    };
  }, [source]);
  const loaded = load?.source === source ? load.result : null;
  if (loaded === null) {
    return (
      <main className="page">
        <p className="note" role="status">
          Loading the schedule…
        </p>
      </main>
    );
  }
  if (!loaded.ok) {
    return 'unreachable' in loaded ? (
      <ScheduleUnreachable
        reason={loaded.unreachable}
        onRetry={() => {
          setSource(loadDefaultSchedule());
        }}
      />
    ) : (
      <Part fallback={null}>
        <ScheduleError errors={loaded.errors} />
      </Part>
    );
  }
  return <LibraryShell bundled={loaded.schedule} />;
}
