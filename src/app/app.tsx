import { useMemo } from 'react';
import { loadDefaultSchedule } from './default-schedule';
import { AttendeeApp } from '../components/attendee-app';
import { ScheduleError } from '../components/schedule-error';
import { ItineraryStoreProvider } from '../store/itinerary-store';

export function App() {
  const loaded = useMemo(() => loadDefaultSchedule(), []);
  if (!loaded.ok) return <ScheduleError errors={loaded.errors} />;
  return (
    <ItineraryStoreProvider conferenceId={loaded.schedule.conference.id}>
      <AttendeeApp schedule={loaded.schedule} />
    </ItineraryStoreProvider>
  );
}
