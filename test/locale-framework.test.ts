/**
 * The locale framework: the registry and each locale's folder, the generated skill package, the
 * translator's fallback, the timing model per locale. Parameterised over the registry, so every
 * locale added joins these checks by its one line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { LOCALES, LOCALE_IDS, localeFor } from '../lambda/locales/registry';
import { enUS } from '../lambda/locales/en-US/speech';
import { CLOCK_KEYS, COUNTED_KEYS, DAY_PARTS } from '../lambda/locales/speech';
import { translator } from '../lambda/speech/i18n';
import { checkTiming, estimateSpeechSeconds, localeTiming } from '../lambda/speech/timing/speech-duration';
import { TIMING_MODELS } from '../lambda/speech/timing/models';
import { moraCount } from '../lambda/speech/timing/morae';
import { syllablesOf } from '../lambda/speech/timing/syllables';
import { splitAtPauses } from '../lambda/speech/timing/pauses';
import { PACES } from '../lambda/vocabulary/pace';
import { lengthPhrase, legName, legPhrase, say, spokenTime, variantName, type SpeechParams } from '../lambda/vocabulary/say';
import { generatedFiles } from '../scripts/generate-skill-package';
import { readSpokenJson, type ResolvedSpokenJson } from '../lambda/local/spoken';
import { parseInvocation, prepareInteractionModel, resolveUtterance } from '../lambda/local/utterance-resolver';

const ROOT = path.join(__dirname, '..');
const FOLDER_FILES = ['speech.ts', 'model.json', 'publishing.json', 'spoken.json', 'timing.json'];
/** A value for every placeholder any line has. */
const EVERY_PARAM: SpeechParams = {
  count: 30, round: 1, rounds: 3, done: 2, total: 6, step: 2, steps: 5, sessions: 3, hour12: 9, hour24: 21, minute: 30, minuteTens: 3, minuteOnes: 0,
  leg: legName('right'), otherLeg: legName('left'), legPhrase: legPhrase('left'), length: lengthPhrase(30), longer: lengthPhrase(45),
  variant: variantName('SITTING'), period: say('time.pm'), time: say('time.onTheHour', { hour12: 9, hour24: 9, period: say('time.am') }),
};
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/**
 * A clock time may be said on the 24-hour clock ({{hour24}} in place of en-US's {{hour12}} and
 * {{period}}), and its minutes as one number ({{minute}}) in place of en-US's two digits.
 */
const CLOCK_PARAMS = ['hour12', 'hour24', 'minute', 'minuteTens', 'minuteOnes', 'period'];
function placeholdersFit(key: string, said: string[], english: string[]): boolean {
  if (!key.startsWith('time.')) return said.join() === english.join();
  const saysMinutes = said.includes('minute') || (said.includes('minuteTens') && said.includes('minuteOnes'));
  const minutesFit = english.some((p) => p.startsWith('minute')) ? saysMinutes : !said.some((p) => p.startsWith('minute'));
  return said.every((p) => CLOCK_PARAMS.includes(p)) && minutesFit && (english.length === 0 || said.some((p) => p.startsWith('hour')));
}

