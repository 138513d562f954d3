/**
 * C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F). They have no place in a title, a room or
 * an address, break calendar files (RFC 5545 §3.1 forbids them in content lines) and can arrive from
 * any source as character references (`&#13;`). Checked code point by code point rather than with a
 * regular expression of control characters, which is hard to read and easy to get wrong.
 */

export function isControlCharacter(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

/** The index of the first control character in `text` that is not in `allowed`, or -1. */
export function findControlCharacter(text: string, allowed = ''): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControlCharacter(code) && !allowed.includes(text.charAt(i))) return i;
  }
  return -1;
}

/** `text` without its control characters, but those in `allowed`. */
export function removeControlCharacters(text: string, allowed = ''): string {
  if (findControlCharacter(text, allowed) < 0) return text;
  let kept = '';
  for (const char of text) {
    if (!isControlCharacter(char.charCodeAt(0)) || allowed.includes(char)) kept += char;
  }
  return kept;
}
