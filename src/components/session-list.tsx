/**
 * The list of sessions, by day, rendering only the rows near the screen: 10,000 cards mounted at once
 * were half a million elements, and every star re-laid them all out. The list scrolls with the page
 * (window-rows.ts measures each card's real height); every day heading stays mounted, so headings
 * navigation and the day tabs always find them; the focused card and its neighbours stay mounted (Tab
 * always finds the next card, and focus is not lost when the card is scrolled away); a jump to an
 * unmounted card scrolls it in first.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type MouseEvent } from 'react';
import type { DayGroup } from '../schedule/agenda';
import { formatDayHeading, formatShortDay } from '../schedule/time';
import type { Conference, IsoDate, Session, SessionId } from '../schedule/types';
import { useJumpHandler } from './jump';
import { SessionCard } from './session-card';
import { useWindowRows, type RowItem } from './window-rows';

type Row =
  | { readonly kind: 'day'; readonly key: string; readonly date: IsoDate }
  | { readonly kind: 'session'; readonly key: string; readonly session: Session };

interface SessionListProps {
  readonly days: readonly DayGroup[];
  readonly conference: Conference;
  readonly zone: string;
  readonly eventZone: string;
  readonly currentIds: ReadonlySet<SessionId>;
}

/**
 * A small schedule is mounted whole (about 25 elements a card: 80 rows stay under 2,000), so the
 * browser's find-in-page sees every card; past that only the rows near the screen are.
 */
const MOUNT_ALL_ROWS = 80;
const DAY_ESTIMATE = 64;
const CARD_ESTIMATE = 230;

/**
 * Measured heights outlive the list (All sessions → My agenda → Back remounts it): with them the page has
 * its real height at once, so the scroll position Back restores lands on the same card.
 */
const measured = new Map<string, Map<string, number>>();

export function dayHeadingId(date: IsoDate): string {
  return `day-${date}`;
}

