// UTF-8 encoding and decoding for safetensors' JSON header. airi targets plain ES2022, which has no
// TextEncoder (Node and browsers both provide one, but the engine promises to need nothing from its
// host), and a header is a few kilobytes, so a small hand-written codec costs nothing.

/** The UTF-8 bytes of `text` (lone surrogates, which JSON.stringify escapes anyway, become U+FFFD). */
export function encodeUtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    let code = char.codePointAt(0) as number;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return Uint8Array.from(bytes);
}

/** Code units are turned into text this many at a time (String.fromCharCode's argument list stays small). */
const TEXT_CHUNK = 4096;

/**
 * Decodes strict UTF-8; throws on malformed, overlong or surrogate sequences (safetensors requires valid UTF-8).
 * Linear in the input: code units go into one array and become text in chunks (adding one character
 * at a time to a string made a 90 MB header take half a minute).
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length); // never more UTF-16 units than UTF-8 bytes
  let count = 0;
  for (let i = 0; i < bytes.length; ) {
    const b0 = bytes[i];
    if (b0 < 0x80) {
      units[count++] = b0;
      i++;
      continue;
    }
    // Lead byte 110xxxxx, 1110xxxx or 11110xxx: 2, 3 or 4 bytes, and the smallest code point each may
    // hold (a smaller one is an overlong encoding).
    let code: number;
    let length: number;
    let min: number;
    if ((b0 & 0xe0) === 0xc0) {
      code = b0 & 0x1f;
      length = 2;
      min = 0x80;
    } else if ((b0 & 0xf0) === 0xe0) {
      code = b0 & 0x0f;
      length = 3;
      min = 0x800;
    } else if ((b0 & 0xf8) === 0xf0) {
      code = b0 & 0x07;
      length = 4;
      min = 0x10000;
    } else {
      throw new Error(`invalid UTF-8 byte 0x${b0.toString(16)} at offset ${i}`);
    }
    if (i + length > bytes.length) throw new Error(`truncated UTF-8 sequence at offset ${i}`);
    for (let k = 1; k < length; k++) {
      const b = bytes[i + k];
      if ((b & 0xc0) !== 0x80) throw new Error(`invalid UTF-8 continuation byte at offset ${i + k}`);
      code = (code << 6) | (b & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new Error(`invalid UTF-8 sequence at offset ${i}`);
    if (code >= 0x10000) {
      // A surrogate pair, as String.fromCodePoint would make.
      units[count++] = 0xd800 + ((code - 0x10000) >> 10);
      units[count++] = 0xdc00 + ((code - 0x10000) & 0x3ff);
    } else {
      units[count++] = code;
    }
    i += length;
  }
  const parts: string[] = [];
  for (let at = 0; at < count; at += TEXT_CHUNK) {
    // apply takes the typed array as it is; spreading it would run the iterator protocol per unit.
    const text: string = Reflect.apply(String.fromCharCode, null, units.subarray(at, Math.min(count, at + TEXT_CHUNK)));
    parts.push(text);
  }
  return parts.join('');
}
