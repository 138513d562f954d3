/**
 * The list of sessions, by day, rendering only the rows near the screen: 10,000 cards mounted at once
 * were half a million elements, and every star re-laid them all out. The list scrolls with the page
 * (window-rows.ts measures each card's real height); every day heading stays mounted, so headings
 * navigation and the day tabs always find them; the focused card and its neighbours stay mounted (Tab
 * always finds the next card, and focus is not lost when the card is scrolled away); a jump to an
 * unmounted card scrolls it in first.
 */
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import type { DayGroup } from '../../schedule/agenda';
import { formatDayHeading, formatShortDay } from '../../schedule/time-format';
import type { Conference, IsoDate, Session, SessionId } from '../../schedule/types';
import { useJumpHandler } from '../../navigation/jump';
import { SessionCard } from '../../session/session-card';
import { useWindowRows, type RowItem } from './window-rows';
import { dayHeadingId, rowKey, rowsOf, type Rows } from './session-rows';
import { useClock } from '../../session/display';

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

/**
 * Where the list starts in the page, and the height of the sticky day tabs over it: both move when what
 * is above the list changes (a notice, the filter panel).
 */
function useListPlacement(
  listRef: RefObject<HTMLDivElement | null>,
  tabsRef: RefObject<HTMLElement | null>,
): { readonly scrollMargin: number; readonly stickyHeight: number } {
  const [scrollMargin, setScrollMargin] = useState(0);
  const [stickyHeight, setStickyHeight] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const update = () => {
      setScrollMargin(Math.round(list.getBoundingClientRect().top + window.scrollY));
      setStickyHeight(Math.ceil(tabsRef.current?.getBoundingClientRect().height ?? 0));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => {
      observer.disconnect();
    };
  }, [listRef, tabsRef]);
  return { scrollMargin, stickyHeight };
}

/**
 * A jump to a row (Next, a #session-… link, a day tab): scroll it in (mounting it), then focus it once it
 * is there. An address with #session-… (a bookmark, a link from elsewhere) goes to that card, once.
 */
function useJumpToRow(rows: Rows, scrollToIndex: (index: number) => void): (elementId: string) => boolean {
  const focusTarget = useRef<string | null>(null);
  const onJump = useCallback(
    (elementId: string) => {
      // A jump is rare: the row is looked for then, rather than every row's key kept in a map.
      const index = rows.indexOf(elementId);
      if (index < 0) return false;
      focusTarget.current = elementId;
      scrollToIndex(index);
      return true;
    },
    [rows, scrollToIndex],
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
  const jumpedToHash = useRef(false);
  useLayoutEffect(() => {
    if (jumpedToHash.current) return;
    jumpedToHash.current = true;
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (hash !== '') onJump(hash);
  }, [onJump]);
  return onJump;
}

/** Sticky day tabs: a tap goes to that day; the day at the top of the screen is marked. */
function DayTabs({
  days,
  currentDay,
  onJump,
  tabsRef,
}: {
  days: SessionListProps['days'];
  currentDay: IsoDate | undefined;
  onJump: (elementId: string) => boolean;
  tabsRef: RefObject<HTMLElement | null>;
}) {
  const clock = useClock();
  return (
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
          {formatShortDay(day.date, clock)}
        </a>
      ))}
    </nav>
  );
}

export function SessionList({ days, conference, zone, eventZone, currentIds }: SessionListProps) {
  const clock = useClock();
  const rows = useMemo(() => rowsOf(days), [days]);
  const { dayIndexes } = rows;

  const listRef = useRef<HTMLDivElement>(null);
  const tabsRef = useRef<HTMLElement>(null);
  const { scrollMargin, stickyHeight } = useListPlacement(listRef, tabsRef);
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);

  const cacheKey = `${conference.id}|${zone}`;
  const sizes = useMemo(() => {
    let known = measured.get(cacheKey);
    if (!known) {
      known = new Map();
      measured.set(cacheKey, known);
    }
    return known;
  }, [cacheKey]);
  const keyOf = useCallback(
    (index: number) => {
      const row = rows.at(index);
      return row ? rowKey(row) : String(index);
    },
    [rows],
  );
  const estimate = useCallback((index: number) => (rows.isDay(index) ? DAY_ESTIMATE : CARD_ESTIMATE), [rows]);
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

  const onJump = useJumpToRow(rows, virtualizer.scrollToIndex);

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const row = event.target instanceof Element ? event.target.closest('[data-index]') : null;
    const index = row ? Number(row.getAttribute('data-index')) : null;
    if (index !== focusedIndex) setFocusedIndex(index);
  };

  const { items } = virtualizer;
  const firstShown = items.find((item) => scrollMargin + item.end > virtualizer.scrollTop + stickyHeight);
  const currentDay = rows.dayAt(firstShown?.index ?? 0);

  return (
    <>
      {days.length > 1 ? <DayTabs days={days} currentDay={currentDay} onJump={onJump} tabsRef={tabsRef} /> : null}
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
                {formatDayHeading(date, clock)}
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

interface DaySection {
  readonly date: IsoDate;
  readonly header: RowItem;
  readonly cards: readonly { readonly item: RowItem; readonly session: Session }[];
}

/** The mounted rows by day: every day's heading (always mounted) with the cards of it that are. */
function sectionsOf(rows: Rows, items: readonly RowItem[]): DaySection[] {
  const sections: { date: IsoDate; header: RowItem; cards: { item: RowItem; session: Session }[] }[] = [];
  for (const item of items) {
    const row = rows.at(item.index);
    if (row?.kind === 'day') sections.push({ date: row.date, header: item, cards: [] });
    else if (row?.kind === 'session') sections.at(-1)?.cards.push({ item, session: row.session });
  }
  return sections;
}
