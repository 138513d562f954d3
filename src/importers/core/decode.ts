/** Bytes to text: UTF-8 or UTF-16, with or without a byte-order mark; binary files refused with a reason. */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Which UTF-16 a text without a byte-order mark is in: ASCII characters put a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const sample = Math.min(bytes.length, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

export type DecodedText =
  | { readonly text: string; readonly encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' }
  | { readonly error: string; readonly code: 'binary' | 'empty' };

function looksBinary(text: string): boolean {
  // Control characters other than tab, line feed, vertical tab, form feed and carriage return.
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x01 && code <= 0x08) || (code >= 0x0e && code <= 0x1f) || code === 0x7f) controls++;
  }
  return controls > 0 && controls * 50 > text.length;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  // UTF-16 (Windows editors' "Unicode"): by its byte-order mark, or by the zeros of its ASCII characters.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : utf16WithoutBom(bytes);
  let decoded: DecodedText | null = null;
  if (utf16 !== null) {
    try {
      const text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
      if (!text.includes('\u0000')) decoded = { text, encoding: utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE' };
    } catch {
      // Not UTF-16 after all: read on as UTF-8 or refuse.
    }
  }
  if (decoded === null) {
    if (bytes.includes(0)) return { code: 'binary', error: 'it is a binary file, not text' };
    try {
      decoded = { text: strictUtf8.decode(bytes), encoding: 'UTF-8' };
    } catch {
      return { code: 'binary', error: 'it is not UTF-8 or UTF-16 text (a binary file or another encoding)' };
    }
  }
  if (decoded.text.trim() === '') return { code: 'empty', error: 'the file is empty' };
  if (looksBinary(decoded.text)) {
    return { code: 'binary', error: 'it is full of control characters (a binary file?)' };
  }
  return decoded;
}
