/**
 * What the importer said about the file this schedule came from (repairs, doubts, sessions it could not
 * read), kept with the schedule: "2 notes about this file", folded, each with its line or session.
 */
import type { Diagnostic } from '../../schedule/types';

export function FileNotes({ diagnostics, file }: { diagnostics: readonly Diagnostic[]; file: string }) {
  if (diagnostics.length === 0) return null;
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return (
    <details className="file-notes">
      <summary>
        {diagnostics.length === 1 ? '1 note' : `${String(diagnostics.length)} notes`} about this file
        {errors > 0 ? ` (${String(errors)} about what could not be read)` : ''}
      </summary>
      <ul aria-label={`Notes about ${file}`}>
        {diagnostics.map((diagnostic, i) => (
          <li key={`${String(i)}-${diagnostic.message}`}>
            {diagnostic.line === undefined ? '' : `Line ${String(diagnostic.line)}: `}
            {diagnostic.severity === 'error' ? 'Not read: ' : ''}
            {diagnostic.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
