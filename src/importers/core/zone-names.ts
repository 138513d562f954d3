import { ianaZoneName } from '../../schedule/zone-lookup';

/**
 * Written zone names and abbreviations, as event pages use them, mapped to IANA zones.
 * Where an abbreviation is shared (CST: US Central or China Standard), the North American reading wins,
 * because that is how English-language event pages use it; write the long name for the other.
 * `offsetMinutes` is set where the name fixes the offset (EST is UTC-5), so a session on daylight
 * time under a post that says "Standard Time" can be flagged.
 */
export interface WrittenZone {
  readonly zone: string;
  readonly offsetMinutes?: number;
}

const NAMES: ReadonlyArray<readonly [readonly string[], string, number?]> = [
  // North America
  [['Eastern Standard Time', 'EST'], 'America/New_York', -300],
  [['Eastern Daylight Time', 'EDT'], 'America/New_York', -240],
  [['Eastern Time', 'Eastern', 'ET', 'US Eastern', 'US/Eastern'], 'America/New_York'],
  [['Central Standard Time', 'CST'], 'America/Chicago', -360],
  [['Central Daylight Time', 'CDT'], 'America/Chicago', -300],
  [['Central Time', 'Central', 'CT', 'US Central', 'US/Central'], 'America/Chicago'],
  [['Mountain Standard Time', 'MST'], 'America/Denver', -420],
  [['Mountain Daylight Time', 'MDT'], 'America/Denver', -360],
  [['Mountain Time', 'Mountain', 'MT', 'US Mountain', 'US/Mountain'], 'America/Denver'],
  [['Pacific Standard Time', 'PST'], 'America/Los_Angeles', -480],
  [['Pacific Daylight Time', 'PDT'], 'America/Los_Angeles', -420],
  [['Pacific Time', 'Pacific', 'PT', 'US Pacific', 'US/Pacific'], 'America/Los_Angeles'],
  [['Alaska Standard Time', 'AKST'], 'America/Anchorage', -540],
  [['Alaska Daylight Time', 'AKDT'], 'America/Anchorage', -480],
  [['Alaska Time'], 'America/Anchorage'],
  [['Hawaii Standard Time', 'Hawaii-Aleutian Standard Time', 'HST', 'Hawaii Time'], 'Pacific/Honolulu', -600],
  [['Atlantic Standard Time', 'AST'], 'America/Halifax', -240],
  [['Atlantic Daylight Time', 'ADT'], 'America/Halifax', -180],
  [['Atlantic Time'], 'America/Halifax'],
  [['Newfoundland Standard Time', 'NST'], 'America/St_Johns', -210],
  [['Newfoundland Daylight Time', 'NDT'], 'America/St_Johns', -150],
  [['Newfoundland Time'], 'America/St_Johns'],
  [['Mexico City Time', 'Central Mexico Time'], 'America/Mexico_City'],
  // Europe and UTC
  [['Coordinated Universal Time', 'Universal Time', 'UTC', 'GMT+0', 'UTC+0', 'Zulu'], 'UTC', 0],
  [['Greenwich Mean Time', 'GMT', 'UK time', 'British Time', 'London Time'], 'Europe/London'],
  [['British Summer Time', 'BST'], 'Europe/London', 60],
  [['Irish Standard Time', 'Irish Time'], 'Europe/Dublin'],
  [['Western European Time', 'WET'], 'Europe/Lisbon', 0],
  [['Western European Summer Time', 'WEST'], 'Europe/Lisbon', 60],
  [['Central European Time', 'CET', 'MEZ'], 'Europe/Berlin', 60],
  [['Central European Summer Time', 'Central European Daylight Time', 'CEST', 'MESZ'], 'Europe/Berlin', 120],
  [['Eastern European Time', 'EET'], 'Europe/Athens', 120],
  [['Eastern European Summer Time', 'EEST'], 'Europe/Athens', 180],
  [['Moscow Time', 'Moscow Standard Time', 'MSK'], 'Europe/Moscow', 180],
  [['Turkey Time', 'TRT'], 'Europe/Istanbul', 180],
  // Asia-Pacific
  [['India Standard Time', 'IST', 'Indian Standard Time'], 'Asia/Kolkata', 330],
  [['Pakistan Standard Time', 'PKT'], 'Asia/Karachi', 300],
  [['Gulf Standard Time', 'GST'], 'Asia/Dubai', 240],
  [['China Standard Time', 'Beijing Time'], 'Asia/Shanghai', 480],
  [['Hong Kong Time', 'HKT'], 'Asia/Hong_Kong', 480],
  [['Singapore Time', 'Singapore Standard Time', 'SGT'], 'Asia/Singapore', 480],
  [['Philippine Standard Time', 'Philippine Time', 'PHT', 'PHST'], 'Asia/Manila', 480],
  [['Western Indonesia Time', 'WIB'], 'Asia/Jakarta', 420],
  [['Indochina Time', 'ICT'], 'Asia/Bangkok', 420],
  [['Taipei Time', 'Taiwan Time'], 'Asia/Taipei', 480],
  [['Japan Standard Time', 'JST'], 'Asia/Tokyo', 540],
  [['Korea Standard Time', 'Korean Standard Time', 'KST'], 'Asia/Seoul', 540],
  [['Australian Eastern Standard Time', 'AEST'], 'Australia/Sydney', 600],
  [['Australian Eastern Daylight Time', 'AEDT'], 'Australia/Sydney', 660],
  [['Australian Eastern Time', 'AET'], 'Australia/Sydney'],
  [['Australian Central Standard Time', 'ACST'], 'Australia/Adelaide', 570],
  [['Australian Central Daylight Time', 'ACDT'], 'Australia/Adelaide', 630],
  [['Australian Western Standard Time', 'AWST'], 'Australia/Perth', 480],
  [['New Zealand Standard Time', 'NZST'], 'Pacific/Auckland', 720],
  [['New Zealand Daylight Time', 'NZDT'], 'Pacific/Auckland', 780],
  [['New Zealand Time', 'NZT'], 'Pacific/Auckland'],
];

