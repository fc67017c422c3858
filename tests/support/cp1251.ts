/**
 * Node decodes windows-1251 but cannot encode it; tests need files as Russian Excel saves them. Covers ASCII,
 * А–я (0xC0–0xFF), Ё/ё, «», №, and the no-break space — all that our test files contain.
 */
const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, "«": 0xab, "»": 0xbb, "№": 0xb9, "\u00a0": 0xa0 };

export function encodeCp1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    const byte = special[ch];
    if (byte === undefined) throw new Error(`no windows-1251 byte for ${ch}`);
    return byte;
  });
}
