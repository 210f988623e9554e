/**
 * No locale speaks another language: nothing a non-English locale says holds a run of three or
 * more consecutive words of en-US speech (names aside, per locale), checked on every sentence
 * rendered with every parameter, and on whole conversations through the built bundle in that
 * locale, driven by that locale's own utterances.
 */
import * as fs from 'fs';
import * as path from 'path';
import { LOCALE_IDS, type LocaleId } from '../lambda/locales/registry';
import { enUS } from '../lambda/locales/en-US/speech';
import { translator } from '../lambda/speech/i18n';
import { lengthPhrase, legName, legPhrase, say, variantName, type SpeechKey, type SpeechParams } from '../lambda/vocabulary/say';
import { VoiceSimulator, type SkillHandler } from '../lambda/local/voice-simulator';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { handler } = require('../dist/index.js') as { handler: SkillHandler };

const ROOT = path.join(__dirname, '..');
const RUN = 3;

/** Words a locale may share with English: names, and what Alexa itself is called. */
const ALLOWED: Partial<Record<LocaleId | string, RegExp[]>> = {};
const ALWAYS_ALLOWED = [/\balexa\b/gi, /\bhamstring coach\b/gi];

const PARAMS: SpeechParams = {
  count: 30, round: 1, rounds: 2, done: 1, total: 4, step: 2, steps: 5, sessions: 3, hour12: 9, hour24: 21, minuteTens: 3, minuteOnes: 0,
  leg: legName('right'), otherLeg: legName('left'), legPhrase: legPhrase('left'), length: lengthPhrase(30), longer: lengthPhrase(40),
  variant: variantName('SITTING'), period: say('time.pm'), time: say('time.onTheHour', { hour12: 9, period: say('time.am') }),
};

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{M}']+/gu) ?? [];

function runsOf(text: string): Set<string> {
  const list = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= list.length; i++) runs.add(list.slice(i, i + RUN).join(' '));
  return runs;
}

const english = translator('en-US');
const ENGLISH_RUNS = new Set((Object.keys(enUS) as SpeechKey[]).flatMap((key) => [...runsOf(english(key, PARAMS))]));

/** The runs of three en-US words a text holds, once the locale's allowed names are taken out. */
function englishRunsIn(text: string, locale: string): string[] {
  let cleaned = text;
  for (const allowed of [...ALWAYS_ALLOWED, ...(ALLOWED[locale] ?? [])]) cleaned = cleaned.replace(allowed, ' ');
  return [...runsOf(cleaned)].filter((run) => ENGLISH_RUNS.has(run));
}

const FOREIGN = LOCALE_IDS.filter((locale) => !locale.startsWith('en-'));

test('the check itself finds English inside another language, and not in a sentence of that language', () => {
  expect(englishRunsIn('Bitte sagen Sie: say ready when you are there.', 'de-DE')).toContain('say ready when');
  expect(englishRunsIn('Bitte sagen Sie „fertig“, wenn Sie so weit sind.', 'de-DE')).toEqual([]);
  expect(englishRunsIn('Sagen Sie: Alexa, öffne Hamstring Coach.', 'de-DE')).toEqual([]);
});

const foreignLocales = FOREIGN.length > 0 ? describe.each(FOREIGN.map((locale) => [locale])) : describe.skip.each([['(no other language registered)']]);

foreignLocales('%s speaks no English', (locale) => {
  const t = translator(locale);

  test('no sentence holds three consecutive words of en-US speech', () => {
    const found = (Object.keys(enUS) as SpeechKey[]).flatMap((key) => englishRunsIn(t(key, PARAMS), locale).map((run) => `${key}: "${run}"`));
    expect(found).toEqual([]);
  });

  test('a conversation in its own words, from launch into the first hold, says no English', async () => {
    const model = JSON.parse(fs.readFileSync(path.join(ROOT, 'skill-package', 'interactionModels', 'custom', `${locale}.json`), 'utf8'));
    const lm = model.interactionModel.languageModel;
    const plain = (name: string): string => lm.intents.find((i: { name: string }) => i.name === name).samples.find((s: string) => !s.includes('{'));
    const sitting = lm.types.find((t: { name: string }) => t.name === 'StretchVariant').values.find((v: { id: string }) => v.id === 'SITTING').name.value;
    const sim = new VoiceSimulator({ handler, locale, userId: `amzn1.ask.account.purity-${locale}` });
    const said: string[] = [];
    const turns = [await sim.launch(), await sim.say(sitting), await sim.say(plain('AMAZON.HelpIntent')), await sim.say(plain('ProgressIntent'))];
    for (let i = 0; i < 5; i++) turns.push(await sim.say(plain('ReadyIntent')));
    for (const turn of turns) said.push(turn.text, turn.reprompt);
    expect(turns[1].request.request.type).toBe('IntentRequest');
    expect(said.flatMap((text) => englishRunsIn(text, locale))).toEqual([]);
    // The conversation got somewhere: the stretch was chosen in that language and a hold was played.
    expect(turns.some((turn) => turn.apla !== undefined)).toBe(true);
  });
});
