import { useMemo } from 'react';
import { loadDefaultSchedule } from './default-schedule';
import { ScheduleView } from '../components/schedule-view';
import { ScheduleError } from '../components/schedule-error';

export function App() {
  const loaded = useMemo(() => loadDefaultSchedule(), []);
  return loaded.ok ? <ScheduleView schedule={loaded.schedule} /> : <ScheduleError errors={loaded.errors} />;
}
