/**
 * Characters that show nothing yet change what a text is: zero-width spaces and joiners
 * (U+200B–U+200D, U+2060, U+FEFF), the soft hyphen (U+00AD), bidi marks, embeddings, overrides
 * and isolates (U+200E/U+200F, U+202A–U+202E, U+2066–U+2069, U+061C), and every other format
 * character (Cf); plus the rest of Unicode's default-ignorable set, which includes the variation
 * selectors (U+FE00–U+FE0F, U+E0100–U+E01EF: they only pick a glyph, never a different letter),
 * the combining grapheme joiner and the Hangul fillers that render as blanks.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** The text without its invisible characters: `s\u200Búng` → `súng` (for matching and for file names). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
