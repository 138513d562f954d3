// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
// eslint-disable-next-line testing-library/no-manual-cleanup -- see afterEach: no globals, so no automatic cleanup
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AttendeePage } from './attendee-page';
import type { SessionCardProps } from '../session/session-card';
import {
  createItineraryStores,
  ItineraryStoreProvider,
  ItineraryStoresProvider,
  storageName,
} from '../store/itinerary-store';
import type { KeyValueStorage } from '../store/safe-storage';
import { validateSchedule } from '../schedule/validate';
import generated from '../data/parsl-sc24.json';

// Render counting stays out of the production code: the parts that should re-render alone (a card, the two
// star counters) are wrapped in React Profilers here, in the test, by replacing their modules.
const renders = vi.hoisted(() => {
  const box: { listener: ((id: string) => void) | null } = { listener: null };
  return box;
});
const report = (id: string) => renders.listener?.(id);

vi.mock('../session/session-card', async (importOriginal) => {
  const real = await importOriginal<typeof import('../session/session-card')>();
  const { Profiler, createElement, memo } = await import('react');
  const SessionCard = memo(function ProfiledCard(props: SessionCardProps) {
    return createElement(
      Profiler,
      { id: `card:${props.session.id}`, onRender: report },
      createElement(real.SessionCard, props),
    );
  });
  return { ...real, SessionCard };
});

vi.mock('../features/browse/star-counts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../features/browse/star-counts')>();
  const { Profiler, createElement } = await import('react');
  return {
    ...real,
    AgendaCount: () =>
      createElement(Profiler, { id: 'agenda-count', onRender: report }, createElement(real.AgendaCount)),
    StarFilters: (props: Parameters<typeof real.StarFilters>[0]) =>
      createElement(Profiler, { id: 'star-filters', onRender: report }, createElement(real.StarFilters, props)),
  };
});

const loaded = validateSchedule(generated);
if (!loaded.ok) throw new Error(loaded.errors.join('; '));
const schedule = loaded.schedule;
const KEY = storageName('parsl-sc24');
const BOF181 = 'Making Sense of the Chaos: Best Practices for HPC Software Sustainability Strategies and Metrics';
const BOF206 =
  'Workflows Community: Collaborative Pathways for Designing an Integrated Infrastructure for Research Excellence';

function renderApp({
  viewerZone = 'America/New_York',
  storage,
}: { viewerZone?: string; storage?: KeyValueStorage } = {}) {
  const stores = createItineraryStores('parsl-sc24', storage ? () => storage : undefined);
  const view = render(
    <ItineraryStoresProvider stores={stores}>
      <AttendeePage schedule={schedule} viewerZone={viewerZone} />
    </ItineraryStoresProvider>,
  );
  return { ...view, stores };
}

const articles = () => screen.queryAllByRole('article').map((article) => article.getAttribute('id'));

beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  // Vitest runs without globals, so Testing Library cannot register its own cleanup.
  cleanup();
  vi.useRealTimers();
});

describe('the page', () => {
  test('a header with title, dates, place, introduction, program link and the zone in use', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Parsl at SC24' })).toBeInTheDocument();
    expect(screen.getByText('November 17–22, 2024 · Atlanta, GA')).toBeInTheDocument();
    expect(screen.getByText(/will be held November 17–22 in Atlanta, GA/)).toBeInTheDocument();
    const program = screen.getByRole('link', { name: 'Full conference program' });
    expect(program).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('group', { name: 'Time zone' })).toHaveTextContent(/Event time \(EST, New York\)/);
  });

  test('cards by day with time and label, duration, type, linked room, people, details, and a description in two lines until Show more', async () => {
    const user = userEvent.setup();
    renderApp();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Monday, November 18',
      'Tuesday, November 19',
      'Thursday, November 21',
      'Friday, November 22',
    ]);
    const card = screen.getByRole('article', { name: 'Seesaw: Elastic Scaling for Task-Based Distributed Programs' });
    expect(card).toHaveTextContent(/12:00 – 5:00 PM EST/);
    expect(card).toHaveTextContent(/5 h/);
    expect(card).toHaveTextContent(/Matthew Chung, UC Riverside/);
    expect(within(card).getByRole('link', { name: 'B302-B305' })).toHaveAttribute('rel', 'noopener noreferrer');
    const cwl = screen.getByRole('article', { name: /^Parsl\+CWL/ });
    // Collapsed, the description is one block clamped to two lines by CSS (a screen reader reads it whole).
    const more = within(cwl).getByRole('button', { name: 'Show more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    // The clamp is a CSS class no role shows: the paragraph is looked at directly.
    /* eslint-disable testing-library/no-node-access */
    const collapsed = document.getElementById(more.getAttribute('aria-controls') ?? '');
    expect(collapsed?.querySelectorAll('p.clamped')).toHaveLength(1);
    await user.click(more);
    expect(collapsed?.querySelector('p.clamped')).toBeNull();
    /* eslint-enable testing-library/no-node-access */
    expect(cwl).toHaveTextContent(/other CWL runners\./);
    expect(within(cwl).getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(cwl).getByRole('link', { name: /Details/ })).toHaveAttribute(
      'href',
      expect.stringContaining('id=ws_worksp114'),
    );
  });
});

