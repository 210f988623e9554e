/**
 * Letters in any script, for the timing models. These patterns use Unicode property escapes
 * (\p{L}, \p{M}, \p{N}), which cost V8 about a millisecond of ICU set-up when it parses a
 * regular expression literal, even one inside a function that never runs: at every cold
 * start, for a Launch that times no speech. Built from strings on first use, they cost
 * that on the first request that times speech instead (scripts/audit-bundle.mjs refuses
 * such a literal in the bundle).
 */
function onFirstUse(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}

const letterOrDigit = onFirstUse('[\\p{L}\\p{N}]', 'u');
const word = onFirstUse("^[\\p{L}\\p{M}']+$", 'u');

/** English tokens: words (with apostrophes), ellipses, sentence and clause marks, a spaced dash. */
export const englishTokens = onFirstUse("[\\p{L}\\p{M}']+|\\.{2,}|\\u2026|[.!?]+|[,;:\\u2014\\u2013]|\\s-{1,2}\\s", 'gu');

/** Does the text have anything to say: a letter or a digit, in any script? */
export function hasLetterOrDigit(text: string): boolean {
  return letterOrDigit().test(text);
}

/** Is the token a word: letters, combining marks and apostrophes only? */
export function isWord(token: string): boolean {
  return word().test(token);
}
