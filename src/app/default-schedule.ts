/**
 * The bundled schedule, fetched and checked at start-up: the one generated from content/parsl-sc24.md by
 * `npm run data`, or a conference's own, imported by `npm run build:conference`. It is served beside
 * index.html as data (scripts/vite/bundled-schedule.ts), which index.html preloads.
 */
import type { ValidationResult } from '../schedule/validate';

export const BUNDLED_SCHEDULE_ADDRESS = './schedule.json';

export type BundledLoad = ValidationResult | { readonly ok: false; readonly unreachable: string };

/** Reads the bundled schedule: a damaged file gives its errors; an unreachable one says why. */
export async function loadDefaultSchedule(
  fetchFile: (address: string) => Promise<Response> = (address) => fetch(address),
): Promise<BundledLoad> {
  // The checker's code is fetched alongside the schedule (it is not needed before the data is there).
  const validator = import('../schedule/validate').then(
    (module) => module.validateSchedule,
    () => null,
  );
  let data: unknown;
  try {
    const response = await fetchFile(BUNDLED_SCHEDULE_ADDRESS);
    if (!response.ok) return { ok: false, unreachable: `the server answered ${String(response.status)}` };
    data = await response.json();
  } catch (error) {
    return {
      ok: false,
      unreachable: error instanceof SyntaxError ? 'it is not JSON' : 'the network did not answer',
    };
  }
  const validateSchedule = await validator;
  if (validateSchedule === null) return { ok: false, unreachable: 'the network did not answer' };
  return validateSchedule(data);
}