export function SessionList({ days, conference, zone, eventZone, currentIds }: SessionListProps) {
  const rows = useMemo(
    () =>
      days.flatMap((day): Row[] => [
        { kind: 'day', key: dayHeadingId(day.date), date: day.date },
        ...day.sessions.map((session): Row => ({ kind: 'session', key: `session-${session.id}`, session })),
      ]),
    [days],
  );
  const indexByKey = useMemo(() => new Map(rows.map((row, index) => [row.key, index])), [rows]);
  const dayIndexes = useMemo(() => rows.flatMap((row, index) => (row.kind === 'day' ? [index] : [])), [rows]);

  const listRef = useRef<HTMLDivElement>(null);
  const tabsRef = useRef<HTMLElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [stickyHeight, setStickyHeight] = useState(0);
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  // Where the list starts in the page moves when what is above it changes (a notice, the filter panel).
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const update = () => {
      setScrollMargin(Math.round(list.getBoundingClientRect().top + window.scrollY));
      setStickyHeight(Math.ceil(tabsRef.current?.getBoundingClientRect().height ?? 0));
    };
    update();
    // (jsdom, in component tests, has no ResizeObserver: there the list is measured once.)
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => {
      observer.disconnect();
    };
  }, []);

  const cacheKey = `${conference.id}|${zone}`;
  const sizes = useMemo(() => {
    let known = measured.get(cacheKey);
    if (!known) {
      known = new Map();
      measured.set(cacheKey, known);
    }
    return known;
  }, [cacheKey]);
  const keyOf = useCallback((index: number) => rows[index]?.key ?? String(index), [rows]);
  const estimate = useCallback((index: number) => (rows[index]?.kind === 'day' ? DAY_ESTIMATE : CARD_ESTIMATE), [rows]);
  const alsoMounted = useMemo(
    (): readonly number[] =>
      rows.length <= MOUNT_ALL_ROWS
        ? Array.from({ length: rows.length }, (_, index) => index)
        : focusedIndex === null
          ? dayIndexes
          : // The focused row and its neighbours: Tab and Shift+Tab always find the next card, even
            // before the list has caught up with the scroll that focusing caused.
            [...dayIndexes, focusedIndex - 1, focusedIndex, focusedIndex + 1].filter((index) => index >= 0),
    [rows.length, dayIndexes, focusedIndex],
  );
  const virtualizer = useWindowRows({
    count: rows.length,
    keyOf,
    estimate,
    overscan: 4,
    listTop: scrollMargin,
    coveredTop: stickyHeight,
    alsoMounted,
    sizes,
  });

  // A jump to a row: scroll it in (mounting it), then focus it once it is there.
  const focusTarget = useRef<string | null>(null);
  const onJump = useCallback(
    (elementId: string) => {
      const index = indexByKey.get(elementId);
      if (index === undefined) return false;
      focusTarget.current = elementId;
      virtualizer.scrollToIndex(index);
      return true;
    },
    [indexByKey, virtualizer],
  );
  useJumpHandler(onJump);
  // After each render (the scroll re-renders the list): focus the row asked for, once it is mounted.
  useLayoutEffect(() => {
    if (focusTarget.current === null) return;
    const element = document.getElementById(focusTarget.current);
    if (!element) return;
    element.focus({ preventScroll: true });
    focusTarget.current = null;
  });
  // An address with #session-… (a bookmark, a link from elsewhere) goes to that card, once.
  const jumpedToHash = useRef(false);
  useLayoutEffect(() => {
    if (jumpedToHash.current) return;
    jumpedToHash.current = true;
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (hash !== '') onJump(hash);
  }, [onJump]);

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const row = event.target instanceof Element ? event.target.closest('[data-index]') : null;
    const index = row ? Number(row.getAttribute('data-index')) : null;
    if (index !== focusedIndex) setFocusedIndex(index);
  };

  const { items } = virtualizer;
  const firstShown = items.find((item) => scrollMargin + item.end > virtualizer.scrollTop + stickyHeight);
  const currentDay = currentDayOf(rows, firstShown?.index ?? 0);

  return (
    <>
      {days.length > 1 ? (
        <nav className="day-tabs" aria-label="Days" ref={tabsRef}>
          {days.map((day) => (
            <a
              key={day.date}
              href={`#${dayHeadingId(day.date)}`}
              aria-current={day.date === currentDay ? 'location' : undefined}
              onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                event.preventDefault();
                onJump(dayHeadingId(day.date));
              }}
            >
              {formatShortDay(day.date)}
            </a>
          ))}
        </nav>
      ) : null}
      <div
        ref={listRef}
        className="session-list"
        style={{ height: `${String(virtualizer.totalSize)}px` }}
        onFocus={onFocus}
      >
        {sectionsOf(rows, items).map(({ date, header, cards }) => (
          // Each day is a region named by its heading (always mounted), holding its mounted cards.
          <section
            key={date}
            aria-labelledby={dayHeadingId(date)}
            className="session-day"
            style={{ transform: `translateY(${String(header.start)}px)` }}
          >
            <div data-index={header.index} ref={virtualizer.measure} className="session-row">
              <h2 id={dayHeadingId(date)} tabIndex={-1}>
                {formatDayHeading(date)}
              </h2>
            </div>
            {cards.map(({ item, session }) => (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measure}
                className="session-row"
                style={{ transform: `translateY(${String(item.start - header.start)}px)` }}
              >
                <SessionCard
                  conference={conference}
                  session={session}
                  zone={zone}
                  eventZone={eventZone}
                  isCurrent={currentIds.has(session.id)}
                />
              </div>
            ))}
          </section>
        ))}
      </div>
    </>
  );
}

function currentDayOf(rows: readonly Row[], index: number): IsoDate | undefined {
  for (let i = Math.min(index, rows.length - 1); i >= 0; i--) {
    const row = rows[i];
    if (row?.kind === 'day') return row.date;
  }
  return undefined;
}

interface DaySection {
  readonly date: IsoDate;
  readonly header: RowItem;
  readonly cards: readonly { readonly item: RowItem; readonly session: Session }[];
}

/** The mounted rows by day: every day's heading (always mounted) with the cards of it that are. */
function sectionsOf(rows: readonly Row[], items: readonly RowItem[]): DaySection[] {
  const sections: { date: IsoDate; header: RowItem; cards: { item: RowItem; session: Session }[] }[] = [];
  for (const item of items) {
    const row = rows[item.index];
    if (row?.kind === 'day') sections.push({ date: row.date, header: item, cards: [] });
    else if (row?.kind === 'session') sections.at(-1)?.cards.push({ item, session: row.session });
  }
  return sections;
}
