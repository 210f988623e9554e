/**
 * The en-US speech-duration model (lambda/speech/timing/: the `english` features and en-US's
 * timing.json): pure properties, then accuracy against espeak-ng on sentences the calibration
 * never saw. Other locales' timing: test/locale-timing.test.ts.
 *
 * The espeak-backed tests need espeak-ng and sox installed (CI installs them); without them they
 * FAIL, saying so — they are never skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import calibration from '../lambda/locales/en-US/timing.json';
import { enUS } from '../lambda/locales/en-US/speech';
import { espeakWordsPerMinute } from '../lambda/speech/timing/pace';
import { PACES, paceRatePercent, type Pace } from '../lambda/vocabulary/pace';
import {
  SPEECH_FEATURE_NAMES,
  consonantCount,
  integerToWords,
  speechFeatures,
  spokenText,
  syllableCount,
} from '../lambda/speech/timing/english';
import { estimateSpeechSeconds } from '../lambda/speech/timing/speech-duration';
import { ESPEAK_MISSING_MESSAGE, espeakAvailable, espeakVersion, synthesizeSeconds } from './support/espeak';

const ROOT = join(__dirname, '..');

/** Cue-like sentences that are NOT in en-US's speech, the calibration corpus (checked below): the held-out set. */
const HELD_OUT = [
  'Hold this position.',
  'Keep your toes pointing up.',
  'Breathe slowly through your nose.',
  'Let your hips sink back.',
  'Forty seconds to go.',
  'Just hold it a little longer.',
  'Relax your hands.',
  'Keep your chin tucked in.',
  "You're halfway through this stretch.",
  'Straighten your knee gently, without locking it.',
  'Hold steady.',
  '15 more seconds.',
  'Feel the muscle lengthen.',
  'Good, now ease off.',
  'Keep your weight even.',
  'Two more breaths.',
  'Sit back and rest.',
  "Don't arch your back.",
  'Only 10 seconds to go.',
  'Nice work, keep going.',
  'Let your breathing settle.',
  'Stay with it.',
  'Great, now relax completely.',
  'Reach toward your ankle.',
];

/** Honest bounds (seconds) from the calibration on espeak-ng 1.51: held-out mean |error| ≈ 0.09 / 0.08 / 0.07, max ≈ 0.19. */
const MAX_ABS_ERROR = 0.25;
const MAX_MEAN_ABS_ERROR = 0.12;
/** Errors add up over the 4–8 cues of a hold, so a systematic bias must stay small. */
const MAX_MEAN_SIGNED_ERROR = 0.05;

/** en-US's spoken lines, as plain sentences (placeholders taken out). */
function corpusSentences(): string[] {
  return Object.entries(enUS)
    .filter(([key]) => !key.startsWith('screen.') && !key.startsWith('time.'))
    .map(([, text]) => text.replace(/\{\{\w+\}\}/g, 'thirty').replace(/\s+/g, ' ').trim());
}

describe('pace', () => {
  it('maps paces to SSML rates and espeak words per minute', () => {
    expect(PACES).toEqual(['slow', 'normal', 'fast']);
    expect(PACES.map(paceRatePercent)).toEqual([80, 100, 120]);
    expect(PACES.map(espeakWordsPerMinute)).toEqual([140, 175, 210]);
  });
});

describe('numbers are read as words', () => {
  it.each([
    [0, 'zero'],
    [5, 'five'],
    [13, 'thirteen'],
    [20, 'twenty'],
    [45, 'forty five'],
    [60, 'sixty'],
    [100, 'one hundred'],
    [115, 'one hundred fifteen'],
    [2024, 'two thousand twenty four'],
    [1_000_000, 'one million'],
  ])('%d → %s', (n, words) => {
    expect(integerToWords(n)).toBe(words);
  });

  it('rewrites digits, ordinals, decimals, separators and percent in text', () => {
    const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
    expect(squash(spokenText('45 seconds left.'))).toBe('forty five seconds left.');
    expect(squash(spokenText('This is your 2nd stretch, 3rd set, 21st day.'))).toBe(
      'This is your second stretch, third set, twenty first day.',
    );
    expect(squash(spokenText('1,000 steps, 1.5 minutes, 50% done'))).toBe(
      'one thousand steps, one point five minutes, fifty percent done',
    );
  });

  it('gives a number the same features and estimate as its words', () => {
    for (const [digits, words] of [
      ['35 seconds left.', 'Thirty five seconds left.'],
      ['Hold for 60 seconds.', 'Hold for sixty seconds.'],
      ['Only 8 more.', 'Only eight more.'],
    ]) {
      expect(speechFeatures(digits)).toEqual(speechFeatures(words));
      for (const pace of PACES) expect(estimateSpeechSeconds(digits, pace)).toBe(estimateSpeechSeconds(words, pace));
    }
    expect(estimateSpeechSeconds('45 seconds left.', 'normal')).toBeGreaterThan(estimateSpeechSeconds('5 seconds left.', 'normal'));
  });
});