describe('the registry', () => {
  test('lists en-US first, and every locale folder is registered and complete', () => {
    expect(LOCALE_IDS[0]).toBe('en-US');
    const folders = fs
      .readdirSync(path.join(ROOT, 'lambda', 'locales'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual([...LOCALE_IDS].sort());
    for (const locale of LOCALE_IDS) {
      for (const file of FOLDER_FILES) {
        expect({ locale, file, exists: fs.existsSync(path.join(ROOT, 'lambda', 'locales', locale, file)) }).toEqual({ locale, file, exists: true });
      }
    }
  });

  test('answers an unknown locale, or none, in en-US, without an error', () => {
    for (const odd of ['xx-XX', 'en', 'EN-us', '', 'constructor', '__proto__', 'toString']) {
      expect(localeFor(odd)).toBe('en-US');
      expect(translator(odd)('welcome.back')).toBe(enUS['welcome.back']);
      expect(estimateSpeechSeconds('Welcome back.', 'normal', odd)).toBe(estimateSpeechSeconds('Welcome back.', 'normal', 'en-US'));
    }
    expect(localeFor(undefined)).toBe('en-US');
  });
});

describe.each(LOCALE_IDS.map((locale) => [locale]))('%s speech', (locale) => {
  const speech = LOCALES[locale].speech() as Record<string, string>;
  /** Lines beyond en-US's keys: a counted key's plural forms (`<key>_<category>`, for this language's categories) and a clock time's day-part forms (`<key>_<part>`). */
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  const forms = Object.keys(speech).filter((key) => !(key in enUS));
  const pluralForms = forms.filter((key) => COUNTED_KEYS.some((counted) => categories.some((category) => key === `${counted}_${category}`)));
  const dayPartForms = forms.filter((key) => CLOCK_KEYS.some((clock) => DAY_PARTS.some((part) => key === `${clock}_${part}`)));

  test("has every key of en-US, none empty, none extra but a counted key's plural forms and a clock time's day-part forms", () => {
    expect(Object.keys(speech).filter((key) => key in enUS).sort()).toEqual(Object.keys(enUS).sort());
    expect(forms.filter((key) => !pluralForms.includes(key) && !dayPartForms.includes(key))).toEqual([]);
    expect(Object.entries(speech).filter(([, text]) => typeof text !== 'string' || text.trim() === '')).toEqual([]);
  });

  test("a form says what its plain line says: a clock time's as en-US's line does, another with no placeholder its plain line lacks (one and two may be words)", () => {
    for (const key of [...pluralForms, ...dayPartForms]) {
      const plain = key.slice(0, key.lastIndexOf('_')) as keyof typeof enUS;
      const said = placeholders(speech[key]);
      // A clock line's plural form is picked by its hour, so it may say that hour as a word ("all'una").
      const hourAsWord = pluralForms.includes(key) && !said.some((p) => p.startsWith('hour')) ? ['hour24'] : [];
      const fits = (CLOCK_KEYS as readonly string[]).includes(plain)
        ? placeholdersFit(plain, [...said, ...hourAsWord], placeholders(enUS[plain]))
        : said.every((p) => placeholders(speech[plain]).includes(p));
      expect({ key, fits }).toEqual({ key, fits: true });
    }
  });

  test('a language that says the part of the day has a form for all four parts, or none', () => {
    for (const clock of CLOCK_KEYS) {
      const parts = DAY_PARTS.filter((part) => `${clock}_${part}` in speech);
      expect([0, DAY_PARTS.length]).toContain(parts.length);
    }
  });

  test('says every length a hold or what is left of one can have, 3 to 60 seconds, with nothing left over', () => {
    const t = translator(locale);
    for (let seconds = 3; seconds <= 60; seconds++) {
      const said = t(lengthPhrase(seconds).key, lengthPhrase(seconds).params);
      expect({ seconds, said: /\{\{|\}\}|undefined/.test(said) || said.trim() === '' }).toEqual({ seconds, said: false });
      if (seconds < 60) expect(said).toContain(String(seconds));
    }
  });

  test("has exactly en-US's placeholders in every line (a clock time may use {{hour24}}), and no SSML", () => {
    const wrong = Object.entries(enUS)
      .filter(([key, text]) => !placeholdersFit(key, placeholders(speech[key]), placeholders(text)))
      .map(([key]) => key);
    expect(wrong).toEqual([]);
    expect(Object.entries(speech).filter(([, text]) => /<\/?[a-z]+[\s>/]|&(?:amp|lt|gt);/i.test(text))).toEqual([]);
  });

  test('renders every line with no placeholder left over', () => {
    const t = translator(locale);
    for (const key of Object.keys(enUS) as Array<keyof typeof enUS>) {
      expect(t(key, EVERY_PARAM)).not.toMatch(/\{\{|\}\}|undefined/);
    }
  });

  test('writes no doubled full stop and no space before a stop or a comma, at any clock time (the time may end in "p. m.")', () => {
    const t = translator(locale);
    const wrong: string[] = [];
    for (const [hour, minute] of [[9, 0], [13, 0], [21, 30], [0, 5]]) {
      for (const key of Object.keys(enUS) as Array<keyof typeof enUS>) {
        const said = t(key, { ...EVERY_PARAM, time: spokenTime(hour, minute) });
        if (/(?<!\.)\.\.(?!\.)|\s[.,]/.test(said)) wrong.push(`${key}: ${said}`);
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
  });
});

describe('a counted noun, and a clock time, take the form for their number and their part of the day', () => {
  test('Arabic: 3 to 10 seconds are ثوانٍ, 11 and more ثانية (i18next picks the form by the count)', () => {
    const t = translator('ar-SA');
    const length = (seconds: number): string => t(lengthPhrase(seconds).key, lengthPhrase(seconds).params);
    for (const seconds of [3, 7, 10]) expect(length(seconds)).toBe(`${seconds} ثوانٍ`);
    for (const seconds of [11, 20, 45, 59]) expect(length(seconds)).toBe(`${seconds} ثانية`);
    expect(length(60)).toBe('دقيقة واحدة');
    // What is left of a paused hold, in a whole line.
    expect(t('progress.pausedBothLegs', { length: lengthPhrase(7), done: 2, total: 6 })).toContain('7 ثوانٍ');
  });

  test('Spanish: "a la 1", "a las 2", by the hour the locale says (12 hours in Mexico and the US, 24 in Spain); Italian "all\'una", "alle 2"', () => {
    const set = (locale: string, hour: number, minute: number): string => translator(locale)('reminder.set', { time: spokenTime(hour, minute) });
    for (const locale of ['es-MX', 'es-US']) {
      expect(set(locale, 13, 0)).toContain('todos los días a la 1 p. m.');
      expect(set(locale, 1, 30)).toContain('todos los días a la 1:30 a. m.');
      expect(set(locale, 14, 0)).toContain('todos los días a las 2 p. m.');
      expect(set(locale, 21, 15)).toContain('todos los días a las 9:15 p. m.');
      expect(set(locale, 0, 0)).toContain('todos los días a las 12 a. m.');
    }
    expect(set('es-ES', 1, 0)).toContain('todos los días a la 1:00.');
    expect(set('es-ES', 1, 45)).toContain('todos los días a la 1:45.');
    expect(set('es-ES', 13, 0)).toContain('todos los días a las 13:00.');
    expect(set('es-ES', 9, 5)).toContain('todos los días a las 9:05.');
    expect(translator('es-MX')('reminder.status', { time: spokenTime(13, 0) })).toContain('puesto a la 1 p. m.');
    // Italian contracts the preposition with the article: "all'una", "alle 13".
    const it = (hour: number, minute: number): string => translator('it-IT')('reminder.set', { time: spokenTime(hour, minute) });
    expect(it(1, 0)).toContain("ogni giorno all'una.");
    expect(it(1, 5)).toContain("ogni giorno all'una e 5.");
    expect(it(13, 0)).toContain('ogni giorno alle 13.');
    expect(it(21, 30)).toContain('ogni giorno alle 21:30.');
    expect(translator('it-IT')('reminder.status', { time: spokenTime(13, 0) })).toContain('è fissato alle 13.');
    // A language without the forms is unchanged: the count only picks a line that exists.
    expect(set('en-US', 13, 0)).toBe("Done. I'll remind you to stretch every day at 1 PM.");
  });

  test('Hindi: the part of the day before the hour, on 12 hours (सुबह 9 बजे, दोपहर 1 बजे, शाम 6 बजे, रात 9 बजे)', () => {
    const time = (hour: number, minute: number): string => translator('hi-IN')('reminder.status', { time: spokenTime(hour, minute) });
    const expected: Array<[number, number, string]> = [
      [4, 0, 'सुबह 4 बजे'], [9, 0, 'सुबह 9 बजे'], [9, 5, 'सुबह 9 बजकर 5 मिनट'], [11, 45, 'सुबह 11 बजकर 45 मिनट'],
      [12, 0, 'दोपहर 12 बजे'], [13, 0, 'दोपहर 1 बजे'], [15, 30, 'दोपहर 3 बजकर 30 मिनट'],
      [16, 0, 'शाम 4 बजे'], [18, 15, 'शाम 6 बजकर 15 मिनट'],
      [20, 0, 'रात 8 बजे'], [21, 0, 'रात 9 बजे'], [0, 0, 'रात 12 बजे'], [3, 0, 'रात 3 बजे'],
    ];
    for (const [hour, minute, said] of expected) expect({ hour, minute, line: time(hour, minute).includes(` ${said} `) }).toEqual({ hour, minute, line: true });
    // Languages without the forms say the plain line at every hour.
    expect(translator('de-DE')('reminder.status', { time: spokenTime(21, 0) })).not.toMatch(/_night|undefined/);
  });
});

describe.each(LOCALE_IDS.map((locale) => [locale]))('%s timing.json and spoken.json', (locale) => {
  test('names a known model with every coefficient at every pace, none negative but the intercept', () => {
    const json = LOCALES[locale].timing() as { voice?: unknown; heldOutMeanAbsErrorSeconds?: unknown };
    const timing = checkTiming(locale, json);
    expect(typeof json.voice).toBe('string');
    expect(json).toHaveProperty('heldOutMeanAbsErrorSeconds');
    for (const pace of PACES) {
      for (const name of TIMING_MODELS[timing.modelName].features) {
        if (name !== 'intercept') expect(timing.coefficients[pace][name]).toBeGreaterThanOrEqual(0);
      }
    }
    expect(localeTiming(locale).locale).toBe(locale);
  });

  test('times its own speech: every line takes time, slower at a slower pace', () => {
    const speech = LOCALES[locale].speech() as Record<string, string>;
    for (const text of Object.values(speech)) {
      const [slow, normal, fast] = PACES.map((pace) => estimateSpeechSeconds(text, pace, locale));
      expect({ text, ordered: normal > 0 && slow >= normal && normal >= fast }).toEqual({ text, ordered: true });
    }
  });

  test('spoken.json has numbers 0–120, duration templates with {n}, launch and one-shot patterns', () => {
    const spoken = readSpokenJson(locale);
    for (let n = 0; n <= 120; n++) expect({ n, forms: (spoken.numbers[String(n)] ?? []).length > 0 }).toEqual({ n, forms: true });
    for (const template of [...spoken.durations.second, ...spoken.durations.minute]) expect(template).toContain('{n}');
    expect(spoken.launch.length).toBeGreaterThan(0);
    for (const template of spoken.launch) expect(template).toContain('{invocation}');
    for (const template of spoken.oneShot) expect(template).toMatch(/\{invocation\}.*\{request\}|\{request\}.*\{invocation\}/);
  });
});

describe('the generated skill package', () => {
  test('is up to date: npm run generate would change nothing', () => {
    const stale: string[] = [];
    for (const [file, content] of generatedFiles()) {
      const written = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
      if (written !== content) stale.push(path.relative(ROOT, file));
    }
    expect({ stale, fix: 'npm run generate' }).toEqual({ stale: [], fix: 'npm run generate' });
  });

  test('has one interaction model per registered locale, and no other', () => {
    const models = fs.readdirSync(path.join(ROOT, 'skill-package', 'interactionModels', 'custom')).sort();
    expect(models).toEqual(LOCALE_IDS.map((l) => `${l}.json`).sort());
  });
});

describe('timing units of other scripts', () => {
  test('syllables: vowel groups in Latin script, aksharas in Devanagari, vowel-carrying letters in Arabic', () => {
    expect(syllablesOf('Stuhl')).toBe(1);
    expect(syllablesOf('chaise')).toBe(2); // vowel groups: "ai", "e"
    expect(syllablesOf('rodilla')).toBe(3);
    expect(syllablesOf('आराम')).toBe(3); // आ, रा, म
    expect(syllablesOf('स्ट्रेच')).toBe(2); // स्ट्रे (one conjunct), च
    expect(syllablesOf('ساق')).toBe(2); // س, ق; ا lengthens
    expect(syllablesOf('30')).toBe(4);
  });

  test('morae: small kana merged, っ, ー and ん counted, kanji as two', () => {
    expect(moraCount('きょう')).toBe(2); // きょ, う
    expect(moraCount('ちょっと')).toBe(3); // ちょ, っ, と
    expect(moraCount('ストレッチ')).toBe(5); // ス, ト, レ, ッ, チ: the small ッ is a mora of its own
    expect(moraCount('コーチ')).toBe(3);
    expect(moraCount('ほん')).toBe(2);
    expect(moraCount('足')).toBe(2);
  });

  test('pauses: clause and sentence breaks in any script, the last one free', () => {
    expect(splitAtPauses('Hola, ¿qué tal? Bien.', (p) => /\p{L}/u.test(p))).toMatchObject({ clauseBreaks: 1, sentenceBreaks: 1 });
    expect(splitAtPauses('はい、どうぞ。ゆっくり。', (p) => /\p{L}/u.test(p))).toMatchObject({ clauseBreaks: 1, sentenceBreaks: 1 });
    expect(splitAtPauses('ठीक है। धीरे।', (p) => /\p{L}/u.test(p))).toMatchObject({ clauseBreaks: 0, sentenceBreaks: 1 });
    expect(splitAtPauses('حسنًا، ببطء؟ نعم.', (p) => /\p{L}/u.test(p))).toMatchObject({ clauseBreaks: 1, sentenceBreaks: 1 });
  });
});

describe('the resolver in a language without spaces (spoken.json "spaces": false)', () => {
  const spoken: ResolvedSpokenJson = {
    spaces: false,
    numbers: { '20': ['二十'], '30': ['三十'], '45': ['四十五'], '1': ['一'] },
    durations: { second: ['{n}秒'], minute: ['{n}分'], fixed: { PT30S: ['三十秒間'], PT1M: ['一分間'] } },
    launch: ['{invocation}を開いて', '{invocation}を起動して'],
    oneShot: ['{invocation}で{request}'],
    wakeWords: ['アレクサ'],
    respell: {},
  };
  const model = prepareInteractionModel(
    {
      interactionModel: {
        languageModel: {
          invocationName: 'ハムストリングコーチ',
          intents: [
            { name: 'StartStretchIntent', slots: [{ name: 'variant', type: 'StretchVariant' }], samples: ['{variant}', '{variant}のストレッチ', '{variant}でお願いします'] },
            { name: 'ReadyIntent', samples: ['準備できました', 'はい'] },
            { name: 'SetHoldTimeIntent', slots: [{ name: 'seconds', type: 'AMAZON.NUMBER' }, { name: 'duration', type: 'AMAZON.DURATION' }], samples: ['{seconds}秒キープ', '{duration}キープして'] },
            { name: 'AMAZON.FallbackIntent', samples: [] },
          ],
          types: [{ name: 'StretchVariant', values: [{ id: 'SITTING', name: { value: '座って', synonyms: ['椅子に座って'] } }, { id: 'LYING', name: { value: '寝て', synonyms: ['仰向けで'] } }] }],
        },
      },
    },
    spoken,
  );
  const resolve = (text: string) => resolveUtterance(model, text, 'skill');

  test('matches samples and slot values written without spaces, whatever spaces the transcript has', () => {
    expect(resolve('準備できました').name).toBe('ReadyIntent');
    expect(resolve('準備 できました。').name).toBe('ReadyIntent');
    const r = resolve('椅子に座ってのストレッチ');
    expect(r.name).toBe('StartStretchIntent');
    expect(r.slots.variant.value).toBe('椅子に座って');
    expect(r.slots.variant.resolutions?.resolutionsPerAuthority[0].values[0].value).toEqual({ name: '座って', id: 'SITTING' });
    expect(resolve('仰向けで').slots.variant.resolutions?.resolutionsPerAuthority[0].values[0].value.id).toBe('LYING');
  });

  test('reads number words and durations', () => {
    expect(resolve('四十五秒キープ').slots.seconds.value).toBe('45');
    expect(resolve('三十秒間キープして').slots.duration.value).toBe('PT30S');
    expect(resolve('一分キープして').slots.duration.value).toBe('PT1M');
  });

  test('hears the launch and one-shot phrases after the wake word', () => {
    expect(parseInvocation('アレクサ、ハムストリングコーチを開いて', model)).toEqual({ kind: 'launch' });
    expect(parseInvocation('ハムストリングコーチで座ってのストレッチ', model)).toEqual({ kind: 'oneShot', rest: '座ってのストレッチ' });
  });
});
