/**
 * Dates as event posts write them: day headings ("Tuesday, November 19"), and the year, which such
 * headings leave out. Nothing here reads today's date: the year comes from the post.
 */
import { isRealDate, type CivilDate } from '../../schedule/time';
import { weekdayOf } from '../../schedule/zone-lookup';

export interface DayHeading {
  readonly month: number;
  readonly day: number;
  /** 0 = Sunday; absent when the heading names no weekday. */
  readonly weekday?: number;
  readonly year?: number;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const WEEKDAY_NAMES = WEEKDAYS.map((name) => name.charAt(0).toUpperCase() + name.slice(1));

function monthOf(word: string): number | undefined {
  const index = MONTHS.findIndex((month) => word === month || (word.length >= 3 && month.startsWith(word)));
  return index < 0 ? undefined : index + 1;
}

function weekdayFromWord(word: string): number | undefined {
  const index = WEEKDAYS.findIndex((day) => word === day || (word.length >= 3 && day.startsWith(word)));
  return index < 0 ? undefined : index;
}

/**
 * "Tuesday, November 19", "Tue Nov 19", "19 November", "Tuesday 19 November 2024". The heading must
 * name a month and a day of the month; anything else in it ("— Workshops") is allowed.
 */
export function parseDayHeading(text: string): DayHeading | null {
  const words = text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  let month: number | undefined;
  let monthAt = -1;
  words.forEach((word, i) => {
    const found = /^\p{L}+$/u.test(word) ? monthOf(word) : undefined;
    if (month === undefined && found !== undefined) {
      month = found;
      monthAt = i;
    }
  });
  if (month === undefined) return null;
  const dayNumber = (word: string | undefined) => {
    const match = word === undefined ? null : /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
    const value = match ? Number(match[1]) : NaN;
    return value >= 1 && value <= 31 ? value : undefined;
  };
  // The day is next to the month: "November 19" or "19 November".
  const day = dayNumber(words[monthAt + 1]) ?? dayNumber(words[monthAt - 1]);
  if (day === undefined) return null;
  const weekday = words.map(weekdayFromWord).find((value) => value !== undefined);
  const year = words
    .map((word) => (/^\d{4}$/.test(word) ? Number(word) : undefined))
    .find((value) => value !== undefined);
  return {
    month,
    day,
    ...(weekday === undefined ? {} : { weekday }),
    ...(year === undefined ? {} : { year }),
  };
}

export interface YearClues {
  /** Front matter `date` or a `YYYY-MM-DD-` file name: when the post was published. */
  readonly postDate?: CivilDate;
  /** Text that may name the conference with its year: "SC24", "ISC 2025". */
  readonly names: readonly string[];
  readonly headings: readonly DayHeading[];
}

export type YearResult =
  { readonly ok: true; readonly year: number; readonly from: string } | { readonly ok: false; readonly reason: string };

function agreesWithHeadings(year: number, headings: readonly DayHeading[]): boolean {
  return headings.every((heading) => {
    const date = { year, month: heading.month, day: heading.day };
    if (!isRealDate(date)) return false;
    return heading.weekday === undefined || weekdayOf(date) === heading.weekday;
  });
}

/** Years named beside a conference name: "SC24" is 2024, "ISC 2025" and "PyCon 2025" are 2025. */
export function yearsInNames(names: readonly string[]): number[] {
  const years = new Set<number>();
  for (const name of names) {
    for (const match of name.matchAll(/\b([A-Z][A-Za-z]*)\s?'?(\d{2}|\d{4})\b/g)) {
      // "November 17" is a date, not a conference.
      const word = (match[1] ?? '').toLowerCase();
      if (monthOf(word) !== undefined || weekdayFromWord(word) !== undefined) continue;
      const digits = match[2] ?? '';
      const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
      if (year >= 1970 && year <= 2100) years.add(year);
    }
  }
  return [...years];
}

/**
 * The year of the day headings. Sources, in order: a year written in the headings, the post's date
 * (the event is in that year or the next), a conference name with a year. Whichever is used must agree
 * with every weekday the headings name ("Sunday, November 17" is 2024, not 2025).
 */
export function settleYear(clues: YearClues): YearResult {
  const check = (year: number, from: string): YearResult =>
    agreesWithHeadings(year, clues.headings)
      ? { ok: true, year, from }
      : {
          ok: false,
          reason: `the day headings' weekdays do not fall on those dates in ${year} (the year from ${from})`,
        };
  const written = clues.headings.find((heading) => heading.year !== undefined)?.year;
  if (written !== undefined) return check(written, 'the day headings');
  if (clues.postDate) {
    const { year } = clues.postDate;
    for (const candidate of [year, year + 1]) {
      if (agreesWithHeadings(candidate, clues.headings)) return { ok: true, year: candidate, from: 'the post date' };
    }
    return check(year, 'the post date');
  }
  const named = yearsInNames(clues.names);
  if (named.length > 1) {
    const agreeing = named.filter((year) => agreesWithHeadings(year, clues.headings));
    if (agreeing.length === 1 && agreeing[0] !== undefined)
      return { ok: true, year: agreeing[0], from: 'the conference name' };
    return { ok: false, reason: `the post names more than one year (${named.join(', ')})` };
  }
  if (named[0] !== undefined) return check(named[0], `the conference name`);
  return { ok: false, reason: 'the post has no date and names no year' };
}
