/** The bundled schedule did not arrive (offline before the first visit finished, or a broken host). */
export function ScheduleUnreachable({ reason, onRetry }: { reason: string; onRetry: () => void }) {
  return (
    <main className="page">
      <h1>The schedule could not be loaded</h1>
      <div role="alert">
        <p>Itinerary could not read the schedule it opens with: {reason}. Nothing you starred is lost.</p>
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </main>
  );
}