describe('filters', () => {
  test('search finds text in any case and without accents, and writes the URL', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(screen.getByRole('searchbox', { name: 'Search sessions' }), 'RESEARCH’S');
    expect(articles()).toEqual(['session-bof206']);
    expect(new URLSearchParams(window.location.search).get('q')).toBe('RESEARCH’S');
  });

  test('day, type and room groups show counts, combine, and Back undoes a filter', async () => {
    const user = userEvent.setup();
    renderApp();
    const type = screen.getByRole('group', { name: 'Type' });
    expect(within(type).getByRole('checkbox', { name: 'BOF (3)' })).toBeInTheDocument();
    await user.click(within(type).getByRole('checkbox', { name: /BOF/ }));
    expect(articles()).toEqual(['session-bof181', 'session-bof206', 'session-bof218']);
    const day = screen.getByRole('group', { name: 'Day' });
    expect(within(day).getByRole('checkbox', { name: 'Tuesday, November 19 (2)' })).toBeInTheDocument();
    await user.click(within(day).getByRole('checkbox', { name: /Tuesday/ }));
    expect(articles()).toEqual(['session-bof181', 'session-bof206']);
    expect(window.location.search).toBe('?day=2024-11-19&type=BOF');
    const room = screen.getByRole('group', { name: 'Room' });
    expect(within(room).getByRole('checkbox', { name: 'B212 (1)' })).toBeInTheDocument();
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => {
        window.addEventListener('popstate', resolve, { once: true });
      });
    });
    expect(articles()).toEqual(['session-bof181', 'session-bof206', 'session-bof218']);
  });

  test('a filtered URL opens filtered; unknown values are named and ignored', () => {
    window.history.replaceState(null, '', '/?type=Keynote&room=B311');
    renderApp();
    expect(articles()).toEqual([
      'session-bof218',
      'session-2024-11-22-establishing-a-high-performance-and-productive-ecosystem-for',
    ]);
    expect(
      screen.getByText(/This link asked for type=Keynote, which this schedule does not have; it was ignored/),
    ).toBeInTheDocument();
  });

  test('no match says so and offers to clear', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?q=quantum+basket+weaving');
    renderApp();
    expect(articles()).toEqual([]);
    expect(screen.getByText('No session matches these filters.')).toBeInTheDocument();
    const [, clearInList] = screen.getAllByRole('button', { name: 'Clear filters' });
    if (!clearInList) throw new Error('no clear button in the list');
    await user.click(clearInList);
    expect(articles()).toHaveLength(7);
    expect(window.location.search).toBe('');
  });

  test('"starred only" shows the starred sessions, with its count', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: `Star ${BOF181}` }));
    await user.click(screen.getByRole('checkbox', { name: 'Starred only (1)' }));
    expect(articles()).toEqual(['session-bof181']);
  });
});

