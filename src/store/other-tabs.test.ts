// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest';
import { createItineraryStores, loadMerge, storageName } from './itinerary-store';

const NAME = storageName('parsl-sc24');
const stops: (() => void)[] = [];

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  window.localStorage.clear();
});

/** A tab: its own stores over the shared localStorage, following the others. */
function tab(now: () => number = Date.now) {
  const stores = createItineraryStores('parsl-sc24', () => window.localStorage, now);
  stops.push(stores.followOtherTabs());
  return stores;
}

/** What the browser does after a write in another tab: tell every other tab (which merge once their code is in). */
async function otherTabWrote() {
  window.dispatchEvent(new StorageEvent('storage', { key: NAME, newValue: window.localStorage.getItem(NAME) }));
  await loadMerge();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

test('two tabs star different sessions before either hears of the other: both stars survive, in both tabs and in storage', async () => {
  const a = tab();
  const b = tab();
  a.actions.toggleStar('bof181');
  b.actions.toggleStar('pan108'); // written over a's value: b had not heard of bof181 yet
  await otherTabWrote();
  await otherTabWrote();
  expect([...a.state.getState().starredIds].sort()).toEqual(['bof181', 'pan108']);
  expect([...b.state.getState().starredIds].sort()).toEqual(['bof181', 'pan108']);
  const stored: unknown = JSON.parse(window.localStorage.getItem(NAME) ?? 'null');
  expect(stored).toMatchObject({ state: { starredIds: expect.arrayContaining(['bof181', 'pan108']) } });
});

test('an unstar in one tab removes the star in the other; the other tab’s own stars stay', async () => {
  const a = tab();
  const b = tab();
  a.actions.toggleStar('bof181');
  await otherTabWrote();
  b.actions.toggleStar('pan108');
  await otherTabWrote();
  a.actions.toggleStar('bof181');
  await otherTabWrote();
  expect(b.state.getState().starredIds).toEqual(['pan108']);
  expect(a.state.getState().starredIds).toEqual(['pan108']);
});

test('a tab that stopped following (unmounted) no longer changes', async () => {
  const a = createItineraryStores('parsl-sc24', () => window.localStorage);
  const stop = a.followOtherTabs();
  stop();
  const b = tab();
  b.actions.toggleStar('bof181');
  await otherTabWrote();
  expect(a.state.getState().starredIds).toEqual([]);
});

test('a damaged value written by someone else is backed up before this tab writes over it', async () => {
  const a = tab();
  a.actions.toggleStar('bof181');
  window.localStorage.setItem(NAME, '{"state":{"starredIds":["pan108"');
  await otherTabWrote();
  const backups = Object.keys(window.localStorage).filter((key) => key.startsWith(`${NAME}:backup:`));
  expect(backups.map((key) => window.localStorage.getItem(key))).toEqual(['{"state":{"starredIds":["pan108"']);
  expect([...a.state.getState().starredIds].sort()).toEqual(['bof181', 'pan108']);
  expect(a.status.getState().recovery?.reason).toBe('unreadable');
});
