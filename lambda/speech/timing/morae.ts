/**
 * The `morae` timing model, for Japanese: seconds ≈ intercept + morae + pauses. espeak-ng cannot
 * read kana or kanji, so there is nothing to fit against: the coefficients are a stated speaking
 * rate (see the locale's timing.json), written by scripts/calibrate-speech.ts.
 *
 * Morae are counted from the writing: each kana is one, small kana (ゃ, ゅ, ょ, ぁ, …) merge into
 * the kana before them, the small つ (っ), the long vowel mark ー and ん each count one, and a
 * kanji counts two (the common length of its readings). A Latin vowel group counts two, a digit
 * two. Pure and deterministic.
 */
import { hasLetterOrDigit } from './letters';
import { splitAtPauses } from './pauses';

export const MORA_FEATURE_NAMES = ['intercept', 'morae', 'clauseBreaks', 'sentenceBreaks'] as const;
export type MoraFeatures = Record<(typeof MORA_FEATURE_NAMES)[number], number>;

/**
 * Small kana that merge with the kana before them: ぁぃぅぇぉゃゅょゎゕゖ and ァィゥェォャュョヮヵヶ
 * (っ/ッ is not among them: it is a mora). Escaped, as every pattern here: see pauses.ts.
 */
const SMALL_KANA = /[\u3041\u3043\u3045\u3047\u3049\u3083\u3085\u3087\u308E\u3095\u3096\u30A1\u30A3\u30A5\u30A7\u30A9\u30E3\u30E5\u30E7\u30EE\u30F5\u30F6]/gu;
/** Full-size kana, including っ, ッ, ん, ン and the long vowel mark. */
const KANA = /[\u3041-\u3096\u30A1-\u30FA\u30FC]/gu;
const KANJI = /[\u4E00-\u9FFF\u3400-\u4DBF\u3005\uF900-\uFAFF]/gu;
const LATIN_VOWEL_GROUP = /[aeiouy]+/giu;
const DIGITS = /\d/gu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Morae of a Japanese text, as written. */
export function moraCount(text: string): number {
  const kana = count(text, KANA) - count(text, SMALL_KANA);
  return kana + 2 * count(text, KANJI) + 2 * count(text, LATIN_VOWEL_GROUP) + 2 * count(text, DIGITS);
}

export function moraFeatures(text: string): MoraFeatures {
  const { pieces, clauseBreaks, sentenceBreaks } = splitAtPauses(text, hasLetterOrDigit);
  if (pieces.length === 0) return { intercept: 0, morae: 0, clauseBreaks: 0, sentenceBreaks: 0 };
  return { intercept: 1, morae: moraCount(pieces.join('')), clauseBreaks, sentenceBreaks };
}