function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}

const BY_NAME = new Map<string, WrittenZone>();
for (const [names, zone, offsetMinutes] of NAMES) {
  for (const name of names) BY_NAME.set(key(name), offsetMinutes === undefined ? { zone } : { zone, offsetMinutes });
}

/** Abbreviations are only trusted in capitals: "est" and "pt" are words too. */
function isAbbreviation(name: string): boolean {
  return /^[A-Z]{2,5}$/.test(name);
}

const ABBREVIATIONS = new Set(NAMES.flatMap(([names]) => names.filter(isAbbreviation)));

/** The zone a written name stands for: "Eastern Standard Time", "CEST", "PT". */
export function lookUpWrittenZone(name: string): WrittenZone | undefined {
  const trimmed = name.trim();
  if (/^[A-Za-z]{2,5}$/.test(trimmed) && !ABBREVIATIONS.has(trimmed)) return undefined;
  return BY_NAME.get(key(trimmed));
}

export interface ZoneMention {
  readonly text: string;
  readonly found: WrittenZone;
}

// Longest names first, so "Eastern Standard Time" wins over "Eastern".
const SEARCH_ORDER = [...BY_NAME.keys()].sort((a, b) => b.length - a.length);

/**
 * Zone names mentioned in free text such as "(all times shown in Eastern Standard Time)".
 * Single words that are also ordinary English ("Eastern", "Central", "Pacific") count only
 * when followed by "time"; abbreviations only in capitals.
 */
export function findZoneMentions(text: string): ZoneMention[] {
  const mentions: ZoneMention[] = [];
  const taken: Array<readonly [number, number]> = [];
  const lower = text.toLowerCase();
  for (const name of SEARCH_ORDER) {
    const found = BY_NAME.get(name);
    if (!found) continue;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(name, from);
      if (at < 0) break;
      from = at + name.length;
      const before = at === 0 ? ' ' : lower.charAt(at - 1);
      const after = lower.charAt(at + name.length) || ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      const written = text.slice(at, at + name.length);
      const isMultiWord = name.includes(' ') || name.includes('/');
      if (!isMultiWord && !(isAbbreviation(written) && ABBREVIATIONS.has(written))) continue;
      if (taken.some(([s, e]) => at < e && at + name.length > s)) continue;
      taken.push([at, at + name.length]);
      mentions.push({ text: written, found });
    }
  }
  return mentions;
}

export interface ResolvedZone {
  /** The IANA zone. */
  readonly zone: string;
  /** Set when the name was a written one ("EST"), with the offset it fixes, if any. */
  readonly written?: WrittenZone & { readonly text: string };
}

/**
 * A zone as a person or a source names it: an IANA name ("Europe/Berlin", also "EST5EDT"), UTC, or a
 * written name ("Eastern Standard Time", "CEST"). Written names come before the zone database's short
 * ones: "EST" on an event page means New York's clock, not the database's fixed-offset "EST".
 */
export function resolveZoneName(text: string): ResolvedZone | null {
  const iana = ianaZoneName(text);
  if (iana !== null && text.includes('/')) return { zone: iana };
  if (text.trim().toUpperCase() === 'UTC') return { zone: 'UTC' };
  const written = lookUpWrittenZone(text);
  if (written) return { zone: written.zone, written: { ...written, text: text.trim() } };
  return iana === null ? null : { zone: iana };
}
