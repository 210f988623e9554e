/**
 * The `syllables` timing model, for languages written in Latin, Devanagari or Arabic script:
 * seconds ≈ intercept + syllables + consonants + pauses, with coefficients fitted per locale
 * against its espeak-ng voice (scripts/calibrate-speech.ts).
 *
 * Syllables are counted from the writing, without a dictionary:
 * - Latin script: groups of vowel letters (accented ones included), "chai-se" = 2, "Stuhl" = 1;
 * - Devanagari: aksharas, i.e. each consonant not silenced by a virama and each independent vowel
 *   ("आराम" = 3; a conjunct such as "स्ट" is one);
 * - Arabic script: each consonant letter carries a vowel in speech, written or not, so the unit is
 *   a letter other than the long-vowel letters ا و ي ى آ (which lengthen a syllable, counted as
 *   consonants-feature letters instead), and ة.
 * A number written in digits counts two syllables and two consonants per digit (the fit absorbs
 * the rest). Pure and deterministic.
 */
import { hasLetterOrDigit } from './letters';
import { splitAtPauses } from './pauses';

export const SYLLABLE_FEATURE_NAMES = ['intercept', 'syllables', 'consonants', 'clauseBreaks', 'sentenceBreaks'] as const;
export type SyllableFeatures = Record<(typeof SYLLABLE_FEATURE_NAMES)[number], number>;

/** Latin vowels and their accented forms àáâãäåæèéêëìíîïòóôõöøùúûüýÿœāēīōūı (escaped: see pauses.ts). */
const LATIN_VOWEL_GROUP = /[aeiouy\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF\u00F2\u00F3\u00F4\u00F5\u00F6\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FF\u0153\u0101\u0113\u012B\u014D\u016B\u0131]+/gu;
/** Latin consonants, with ç ñ ß. */
const LATIN_CONSONANT = /[bcdfghjklmnpqrstvwxz\u00E7\u00F1\u00DF]/gu;
/** A Devanagari consonant (with nukta forms) not followed by a virama, or an independent vowel. */
const DEVANAGARI_AKSHARA = /[\u0915-\u0939\u0958-\u095F\u0978-\u097F](?!\u093C?\u094D)|[\u0904-\u0914\u0960\u0961\u0972-\u0977]/gu;
const DEVANAGARI_CONSONANT = /[\u0915-\u0939\u0958-\u095F\u0978-\u097F]/gu;
const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF]/gu;
const ARABIC_LONG_VOWEL = /[\u0627\u0622\u0648\u064A\u0649\u0629]/u;
const DIGITS = /\d/gu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Syllables of a piece of text in any of the three scripts (mixed text adds up). */
export function syllablesOf(text: string): number {
  const lower = text.toLowerCase();
  const arabic = lower.match(ARABIC_LETTER) ?? [];
  return (
    count(lower, LATIN_VOWEL_GROUP) +
    count(lower, DEVANAGARI_AKSHARA) +
    arabic.filter((letter) => !ARABIC_LONG_VOWEL.test(letter)).length +
    2 * count(lower, DIGITS)
  );
}

/** Consonant letters (Arabic: every letter). */
export function consonantsOf(text: string): number {
  const lower = text.toLowerCase();
  return count(lower, LATIN_CONSONANT) + count(lower, DEVANAGARI_CONSONANT) + count(lower, ARABIC_LETTER) + 2 * count(lower, DIGITS);
}

export function syllableFeatures(text: string): SyllableFeatures {
  const { pieces, clauseBreaks, sentenceBreaks } = splitAtPauses(text, hasLetterOrDigit);
  if (pieces.length === 0) return { intercept: 0, syllables: 0, consonants: 0, clauseBreaks: 0, sentenceBreaks: 0 };
  const all = pieces.join(' ');
  return { intercept: 1, syllables: syllablesOf(all), consonants: consonantsOf(all), clauseBreaks, sentenceBreaks };
}