describe('stars', () => {
  test('a star is a pressed button named after its session, saved per conference', async () => {
    const user = userEvent.setup();
    renderApp();
    const star = screen.getByRole('button', { name: `Star ${BOF181}` });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await user.click(star);
    expect(star).toHaveAttribute('aria-pressed', 'true');
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? '')).toEqual({
      state: {
        starredIds: ['bof181'],
        changedAt: { bof181: expect.any(Number) },
        maybeIds: [],
        // A star is also the end of any maybe another tab might have marked on it earlier.
        maybeChangedAt: { bof181: expect.any(Number) },
        zoneMode: 'event',
        zoneModeAt: 0,
        exports: {},
        lastQuery: '',
        update: { at: 0, changes: [], vanished: [] },
      },
      version: 2,
    });
  });

  test('keyboard alone stars a session', async () => {
    const user = userEvent.setup();
    renderApp();
    const star = screen.getByRole('button', { name: /^Star Parsl\+CWL/ });
    star.focus();
    await user.keyboard('{Enter}');
    expect(star).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard(' ');
    expect(star).toHaveAttribute('aria-pressed', 'false');
  });

  test('a star toggle re-renders only the toggled card and the two counters (React Profiler)', async () => {
    const user = userEvent.setup();
    renderApp();
    const rendered = new Set<string>();
    renders.listener = (id) => rendered.add(id);
    await user.click(screen.getByRole('button', { name: `Star ${BOF181}` }));
    renders.listener = null;
    expect([...rendered].sort()).toEqual(['agenda-count', 'card:bof181', 'star-filters']);
    expect(rendered.size).toBeLessThanOrEqual(3);
  });

  test('another tab’s change arrives through the storage event', async () => {
    renderApp();
    const value = JSON.stringify({ state: { starredIds: ['pan108'], zoneMode: 'event' }, version: 1 });
    act(() => {
      window.localStorage.setItem(KEY, value);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: value }));
    });
    await waitFor(() => {
      expect(screen.getByRole('button', { name: /^Star Serverless HPC/ })).toHaveAttribute('aria-pressed', 'true');
    });
  });

  test('the app’s own provider follows other tabs under StrictMode, and a new conference id gets that conference’s stars', async () => {
    const starredIn = (conference: string, id: string) => {
      window.localStorage.setItem(storageName(conference), JSON.stringify({ state: { starredIds: [id] }, version: 1 }));
    };
    starredIn('provider-probe-a', 'bof181');
    starredIn('provider-probe-b', 'pan108');
    const pressed = (name: RegExp) => screen.getByRole('button', { name }).getAttribute('aria-pressed');
    const view = render(
      <ItineraryStoreProvider conferenceId="provider-probe-a">
        <AttendeePage schedule={schedule} viewerZone="America/New_York" />
      </ItineraryStoreProvider>,
    );
    expect(pressed(/^Star Making Sense/)).toBe('true');
    // Under StrictMode effects run, are cleaned up and run again: the listener must survive that.
    const value = JSON.stringify({ state: { starredIds: ['bof181', 'bof218'] }, version: 1 });
    act(() => {
      window.localStorage.setItem(storageName('provider-probe-a'), value);
      window.dispatchEvent(new StorageEvent('storage', { key: storageName('provider-probe-a'), newValue: value }));
    });
    await waitFor(() => {
      expect(pressed(/^Star IRI/)).toBe('true');
    });
    view.rerender(
      <ItineraryStoreProvider conferenceId="provider-probe-b">
        <AttendeePage schedule={schedule} viewerZone="America/New_York" />
      </ItineraryStoreProvider>,
    );
    expect(pressed(/^Star Making Sense/)).toBe('false');
    expect(pressed(/^Star Serverless HPC/)).toBe('true');
  });

  test('corrupted storage: the page loads, keeps readable stars, backs up the value, says so once', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(KEY, '{"state":{"starredIds":["bof181","pan108"');
    renderApp();
    expect(screen.getByRole('button', { name: `Star ${BOF181}` })).toHaveAttribute('aria-pressed', 'true');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Your saved agenda was damaged\. 2 starred sessions were kept/);
    const backups = Object.keys(window.localStorage).filter((key) => key.startsWith(`${KEY}:backup:`));
    expect(backups).toHaveLength(1);
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('storage that throws: the star still toggles and the page says it is not saved', async () => {
    const user = userEvent.setup();
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    renderApp({ storage: throwing });
    const star = screen.getByRole('button', { name: `Star ${BOF181}` });
    await user.click(star);
    expect(star).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByRole('alert')).toHaveTextContent(/not saved in this browser/);
  });
});

