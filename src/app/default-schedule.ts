/**
 * The bundled schedule, checked at start-up: the one generated from content/parsl-sc24.md by `npm run
 * data`, or a conference's own, imported by `npm run build:conference` (vite.config.ts picks the file).
 */
import generated from '@default-schedule';
import { validateSchedule, type ValidationResult } from '../schedule/validate';

export function loadDefaultSchedule(): ValidationResult {
  return validateSchedule(generated);
}
