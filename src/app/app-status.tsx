import { useAppStatus } from '../store/app-status';

/**
 * A quiet corner line: offline, a new version waiting for the attendee's go-ahead, and the offer to reload
 * when a part of the app could not be loaded (stars are in the browser's storage: a reload keeps them).
 */
export function AppStatusBar() {
  const { online, applyUpdate, partMissing } = useAppStatus();
  return (
    <div className="app-status screen-only" role="status">
      {partMissing ? (
        <p className="notice warning">
          This part of Itinerary could not be loaded (a new version may have been published).{' '}
          <button
            type="button"
            onClick={() => {
              window.location.reload();
            }}
          >
            Reload
          </button>
        </p>
      ) : null}
      {online ? null : <p className="offline">Offline: showing what this browser keeps</p>}
      {applyUpdate ? (
        <button type="button" onClick={applyUpdate}>
          Update available — reload
        </button>
      ) : null}
    </div>
  );
}