describe('my agenda', () => {
  test('empty: says how to star', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('link', { name: /My agenda/ }));
    // My agenda's code loads when it is first opened.
    expect(await screen.findByText('Your agenda is empty.')).toBeInTheDocument();
    expect(window.location.search).toBe('?view=agenda');
  });

  test('starred sessions by day, the Tuesday BoFs flagged on both, the poster a window, unknown ids kept', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(
      KEY,
      JSON.stringify({
        state: {
          starredIds: [
            'bof181',
            'bof206',
            'removed-talk',
            '2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs',
            'bof218',
          ],
          zoneMode: 'event',
        },
        version: 1,
      }),
    );
    renderApp();
    await user.click(screen.getByRole('link', { name: /My agenda/ }));
    await screen.findByRole('article', { name: BOF181 });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Tuesday, November 19',
      'Thursday, November 21',
    ]);
    expect(screen.getByRole('article', { name: BOF181 })).toHaveTextContent(new RegExp(`Overlaps with ${BOF206}`));
    expect(screen.getByRole('article', { name: BOF206 })).toHaveTextContent(new RegExp(`Overlaps with ${BOF181}`));
    const poster = screen.getByRole('article', { name: /^Seesaw/ });
    expect(poster).toHaveTextContent(/Drop-in window/);
    expect(poster).not.toHaveTextContent(/Overlaps/);
    expect(screen.getByText(/1 starred session is not in this version of the schedule/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /My agenda/ })).toHaveTextContent(/5/);
  });

  test('a Maybe toggle on each session of an overlap resolves the warning, and is kept', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(
      KEY,
      JSON.stringify({ state: { starredIds: ['bof181', 'bof206', 'pan108'], zoneMode: 'event' }, version: 1 }),
    );
    const { stores } = renderApp();
    await user.click(screen.getByRole('link', { name: /My agenda/ }));
    const first = await screen.findByRole('article', { name: BOF181 });
    const second = screen.getByRole('article', { name: BOF206 });
    // Only the sessions in an overlap have the toggle; Thursday's panel has none.
    expect(
      within(screen.getByRole('article', { name: /^Serverless HPC/ })).queryByRole('button', { name: 'Maybe' }),
    ).not.toBeInTheDocument();
    const maybe = within(second).getByRole('button', { name: 'Maybe' });
    expect(maybe).toHaveAttribute('aria-pressed', 'false');
    expect(
      within(first)
        .getAllByRole('note')
        .map((note) => note.textContent),
    ).toEqual([`⚠ Overlaps with ${BOF206}`]);
    await user.click(maybe);
    expect(maybe).toHaveAttribute('aria-pressed', 'true');
    // At most one of the two is chosen now: neither warns.
    expect(within(first).queryByRole('note')).not.toBeInTheDocument();
    expect(within(second).queryByRole('note')).not.toBeInTheDocument();
    expect(second).toHaveTextContent(new RegExp(`Maybe, instead of ${BOF181}`));
    expect(second).toHaveClass('maybe');
    expect(stores.state.getState()).toMatchObject({ starredIds: ['bof181', 'bof206', 'pan108'], maybeIds: ['bof206'] });
    // Both as maybes: no warning either; the first chosen again brings none back while the second stays a maybe.
    await user.click(within(first).getByRole('button', { name: 'Maybe' }));
    expect(screen.queryAllByRole('note')).toEqual([]);
    await user.click(within(second).getByRole('button', { name: 'Maybe' }));
    await user.click(within(first).getByRole('button', { name: 'Maybe' }));
    expect(within(first).getAllByRole('note')).toHaveLength(1);
    expect(within(second).getAllByRole('note')).toHaveLength(1);
  });

  test('the free time between sessions is shown', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(
      KEY,
      JSON.stringify({ state: { starredIds: ['pan108', 'bof218'], zoneMode: 'event' }, version: 1 }),
    );
    renderApp();
    await user.click(screen.getByRole('link', { name: /My agenda/ }));
    expect(await screen.findByText('Free: 12:00 – 12:15 PM EST (15 min)')).toBeInTheDocument();
  });
});