describe('features', () => {
  it('counts syllables and consonant sounds of common cue words', () => {
    const syllables: Array<[string, number]> = [
      ['hold', 1], ['breathe', 1], ['relax', 2], ['relaxed', 2], ['completely', 3], ['little', 2],
      ['seconds', 2], ['times', 1], ['stretches', 2], ['comfortable', 4], ['evenly', 3], ['rested', 2],
    ];
    for (const [word, n] of syllables) expect([word, syllableCount(word)]).toEqual([word, n]);
    const consonants: Array<[string, number]> = [
      ['hold', 3], ['breathe', 3], ['straight', 4], ['knee', 1], ['there', 1], ['slowly', 3], ['thigh', 1],
    ];
    for (const [word, n] of consonants) expect([word, consonantCount(word)]).toEqual([word, n]);
  });

  it('counts pauses at commas, between sentences and before conjunctions, but not at the end', () => {
    expect(speechFeatures('Five, four, three.')).toMatchObject({ clauseBreaks: 2, sentenceBreaks: 0 });
    expect(speechFeatures('Good. Now relax!')).toMatchObject({ clauseBreaks: 0, sentenceBreaks: 1 });
    expect(speechFeatures('Good?! Now relax.')).toMatchObject({ clauseBreaks: 0, sentenceBreaks: 1 });
    expect(speechFeatures('Keep your back long and straight.').conjunctionPauses).toBe(1);
    expect(speechFeatures('Hold and relax.').conjunctionPauses).toBe(0); // too early in the clause
    expect(speechFeatures('Relax,')).toMatchObject({ clauseBreaks: 0, sentenceBreaks: 0 });
  });

  it('stresses a function word at the end of a clause', () => {
    expect(speechFeatures('Hold it there.')).toMatchObject({ stressedSyllables: 2, functionWordSyllables: 1 });
    expect(speechFeatures('Hold it there now.')).toMatchObject({ stressedSyllables: 2, functionWordSyllables: 2 });
  });

  it('has nothing to say for empty or punctuation-only text', () => {
    for (const text of ['', '   ', '...', ' , . ! ']) {
      expect(speechFeatures(text).intercept).toBe(0);
      for (const pace of PACES) expect(estimateSpeechSeconds(text, pace)).toBe(0);
    }
  });
});

describe('estimateSpeechSeconds (pure)', () => {
  it('is deterministic and does not depend on call order or the clock', () => {
    const texts = [...HELD_OUT, ...corpusSentences().slice(0, 30)];
    const first = texts.map((t) => PACES.map((p) => estimateSpeechSeconds(t, p)));
    const second = [...texts].reverse().map((t) => PACES.map((p) => estimateSpeechSeconds(t, p))).reverse();
    expect(second).toEqual(first);
    for (const row of first) for (const seconds of row) expect(Number.isFinite(seconds)).toBe(true);
  });

  it('is a pure module: no Node APIs, only the pace vocabulary, the models and the locale registry', () => {
    const allowed = ['../../vocabulary/pace', '../../locales/registry', './models', './english', './syllables', './morae', './pauses', './letters'];
    for (const file of ['speech-duration.ts', 'pace.ts', 'models.ts', 'english.ts', 'syllables.ts', 'morae.ts', 'pauses.ts', 'letters.ts']) {
      const source = readFileSync(join(ROOT, 'lambda', 'speech', 'timing', file), 'utf8');
      const imports = [...source.matchAll(/from\s+'([^']+)'|require\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]);
      expect(imports.filter((i) => !allowed.includes(i))).toEqual([]);
      expect(source).not.toMatch(/\b(process|Date\.now|Math\.random)\b/);
    }
  });

  it('is slower at a slower pace: slow > normal > fast for every sentence', () => {
    for (const text of [...HELD_OUT, ...corpusSentences()]) {
      const [slow, normal, fast] = PACES.map((p) => estimateSpeechSeconds(text, p));
      expect({ text, ordered: slow > normal && normal > fast }).toEqual({ text, ordered: true });
    }
  });

  it('grows as a cue grows', () => {
    const steps = ['Hold.', 'Hold it.', 'Hold it there.', 'Hold it there, and breathe.', 'Hold it there, and breathe. Relax your shoulders.'];
    for (const pace of PACES) {
      const seconds = steps.map((s) => estimateSpeechSeconds(s, pace));
      for (let i = 1; i < seconds.length; i++) expect(seconds[i]).toBeGreaterThan(seconds[i - 1]);
    }
  });

  it('never shrinks when words are appended (monotone up to one de-stressed word)', () => {
    const vocabulary = ['hold', 'it', 'there', 'and', 'breathe', 'relax', 'your', 'shoulders', 'the', 'slowly', 'in', 'a', '20', 'seconds'];
    const punctuation = ['', '', '', ',', '.'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...punctuation)), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 4 }),
        fc.constantFrom<Pace>(...PACES),
        (head, tail, pace) => {
          const prefix = head.map(([w, p]) => w + p).join(' ');
          const longer = `${prefix} ${tail.join(' ')}`;
          // Appending can take the clause-end stress off a word like "there" (≈ 0.1 s) but adds more than that overall,
          // except for a lone "a" after such a word; allow that one small dip.
          return estimateSpeechSeconds(longer, pace) >= estimateSpeechSeconds(prefix, pace) - 0.05;
        },
      ),
      { numRuns: 500, seed: 20240601 },
    );
  });
});

