/**
 * The `english` timing model: features of English text that track speech time. Syllables
 * (stressed ones cost about three times what unstressed ones do), consonants, and the pauses a
 * synthesizer puts at commas, sentence ends and before conjunctions, plus an intercept for the
 * leading/trailing silence around every utterance. Digits are read as English words.
 *
 * Pure and deterministic. The coefficients live in each English locale's timing.json.
 */
import { englishTokens, isWord } from './letters';

/** The model's features, in the order of the fitted coefficients. */
export const SPEECH_FEATURE_NAMES = [
  /** Always 1: the fixed cost of an utterance (espeak's leading and trailing silence). */
  'intercept',
  /** One per stressed word: the stressed syllable of every content word. */
  'stressedSyllables',
  /** The other syllables of content words. */
  'unstressedSyllables',
  /** Syllables of reduced function words (the, your, to, and, …). */
  'functionWordSyllables',
  /** Consonant sounds (digraphs such as "th", "ng", "ck" count once; silent letters not at all). */
  'consonants',
  /** Pauses at commas, semicolons, colons, dashes and ellipses between words. */
  'clauseBreaks',
  /** Pauses at ".", "!" or "?" between sentences (the final one is part of the intercept). */
  'sentenceBreaks',
  /** Short phrase breaks before a conjunction (and, or, but, if, …) preceded by two or more words in its clause. */
  'conjunctionPauses',
] as const;

export type SpeechFeatureName = (typeof SPEECH_FEATURE_NAMES)[number];
export type SpeechFeatures = Record<SpeechFeatureName, number>;

// ---------------------------------------------------------------------------------------------
// Numbers read as words

const ONES = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: ReadonlyArray<[number, string]> = [
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
  [1e2, 'hundred'],
];

/** English words for a non-negative integer below 10^12: 45 → "forty five", 120 → "one hundred twenty". */
export function integerToWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`Cannot read ${n} as words`);
  if (n < 20) return ONES[n];
  if (n < 100) return n % 10 === 0 ? TENS[n / 10] : `${TENS[Math.floor(n / 10)]} ${ONES[n % 10]}`;
  for (const [scale, name] of SCALES) {
    if (n >= scale) {
      const rest = n % scale;
      const head = `${integerToWords(Math.floor(n / scale))} ${name}`;
      return rest === 0 ? head : `${head} ${integerToWords(rest)}`;
    }
  }
  throw new RangeError(`Cannot read ${n} as words`); // unreachable
}

const ORDINAL_EXCEPTIONS: Readonly<Record<string, string>> = {
  one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth',
};

function ordinalWords(cardinal: string): string {
  const words = cardinal.split(' ');
  const last = words.pop() as string;
  const ordinal = ORDINAL_EXCEPTIONS[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return [...words, ordinal].join(' ');
}

function digitsToWords(digits: string): string {
  // Long digit strings (codes, phone numbers) are read digit by digit.
  if (digits.length > 12) return [...digits].map((d) => ONES[Number(d)]).join(' ');
  return integerToWords(Number(digits));
}

/**
 * The text as it is spoken: numbers become words ("45 seconds" → "forty five seconds", "2nd" →
 * "second", "1,000" → "one thousand", "1.5" → "one point five"), "%" becomes "percent", curly
 * apostrophes become straight ones. Everything else is kept.
 */
export function spokenText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/(\d)%/g, '$1 percent')
    .replace(/\d{1,3}(?:,\d{3})+(?!\d)/g, (m) => m.replace(/,/g, ''))
    .replace(/(\d+)(st|nd|rd|th)\b/gi, (_m, digits: string) => ` ${ordinalWords(digitsToWords(digits))} `)
    .replace(/(\d+)\.(\d+)/g, (_m, whole: string, fraction: string) =>
      ` ${digitsToWords(whole)} point ${[...fraction].map((d) => ONES[Number(d)]).join(' ')} `)
    .replace(/\d+/g, (digits) => ` ${digitsToWords(digits)} `);
}

// ---------------------------------------------------------------------------------------------
// Word-level features

/** Words that are normally reduced (unstressed) in running speech. */
const FUNCTION_WORDS = new Set(
  (
    "a an and are as at be by can could for from get got had has have he her his i'll i'm if in is it it's its " +
    "my of on or she than that that's the their there there's these they this those through to was we we'll " +
    "we're we've were what when will with would you you'll you're you've your"
  ).split(' '),
);

/** Function words that regain their stress at the end of a clause ("Hold it there.", "Breathe in."). */
const STRESSED_AT_CLAUSE_END = new Set(
  "be by can could get got had has have his in my on that that's there there's these this those through what when will would".split(' '),
);