describe('time zones', () => {
  test('switching to the viewer’s zone relabels times and marks the date change; the choice persists', async () => {
    const user = userEvent.setup();
    const view = renderApp({ viewerZone: 'Europe/Berlin' });
    await user.click(screen.getByRole('radio', { name: 'My time (CET, Berlin)' }));
    const bof = screen.getByRole('article', { name: BOF181 });
    expect(bof).toHaveTextContent(/11:15 PM – 12:45 AM CET/);
    const panel = screen.getByRole('article', { name: /^Serverless HPC/ });
    expect(panel).toHaveTextContent(/4:30 – 6:00 PM CET/);
    expect(panel).not.toHaveTextContent(/\+1 day/);
    view.unmount();
    renderApp({ viewerZone: 'Europe/Berlin' });
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'My time (CET, Berlin)' })).toBeChecked();
  });

  test('in a zone far to the east, each card also gives the event’s own time with its date, so no time reads as another day', async () => {
    const user = userEvent.setup();
    renderApp({ viewerZone: 'Asia/Tokyo' });
    await user.click(screen.getByRole('radio', { name: /My time/ }));
    const bof = screen.getByRole('article', { name: BOF181 });
    expect(bof).toHaveTextContent('7:15 – 8:45 AM JST');
    expect(bof).toHaveTextContent('Event time: Tue, Nov 19, 5:15 – 6:45 PM EST');
    expect(bof).not.toHaveTextContent('+1 day');
    // Under "Friday, November 22": Thursday's panel in Atlanta says it is Thursday there.
    const friday = screen.getByRole('region', { name: 'Friday, November 22' });
    const panel = within(friday).getByRole('article', { name: /^Serverless HPC/ });
    expect(panel).toHaveTextContent('12:30 – 2:00 AM JST');
    expect(panel).toHaveTextContent('Event time: Thu, Nov 21, 10:30 AM – 12:00 PM EST');
  });

  test('after the switch, the introduction is marked as the organizers’ text in event time', async () => {
    const user = userEvent.setup();
    renderApp({ viewerZone: 'Asia/Tokyo' });
    expect(screen.queryByText(/The introduction above is the organizers’ text/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /My time/ }));
    expect(screen.getByText(/The introduction above is the organizers’ text/)).toHaveTextContent(
      'any time in it is event time (EST). Times on this page are now in your time zone (JST).',
    );
    await user.click(screen.getByRole('radio', { name: /Event time/ }));
    expect(screen.queryByText(/The introduction above is the organizers’ text/)).not.toBeInTheDocument();
  });

  test('My agenda in Tokyo offers no “free time” across the night in Atlanta', async () => {
    const user = userEvent.setup();
    renderApp({ viewerZone: 'Asia/Tokyo' });
    await user.click(screen.getByRole('radio', { name: /My time/ }));
    for (const name of [/^Star Serverless HPC/, /^Star IRI/, /^Star Establishing/]) {
      await user.click(screen.getByRole('button', { name }));
    }
    await user.click(screen.getByRole('link', { name: /My agenda/ }));
    const gaps = screen.getAllByText(/^Free:/).map((gap) => gap.textContent);
    expect(gaps).toEqual(['Free: 2:00 – 2:15 AM JST (15 min)']);
  });

  test('a zone with the same offset throughout says so instead of switching to nothing', () => {
    renderApp({ viewerZone: 'America/Toronto' });
    const group = screen.getByRole('group', { name: 'Time zone' });
    expect(group).toHaveTextContent(/shows the same times as the event’s for the whole conference/);
    expect(within(group).getAllByRole('radio')).toHaveLength(1);
  });
});

// The Now/Next line is one status among others, and Next's time and room are the text beside its link:
// both are read where they stand in the page.
/* eslint-disable testing-library/no-node-access */
describe('now and next', () => {
  test('during the conference the current sessions are marked and Next jumps to the upcoming one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-11-19T22:30:00Z'));
    renderApp();
    const status = (await screen.findByText(/^Now:/)).closest('[role="status"]');
    expect(status?.textContent).toContain(`${BOF181} (B210)`);
    const next = screen.getByRole('link', { name: /^Next: Serverless HPC/ });
    expect(next).toHaveAttribute('href', '/#session-pan108');
    // Thursday's panel, seen on Tuesday evening: its time names its day; then its room.
    expect(next.parentElement).toHaveTextContent(/, Thu 10:30 AM EST, B313B-B314$/);
    expect(screen.getByRole('article', { name: BOF181 })).toHaveTextContent(/Now/);
  });

  test('a next session later the same day needs no day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-11-21T17:05:00Z'));
    renderApp();
    expect((await screen.findByRole('link', { name: /^Next: IRI/ })).parentElement).toHaveTextContent(
      /, 12:15 PM EST, B311$/,
    );
  });

  test('starred sessions come first: now, and the attendee’s own next before the schedule’s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-11-19T22:30:00Z'));
    window.localStorage.setItem(KEY, JSON.stringify({ state: { starredIds: ['bof206'] }, version: 0 }));
    renderApp();
    const status = (await screen.findByText(/^Now:/)).closest('[role="status"]');
    expect(status?.textContent).toMatch(/^Now: ★ Workflows Community/);
  });

  test('the attendee’s own next session is named before the schedule’s next one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-11-17T05:00:00Z'));
    window.localStorage.setItem(KEY, JSON.stringify({ state: { starredIds: ['pan108'] }, version: 0 }));
    renderApp();
    const mine = await screen.findByRole('link', { name: /^Your next: Serverless HPC.*Computing, starred$/ });
    expect(mine.parentElement).toHaveTextContent(/, Thu 10:30 AM EST, B313B-B314$/);
    const links = screen.getAllByRole('link', { name: /^(Your next|Next):/ });
    expect(links.map((link) => link.textContent.split(':')[0])).toEqual(['Your next', 'Next']);
  });

  test('when the filters hide the next card, its link clears them and says so', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-11-19T22:30:00Z'));
    window.history.replaceState(null, '', '/?type=Workshop');
    renderApp();
    const next = await screen.findByRole('link', { name: /^Next: Serverless HPC/ });
    expect(next).toHaveAttribute('href', '/#session-pan108');
    expect(next.parentElement?.textContent).toContain('hidden by your filters: this link clears them');
  });

  test('after the conference a quiet note says it is over and every session is still there', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T12:00:00Z'));
    renderApp();
    expect(screen.getByText(/Parsl at SC24 is over/)).toBeInTheDocument();
    expect(articles()).toHaveLength(7);
  });
});
/* eslint-enable testing-library/no-node-access */