describe('en-US timing.json', () => {
  it('matches the model and the paces', () => {
    expect(calibration.model).toBe('english');
    expect(calibration.voice).toBe('en-us');
    expect(calibration.features).toEqual([...SPEECH_FEATURE_NAMES]);
    expect(calibration.synthesizer.engine).toBe('espeak-ng');
    for (const pace of PACES) {
      const entry = calibration.paces[pace];
      expect(entry.ratePercent).toBe(paceRatePercent(pace));
      expect(entry.espeakWordsPerMinute).toBe(espeakWordsPerMinute(pace));
      expect(calibration.heldOutMeanAbsErrorSeconds[pace]).toBeLessThanOrEqual(0.12);
      for (const name of SPEECH_FEATURE_NAMES) {
        if (name !== 'intercept') expect(calibration.coefficients[pace][name]).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('keeps the held-out sentences out of the calibration corpus', () => {
    const corpus = new Set(corpusSentences().map((s) => s.toLowerCase()));
    expect(HELD_OUT.filter((s) => corpus.has(s.toLowerCase()))).toEqual([]);
  });
});

describe('against espeak-ng (held-out sentences)', () => {
  it('has espeak-ng and sox installed', () => {
    if (!espeakAvailable()) throw new Error(ESPEAK_MISSING_MESSAGE);
  });

  it('measures espeak speech with sox: plausible, deterministic, slower at a slower pace', () => {
    const [slow, normal, fast] = PACES.map((p) => synthesizeSeconds('Release.', p));
    expect(normal).toBeGreaterThan(0.4);
    expect(normal).toBeLessThan(1.2);
    expect(slow).toBeGreaterThan(normal);
    expect(normal).toBeGreaterThan(fast);
    expect(synthesizeSeconds('Release.', 'normal')).toBe(normal);
    expect(synthesizeSeconds('-5 seconds', 'normal')).toBeGreaterThan(0.5); // text is never taken for an option
  });

  describe.each(PACES.map((p) => [p] as [Pace]))('at %s pace', (pace) => {
    let rows: Array<{ text: string; measured: number; estimate: number; error: number }> = [];

    beforeAll(() => {
      if (!espeakAvailable()) return; // each test below then fails with the install message
      rows = HELD_OUT.map((text) => {
        const measured = synthesizeSeconds(text, pace);
        const estimate = estimateSpeechSeconds(text, pace);
        return { text, measured, estimate, error: estimate - measured };
      });
    });

    const context = (): string =>
      `espeak-ng ${espeakVersion()} (calibrated on ${calibration.synthesizer.version}), ${pace}:\n` +
      rows.map((r) => `  ${r.error >= 0 ? '+' : ''}${r.error.toFixed(3)} s  (${r.measured.toFixed(3)} s)  ${r.text}`).join('\n');

    it(`is within ${MAX_ABS_ERROR} s of every held-out sentence`, () => {
      if (!espeakAvailable()) throw new Error(ESPEAK_MISSING_MESSAGE);
      const worst = Math.max(...rows.map((r) => Math.abs(r.error)));
      if (worst > MAX_ABS_ERROR) throw new Error(`max |error| ${worst.toFixed(3)} s > ${MAX_ABS_ERROR} s\n${context()}`);
    });

    it(`has a mean |error| ≤ ${MAX_MEAN_ABS_ERROR} s and a mean bias ≤ ${MAX_MEAN_SIGNED_ERROR} s`, () => {
      if (!espeakAvailable()) throw new Error(ESPEAK_MISSING_MESSAGE);
      const mae = rows.reduce((sum, r) => sum + Math.abs(r.error), 0) / rows.length;
      const bias = rows.reduce((sum, r) => sum + r.error, 0) / rows.length;
      if (mae > MAX_MEAN_ABS_ERROR) throw new Error(`mean |error| ${mae.toFixed(3)} s > ${MAX_MEAN_ABS_ERROR} s\n${context()}`);
      if (Math.abs(bias) > MAX_MEAN_SIGNED_ERROR) throw new Error(`mean bias ${bias.toFixed(3)} s\n${context()}`);
    });

    it('has bounds tight enough to catch a model 15% off', () => {
      if (!espeakAvailable()) throw new Error(ESPEAK_MISSING_MESSAGE);
      for (const factor of [0.85, 1.15]) {
        const mae = rows.reduce((sum, r) => sum + Math.abs(r.estimate * factor - r.measured), 0) / rows.length;
        expect(mae).toBeGreaterThan(MAX_MEAN_ABS_ERROR);
      }
    });
  });
});
