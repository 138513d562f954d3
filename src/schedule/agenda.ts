/** Sessions arranged for reading: by day in a zone, in time order. */
import { civilDateInZone } from './time';
import type { IsoDate, Session } from './types';

export interface DayGroup {
  readonly date: IsoDate;
  readonly sessions: readonly Session[];
}

export function byStartThenTitle(a: Session, b: Session): number {
  return (
    Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end) || a.title.localeCompare(b.title)
  );
}

/** Days that have sessions, each with its sessions in time order; the day is the start's date in `zone`. */
export function groupByDay(sessions: readonly Session[], zone: string): DayGroup[] {
  const days = new Map<IsoDate, Session[]>();
  for (const session of [...sessions].sort(byStartThenTitle)) {
    const date = civilDateInZone(new Date(session.start), zone);
    const list = days.get(date);
    if (list) list.push(session);
    else days.set(date, [session]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, sessions: list }));
}
