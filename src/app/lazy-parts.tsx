/** The parts of the attendee page whose code loads when they are needed, and the checks that say when. */
import { lazy } from 'react';
import { Part } from '../ui/part';
import { useScheduleUpdate, useStorageStatus } from '../store/itinerary-store';

// What only some visits need loads when needed, keeping the first load small: My agenda (with print,
// calendar and share), a shared agenda, and the printed page.
export const AgendaView = lazy(() =>
  import('../features/agenda/agenda-view').then((module) => ({ default: module.AgendaView })),
);
export const SharedAgendaView = lazy(() =>
  import('../features/shared-agenda/shared-agenda-view').then((module) => ({ default: module.SharedAgendaView })),
);
// What an update changed: shown after a schedule update only, so its code loads then.
const AgendaChanges = lazy(() =>
  import('../features/agenda/agenda-changes').then((module) => ({ default: module.AgendaChanges })),
);
export function AgendaChangesIfAny({ zone }: { zone: string }) {
  const { changes } = useScheduleUpdate();
  if (changes.length === 0) return null;
  return (
    <Part fallback={null}>
      <AgendaChanges zone={zone} />
    </Part>
  );
}
// Storage trouble (a damaged saved agenda, a full quota) is rare: its notice loads when there is some.
// What the importer said about the file: folded under the title, so it may arrive a moment later.
export const FileNotes = lazy(() =>
  import('../features/conferences/file-notes').then((module) => ({ default: module.FileNotes })),
);
const StorageNotice = lazy(() =>
  import('../features/storage-notice/storage-notice').then((module) => ({ default: module.StorageNotice })),
);
export function StorageNoticeIfAny() {
  const { saveFailed, recovery, noticeDismissed } = useStorageStatus();
  if (!saveFailed && !(recovery && !noticeDismissed)) return null;
  return (
    <Part fallback={null}>
      <StorageNotice />
    </Part>
  );
}
// Now and Next: only while the conference is on (or over), so its code loads then.
export const NowBanner = lazy(() =>
  import('../features/now-next/now-banner').then((module) => ({ default: module.NowBanner })),
);
// Asks the browser to keep this site's storage once something is starred: it renders nothing, so its
// code may arrive a moment after the page.
export const AskToKeepStars = lazy(() =>
  import('../store/use-persistent-storage').then((module) => ({ default: module.AskToKeepStars })),
);
