/**
 * How every view shows a time: the attendee's clock (12- or 24-hour, day or month first), read once from
 * the browser's locale by the app and provided here, instead of a module global or a prop threaded
 * through every view. Without a provider (a component test), the US clock.
 */
import { createContext, useContext } from 'react';
import { US_CLOCK, type ClockStyle } from '../schedule/time-format';

export const ClockContext = createContext<ClockStyle>(US_CLOCK);

export function useClock(): ClockStyle {
  return useContext(ClockContext);
}
