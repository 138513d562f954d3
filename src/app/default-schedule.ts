/** The bundled schedule, generated from content/parsl-sc24.md by `npm run data`, checked at start-up. */
import generated from '../data/parsl-sc24.json';
import { validateSchedule, type ValidationResult } from '../schedule/validate';

export function loadDefaultSchedule(): ValidationResult {
  return validateSchedule(generated);
}
