/** What an importer could not read (error) or read with a doubt (warning), with the source line when known. */
import type { Diagnostic } from '../../schedule/types';

export class Diagnostics {
  readonly list: Diagnostic[] = [];

  error(line: number | undefined, message: string): void {
    this.list.push(line === undefined ? { severity: 'error', message } : { severity: 'error', line, message });
  }

  warning(line: number | undefined, message: string): void {
    this.list.push(line === undefined ? { severity: 'warning', message } : { severity: 'warning', line, message });
  }

  /** In source order; diagnostics about the whole file first. */
  sorted(): Diagnostic[] {
    return [...this.list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }
}
