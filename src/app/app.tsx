import { useEffect, useState } from 'react';
import { loadDefaultSchedule, type BundledLoad } from './default-schedule';
import { LibraryShell } from './library-shell';
import { ScheduleError, ScheduleUnreachable } from '../components/schedule-error';

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
      <ScheduleError errors={loaded.errors} />
    );
  }
  return <LibraryShell bundled={loaded.schedule} />;
}
