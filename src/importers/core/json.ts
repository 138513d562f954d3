/** JSON sources (frab, Sessionize): parsed once, read without casts. */
import { importFailure, type ImportFailure } from './result';

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty text, or a number written as text; undefined for anything else. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The parsed document (`parsed`, when the caller has it already: format detection parses once), or the
 * failure that says where the JSON breaks.
 */
export function parseJson(
  text: string,
  parsed?: unknown,
): { readonly ok: true; readonly value: unknown } | ImportFailure {
  if (parsed !== undefined) return { ok: true, value: parsed };
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : undefined;
    return importFailure('broken', `the JSON cannot be read (${reason ?? 'unreadable'})`);
  }
}
