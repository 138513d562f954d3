/** A post's front matter (YAML between "---" lines): its fields, and the post's date from it or the file name. */
import { parse as parseYaml } from 'yaml';
import { isRealDate, type CivilDate } from '../../schedule/time';
import type { Diagnostics } from '../core/diagnostics';
import { plainText } from '../core/html-text';
import { isRecord } from '../core/json';

export interface FrontMatter {
  readonly data: Record<string, unknown>;
  /** 0-based index of the first line after the front matter. */
  readonly bodyStart: number;
}

export function readFrontMatter(lines: readonly string[], diagnostics: Diagnostics): FrontMatter {
  if (lines[0]?.trim() !== '---') return { data: {}, bodyStart: 0 };
  const close = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'));
  if (close < 0) {
    diagnostics.warning(1, 'the front matter that starts on line 1 has no closing "---"; read as text');
    return { data: {}, bodyStart: 0 };
  }
  try {
    const parsed: unknown = parseYaml(lines.slice(1, close).join('\n'));
    if (isRecord(parsed)) {
      return { data: Object.fromEntries(Object.entries(parsed)), bodyStart: close + 1 };
    }
    if (parsed !== null && parsed !== undefined)
      diagnostics.warning(2, 'the front matter is not a list of "key: value" lines; ignored');
  } catch (error) {
    diagnostics.warning(
      2,
      `the front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : 'unreadable'}); ignored`,
    );
  }
  return { data: {}, bodyStart: close + 1 };
}

export function frontMatterText(data: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    const text = typeof value === 'string' ? plainText(value).trim() : '';
    if (text !== '') return text;
  }
  return undefined;
}

export function postDateOf(data: Record<string, unknown>, fileName: string | undefined): CivilDate | undefined {
  const value = data.date;
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  for (const text of [typeof value === 'string' ? value : undefined, fileName]) {
    const match = text === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})(?:\b|-)/.exec(text.trim());
    if (match) {
      const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
      if (isRealDate(date)) return date;
    }
  }
  return undefined;
}
