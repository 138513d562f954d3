import { useEffect, useState } from 'react';

/** The current time, updated every `everyMs`; tests set the clock (Playwright's page.clock, Vitest's fake timers). */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(new Date());
    }, everyMs);
    return () => {
      window.clearInterval(timer);
    };
  }, [everyMs]);
  return now;
}
