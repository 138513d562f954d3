/**
 * Repairs "mojibake" from UTF-8 text that was read as Mac Roman and written back as UTF-8
 * ("‚Äì" for "–", "üìç" for "📍"). The damage is reversible byte for byte: encode each character back
 * to its Mac Roman byte and decode those bytes as UTF-8.
 *
 * It is detected on the whole document: repair only when every character has a Mac Roman byte and
 * the bytes are valid UTF-8 that differs from the input. Correct text fails that test ("é" alone is
 * byte 0x8E, never valid UTF-8; emoji have no Mac Roman byte at all), so it is left alone.
 */

const MAC_ROMAN_HIGH = new TextDecoder('macintosh').decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i));

const toMacRomanByte = new Map<string, number>(Array.from(MAC_ROMAN_HIGH, (char, i) => [char, 0x80 + i] as const));

const fromMacRoman = new TextDecoder('macintosh');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** What UTF-8 text looks like after being read as Mac Roman: the damage, for tests and demos. */
export function damageAsMacRoman(text: string): string {
  return fromMacRoman.decode(new TextEncoder().encode(text));
}

function encodeMacRoman(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes[i] = code;
      continue;
    }
    const byte = toMacRomanByte.get(text.charAt(i));
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

export interface MojibakeResult {
  readonly text: string;
  readonly repaired: boolean;
  /** Damaged-looking runs left as they were because the whole document could not be repaired exactly. */
  readonly suspectRuns: number;
}

// A UTF-8 lead byte (0xC2-0xF4) read as Mac Roman, followed by continuation bytes (0x80-0xBF) read as Mac Roman.
const LEAD_CHARS = Array.from(MAC_ROMAN_HIGH.slice(0xc2 - 0x80, 0xf5 - 0x80)).join('');
const CONTINUATION_CHARS = MAC_ROMAN_HIGH.slice(0, 0x40);

function countSuspectRuns(text: string): number {
  let runs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (LEAD_CHARS.includes(text.charAt(i)) && CONTINUATION_CHARS.includes(text.charAt(i + 1))) {
      const slice = encodeMacRoman(text.slice(i, i + 4));
      // Count only sequences that really decode: a lone "√Ö" in prose is not enough.
      for (const length of [2, 3, 4]) {
        if (slice && slice.length >= length && decodeUtf8Strict(slice.subarray(0, length)) !== null) {
          runs++;
          i += length - 1;
          break;
        }
      }
    }
  }
  return runs;
}

export function repairMojibake(text: string): MojibakeResult {
  const bytes = encodeMacRoman(text);
  const decoded = bytes ? decodeUtf8Strict(bytes) : null;
  if (decoded !== null && decoded !== text) {
    return { text: decoded, repaired: true, suspectRuns: 0 };
  }
  return { text, repaired: false, suspectRuns: bytes ? 0 : countSuspectRuns(text) };
}
