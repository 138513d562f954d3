import { useItineraryActions, useStorageStatus } from '../../store/itinerary-store';

const REASONS = {
  unreadable: 'was damaged',
  'wrong-shape': 'was not in the expected form',
  'newer-version': 'was written by a newer version of Itinerary',
  'older-version': 'was written by an older version of Itinerary, in a form this one does not keep as it is',
} as const;

export function StorageNotice() {
  const { saveFailed, recovery, noticeDismissed } = useStorageStatus();
  const { dismissStorageNotice } = useItineraryActions();
  return (
    <div className="notices">
      {saveFailed ? (
        <p className="notice warning" role="alert">
          Your stars are not saved in this browser (its storage is full, disabled or private). They stay while this page
          is open; saving is tried again with each change.
        </p>
      ) : null}
      {recovery && !noticeDismissed ? (
        <div className="notice" role="alert">
          <p>
            Your saved agenda {REASONS[recovery.reason]}. {recovery.kept} starred{' '}
            {recovery.kept === 1 ? 'session was' : 'sessions were'} kept
            {recovery.backupKey ? (
              <>
                , and the saved data is kept under <code>{recovery.backupKey}</code> in this browser’s storage
              </>
            ) : (
              ', and the saved data is left untouched until it can be backed up'
            )}
            .
          </p>
          <button type="button" className="secondary" onClick={dismissStorageNotice}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