/** Conjunctions before which a speaker (and espeak) inserts a short phrase break in a longer clause. */
const PAUSING_CONJUNCTIONS = new Set('and or but if because although since nor where which who whose'.split(' '));

/** Estimated syllables of one lowercase word without apostrophes: vowel groups, less silent e's. */
export function syllableCount(word: string): number {
  let n = word.match(/[aeiouy]+/g)?.length ?? 0;
  if (n > 1 && /[^aeiouy]e$/.test(word) && !/[^aeiouy]le$/.test(word)) n--; // "breathe", not "little"
  if (n > 1 && /[^aeiouy]ed$/.test(word) && !/[td]ed$/.test(word)) n--; // "relaxed", not "rested"
  if (n > 1 && /[^aeiouy]es$/.test(word) && !/(?:s|x|z|ch|sh|c|g)es$/.test(word)) n--; // "times", not "places"
  if (n > 1 && /[^aeiouy]e(?:ly|ment|ful|ness|less)$/.test(word)) n--; // "completely", "movement"
  return Math.max(1, n);
}

/** Estimated consonant sounds of one lowercase word without apostrophes. */
export function consonantCount(word: string): number {
  const sounds = word
    .replace(/^kn/, 'n')
    .replace(/^wr/, 'r')
    .replace(/tch/g, 'C')
    .replace(/th|sh|ch|ph|wh|ck|ng/g, 'C') // one sound each
    .replace(/gh/g, '') // "straight", "thigh", "through"
    .replace(/([b-df-hj-np-tv-z])\1/g, '$1') // doubled letters
    .replace(/x/g, 'ks')
    .replace(/qu/g, 'kw')
    .replace(/(?<=[aeiou])re$/, 'e') // "there", "more": r colours the vowel
    .replace(/(?<=[aeiou])r(?![aeiouy])/g, '') // "start", "your"
    .replace(/(?<=[aeiou])w(?![aeiou])/g, '') // "slowly", "few"
    .replace(/^y/, 'C'); // "you", "yes"
  return sounds.match(/[b-df-hj-np-tv-xzC]/g)?.length ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Sentence-level features

type Break = 'none' | 'clause' | 'sentence';

interface Clause {
  words: string[];
  /** The pause that follows this clause when another clause follows. */
  breakAfter: Break;
}

function clausesOf(spoken: string): Clause[] {
  const clauses: Clause[] = [];
  let current: Clause = { words: [], breakAfter: 'none' };
  for (const [token] of spoken.matchAll(englishTokens())) {
    const word = token.toLowerCase().replace(/^'+|'+$/g, '');
    if (isWord(token)) {
      if (word === '') continue;
      if (current.breakAfter !== 'none') {
        clauses.push(current);
        current = { words: [], breakAfter: 'none' };
      }
      current.words.push(word);
    } else if (current.words.length > 0) {
      const kind: Break = /^[.!?]+$/.test(token) ? 'sentence' : 'clause';
      if (kind === 'sentence' || current.breakAfter === 'none') current.breakAfter = kind;
    }
  }
  if (current.words.length > 0) clauses.push({ ...current, breakAfter: 'none' });
  return clauses;
}

/** The model's features of a plain text (numbers are read as words first). */
export function speechFeatures(text: string): SpeechFeatures {
  const features: SpeechFeatures = {
    intercept: 0,
    stressedSyllables: 0,
    unstressedSyllables: 0,
    functionWordSyllables: 0,
    consonants: 0,
    clauseBreaks: 0,
    sentenceBreaks: 0,
    conjunctionPauses: 0,
  };
  const clauses = clausesOf(spokenText(text));
  if (clauses.length === 0) return features; // nothing to say
  features.intercept = 1;
  clauses.forEach((clause, c) => {
    if (c < clauses.length - 1) {
      if (clause.breakAfter === 'sentence') features.sentenceBreaks++;
      else features.clauseBreaks++;
    }
    clause.words.forEach((word, i) => {
      const letters = word.replace(/'/g, '');
      const syllables = syllableCount(letters);
      const clauseFinal = i === clause.words.length - 1;
      const reduced = FUNCTION_WORDS.has(word) && !(clauseFinal && STRESSED_AT_CLAUSE_END.has(word));
      if (reduced) {
        features.functionWordSyllables += syllables;
      } else {
        features.stressedSyllables += 1;
        features.unstressedSyllables += syllables - 1;
      }
      features.consonants += consonantCount(letters);
      if (i >= 2 && PAUSING_CONJUNCTIONS.has(word)) features.conjunctionPauses++;
    });
  });
  return features;
}
