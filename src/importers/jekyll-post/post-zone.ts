/**
 * The zone a post's times are in: the one given, else its front matter's, else the one zone its
 * introduction names ("All times are US Eastern"); otherwise it is asked for.
 */
import type { WrittenZone } from '../core/zone-names';
import { findZoneMentions, resolveZoneName } from '../core/zone-names';
import type { ImportOptions, NeededInput } from '../core/result';
import { frontMatterText } from './front-matter';
import { shown } from './fields';
import { givenZone } from '../core/zone-option';

export interface ZoneChoice {
  readonly zone: string;
  readonly written?: WrittenZone & { readonly text: string };
  readonly from: string;
}

interface Unsettled {
  readonly error: string;
  /** The input that would settle it, when one would. */
  readonly needs?: NeededInput;
}

export function settleZone(
  options: ImportOptions,
  data: Record<string, unknown>,
  introText: string,
): ZoneChoice | Unsettled {
  const named = (text: string, from: string): ZoneChoice | Unsettled => {
    const resolved = resolveZoneName(text);
    if (resolved) return { ...resolved, from };
    return {
      error: `unknown time zone "${shown(text)}" (${from}); an IANA name such as America/New_York is needed`,
      needs: 'timeZone',
    };
  };
  const given = givenZone(options);
  if (given.kind !== 'none')
    return given.kind === 'zone' ? { ...given.resolved, from: 'the zone given' } : named(given.text, 'the zone given');
  const fromFrontMatter = frontMatterText(data, 'timezone', 'time_zone', 'timeZone', 'tz');
  if (fromFrontMatter !== undefined) return named(fromFrontMatter, 'front matter');
  const mentions = findZoneMentions(introText);
  const zones = [...new Set(mentions.map((mention) => mention.found.zone))];
  const first = mentions[0];
  if (zones.length === 1 && first) {
    return {
      zone: first.found.zone,
      written: { ...first.found, text: first.text },
      from: `"${first.text}" in the introduction`,
    };
  }
  if (zones.length > 1) {
    return {
      error: `the introduction names more than one time zone (${mentions.map((m) => m.text).join(', ')})`,
      needs: 'timeZone',
    };
  }
  return { error: 'the post does not say which time zone its times are in', needs: 'timeZone' };
}
