export function ScheduleError({ errors }: { errors: readonly string[] }) {
  return (
    <main className="page">
      <h1>This schedule cannot be shown</h1>
      <div role="alert">
        <p>The schedule file is damaged, so no session is shown rather than a wrong one. What is wrong:</p>
        <ul>
          {errors.slice(0, 20).map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
        {errors.length > 20 ? <p>…and {errors.length - 20} more.</p> : null}
      </div>
    </main>
  );
}
