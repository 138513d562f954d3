import { useMemo } from 'react';
import { loadDefaultSchedule } from './default-schedule';
import { LibraryShell } from './library-shell';
import { ScheduleError } from '../components/schedule-error';

export function App() {
  const loaded = useMemo(() => loadDefaultSchedule(), []);
  if (!loaded.ok) return <ScheduleError errors={loaded.errors} />;
  return <LibraryShell bundled={loaded.schedule} />;
}