test('typing a search with spaces keeps the spaces', async () => {
  const user = userEvent.setup();
  renderApp();
  const box = screen.getByRole('searchbox', { name: 'Search sessions' });
  await user.type(box, 'collaborative pathways');
  expect(box instanceof HTMLInputElement && box.value).toBe('collaborative pathways');
  expect(articles()).toEqual(['session-bof206']);
});

describe('a shared agenda', () => {
  test('ids the schedule does not know are ignored with a note; adding merges with my stars', async () => {
    const user = userEvent.setup();
    const { encodeShare } = await import('../schedule/share');
    window.localStorage.setItem(
      KEY,
      JSON.stringify({ state: { starredIds: ['pan108'], zoneMode: 'event' }, version: 1 }),
    );
    window.history.replaceState(
      null,
      '',
      `/?share=${encodeShare('parsl-sc24', ['bof181', 'withdrawn-talk', 'pan108'])}`,
    );
    renderApp();
    // A shared agenda's code loads when a share link is opened.
    expect(await screen.findByRole('heading', { level: 2, name: 'Shared agenda: 2 sessions' })).toBeInTheDocument();
    expect(
      screen.getByText(/1 shared session is not in this version of the schedule and was ignored/),
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: /^Star / })).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Add these 2 sessions to my agenda' }));
    expect(screen.getByText(/Added 1 session to your agenda \(1 already there\)/)).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? '{}')).toMatchObject({
      state: { starredIds: ['pan108', 'bof181'] },
    });
  });

  test('a link for another conference changes nothing; one this browser lacks is named in quotes, with the way in', async () => {
    const { encodeShare } = await import('../schedule/share');
    // A crafted conference id is only ever quoted, as the link's words, beside what to do.
    window.history.replaceState(null, '', `/?share=${encodeShare('all-your-stars-were-removed', ['talk1'])}`);
    const view = renderApp();
    // The whole message, exactly: toHaveTextContent would accept it inside a longer one.
    // eslint-disable-next-line jest-dom/prefer-to-have-text-content
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This share link is for “all-your-stars-were-removed”, a conference this browser does not have. Open its schedule with “Open a schedule”, and the shared agenda will show. Nothing was changed.',
    );
    view.unmount();
    window.history.replaceState(null, '', `/?share=${encodeShare('isc-2025', ['talk1'])}`);
    const stores = createItineraryStores('parsl-sc24');
    render(
      <ItineraryStoresProvider stores={stores}>
        <AttendeePage
          schedule={schedule}
          viewerZone="America/New_York"
          conferenceTitles={new Map([['isc-2025', 'ISC 2025']])}
        />
      </ItineraryStoresProvider>,
    );
    // The whole message, exactly, as above.
    // eslint-disable-next-line jest-dom/prefer-to-have-text-content
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This share link is for another conference: ISC 2025. Nothing was changed.',
    );
    expect(window.localStorage.getItem(KEY)).toBeNull();
  });

  test('one shared session is offered as “Add this session to my agenda”', async () => {
    const user = userEvent.setup();
    const { encodeShare } = await import('../schedule/share');
    window.history.replaceState(null, '', `/?share=${encodeShare('parsl-sc24', ['pan108'])}`);
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Add this session to my agenda' }));
    expect(screen.getByText(/^Added 1 session to your agenda\./)).toBeInTheDocument();
  });
});
