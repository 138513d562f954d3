import { expect, test } from 'vitest';
import { findZoneMentions, lookUpWrittenZone } from './zone-names';
import { isValidTimeZone } from '../../schedule/time';

test.each([
  ['Eastern Standard Time', 'America/New_York'],
  ['Eastern', 'America/New_York'],
  ['ET', 'America/New_York'],
  ['PT', 'America/Los_Angeles'],
  ['Central European Summer Time', 'Europe/Berlin'],
  ['CEST', 'Europe/Berlin'],
  ['BST', 'Europe/London'],
  ['IST', 'Asia/Kolkata'],
  ['JST', 'Asia/Tokyo'],
  ['AEST', 'Australia/Sydney'],
  ['NZDT', 'Pacific/Auckland'],
  ['China Standard Time', 'Asia/Shanghai'],
  ['UTC', 'UTC'],
])('%s is %s', (written, zone) => {
  expect(lookUpWrittenZone(written)?.zone).toBe(zone);
});

test('unknown names are not guessed', () => {
  expect(lookUpWrittenZone('Martian Time')).toBeUndefined();
  expect(lookUpWrittenZone('XYZ')).toBeUndefined();
});

test('every zone in the table exists in the zone database', () => {
  for (const name of ['EST', 'CET', 'IST', 'AWST', 'NST', 'HST', 'MSK', 'WIB', 'SGT', 'ACDT']) {
    const found = lookUpWrittenZone(name);
    expect(found && isValidTimeZone(found.zone)).toBe(true);
  }
});

test('mentions are found in prose: longest name first, abbreviations only in capitals', () => {
  expect(findZoneMentions('(all times shown in Eastern Standard Time)').map((m) => [m.text, m.found.zone])).toEqual([
    ['Eastern Standard Time', 'America/New_York'],
  ]);
  expect(findZoneMentions('Sessions start at 9 CEST.').map((m) => m.found.zone)).toEqual(['Europe/Berlin']);
  // Ordinary words are not zones.
  expect(findZoneMentions('The eastern wing; pt. 2; est. 1990; the Pacific coast; a central theme.')).toEqual([]);
  expect(findZoneMentions('Best of the West, Pacific Rim, Eastern Europe')).toEqual([]);
});
