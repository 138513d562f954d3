import { useAppStatus } from './service-worker';

/** A quiet corner line: offline, and a new version waiting for the attendee's go-ahead. */
export function AppStatusBar() {
  const { online, applyUpdate } = useAppStatus();
  return (
    <div className="app-status screen-only" role="status">
      {online ? null : <p className="offline">Offline: showing what this browser keeps</p>}
      {applyUpdate ? (
        <button type="button" onClick={applyUpdate}>
          Update available — reload
        </button>
      ) : null}
    </div>
  );
}
