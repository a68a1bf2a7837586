// Plain JavaScript: the production server (src/http/staticPages.mjs) and the app share this rule.

// What nobody types into a search box: control characters (a NUL from `?q=%00`, escapes, C1), format
// characters (zero-width spaces and joiners, direction overrides that would show "sanne" as
// "ennas", soft hyphens, BOMs), unpaired surrogates, and U+FFFD, which stands for bytes that were
// not UTF-8 (`%ED%A0%80`).
const NOT_TYPED = /[\p{Cc}\p{Cf}\p{Cs}\uFFFD]/gu

/**
 * The search text a person meant by `value`: Unicode NFC (a decomposed "é" searches as "é"),
 * without the characters nobody types (control and format characters, unpaired surrogates, U+FFFD;
 * dropped, so "san\u200Bne" is "sanne"), runs of white space as one space, trimmed, and at most
 * `maxLength` characters (code points, never half an emoji). Input: the raw parameter value.
 * Output: the text, `''` when nothing is left. Pure; never throws.
 * @param {string} value
 * @param {number} [maxLength]
 * @returns {string}
 */
export const searchTextOf = (value, maxLength = Infinity) => {
  const text = value
    .normalize('NFC')
    .replace(/\s/g, ' ')
    .replace(NOT_TYPED, '')
    .replace(/ +/g, ' ')
    .trim()
  return Array.from(text).slice(0, maxLength).join('').trimEnd()
}
