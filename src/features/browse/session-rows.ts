/**
 * The list's rows: a heading for each day, then its sessions, reached by index without building an
 * array of 100,000 rows (the list asks only for those near the screen).
 */
import type { DayGroup } from '../../schedule/agenda';
import type { IsoDate, Session } from '../../schedule/types';

export function dayHeadingId(date: IsoDate): string {
  return `day-${date}`;
}

export type Row =
  { readonly kind: 'day'; readonly date: IsoDate } | { readonly kind: 'session'; readonly session: Session };

/**
 * The list's rows (each day's heading, then its cards) without a row object made for each of them: a row
 * is made when asked for (the few near the screen), found from where each day starts.
 */
export interface Rows {
  readonly length: number;
  /** Where each day's heading is. */
  readonly dayIndexes: readonly number[];
  at(index: number): Row | undefined;
  isDay(index: number): boolean;
  /** The day the row at `index` belongs to. */
  dayAt(index: number): IsoDate | undefined;
  /** The row with this key (element id), or -1. */
  indexOf(key: string): number;
}

export function rowsOf(days: readonly DayGroup[]): Rows {
  const dayIndexes: number[] = [];
  let length = 0;
  for (const day of days) {
    dayIndexes.push(length);
    length += 1 + day.sessions.length;
  }
  /** The position in `days` of the day the row at `index` belongs to. */
  const dayOf = (index: number) => {
    let low = 0;
    let high = dayIndexes.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((dayIndexes[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  return {
    length,
    dayIndexes,
    at(index) {
      if (index < 0 || index >= length) return undefined;
      const position = dayOf(index);
      const day = days[position];
      const start = dayIndexes[position] ?? 0;
      if (!day) return undefined;
      if (index === start) return { kind: 'day', date: day.date };
      const session = day.sessions[index - start - 1];
      return session ? { kind: 'session', session } : undefined;
    },
    isDay(index) {
      return dayIndexes[dayOf(index)] === index;
    },
    dayAt(index) {
      return length === 0 ? undefined : days[dayOf(Math.min(Math.max(index, 0), length - 1))]?.date;
    },
    indexOf(key) {
      for (const [position, day] of days.entries()) {
        const start = dayIndexes[position] ?? 0;
        if (dayHeadingId(day.date) === key) return start;
        const found = day.sessions.findIndex((session) => `session-${session.id}` === key);
        if (found >= 0) return start + 1 + found;
      }
      return -1;
    },
  };
}

/** A row's key, which is also its element's id; made when asked for (100,000 rows need few of them). */
export function rowKey(row: Row): string {
  return row.kind === 'day' ? dayHeadingId(row.date) : `session-${row.session.id}`;
}
