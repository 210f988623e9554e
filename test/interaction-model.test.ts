/**
 * The interaction model, the manifest and the local utterance resolver, checked against the
 * outside contract (intent names, slot ids, the phrases users say) and the ASK console's rules.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Intent } from 'ask-sdk-model';
import { BUILTIN_INTENTS, CUSTOM_INTENTS } from './support/contract';
import {
  FALLBACK_INTENT,
  interpret,
  loadInteractionModel,
  normalizeUtterance,
  numberWordsToDigits,
  parseInvocation,
  resolveUtterance,
  wordsToNumber,
  type InteractionModelJson,
  type ResolvedIntent,
} from '../lambda/local/utterance-resolver';

const ROOT = path.resolve(__dirname, '..');
const MODEL_PATH = path.join(ROOT, 'skill-package', 'interactionModels', 'custom', 'en-US.json');
const MANIFEST_PATH = path.join(ROOT, 'skill-package', 'skill.json');
const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

const model = loadInteractionModel();
const lm = model.json.interactionModel.languageModel;


/** Phrases Alexa's built-in intents already own; custom samples must not repeat them. */
const BUILTIN_PHRASES: Record<string, string[]> = {
  'AMAZON.HelpIntent': ['help', 'help me', 'can you help me'],
  'AMAZON.StopIntent': ['stop', 'off', 'shut up'],
  'AMAZON.CancelIntent': ['cancel', 'never mind'],
  'AMAZON.NavigateHomeIntent': ['home', 'go home'],
  'AMAZON.NextIntent': ['next', 'skip', 'skip forward'],
  'AMAZON.PreviousIntent': ['previous', 'go back', 'skip back', 'back up'],
  'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'say that again'],
  'AMAZON.StartOverIntent': ['start over', 'restart', 'start again'],
  'AMAZON.YesIntent': ['yes', 'yes please', 'sure'],
  'AMAZON.NoIntent': ['no', 'no thanks'],
  'AMAZON.PauseIntent': ['pause', 'pause that'],
  'AMAZON.ResumeIntent': ['resume', 'continue', 'keep going'],
};

function intentJson(name: string): InteractionModelJson['interactionModel']['languageModel']['intents'][number] {
  const intent = lm.intents.find((i) => i.name === name);
  if (!intent) throw new Error(`intent ${name} missing from the model`);
  return intent;
}

function samplesOf(name: string): string[] {
  return intentJson(name).samples ?? [];
}

function resolve(text: string): ResolvedIntent {
  return resolveUtterance(model, text, SKILL_ID);
}

function variantId(intent: ResolvedIntent): string | undefined {
  const rpa = intent.slots.variant?.resolutions?.resolutionsPerAuthority?.[0];
  return rpa?.status.code === 'ER_SUCCESS_MATCH' ? rpa.values[0]?.value.id : undefined;
}

const variantType = (lm.types ?? []).find((t) => t.name === 'StretchVariant');

function synonymsOf(id: string): string[] {
  const value = variantType?.values.find((v) => v.id === id);
  return value ? [value.name.value, ...(value.name.synonyms ?? [])] : [];
}

describe('interaction model: structure', () => {
  test('is the file the resolver loads by default, with invocation name "hamstring coach"', () => {
    expect(JSON.parse(fs.readFileSync(MODEL_PATH, 'utf8'))).toEqual(model.json);
    expect(lm.invocationName).toBe('hamstring coach');
  });

  test('declares exactly the contract intents', () => {
    const names = lm.intents.map((i) => i.name).sort();
    expect(names).toEqual([...CUSTOM_INTENTS, ...BUILTIN_INTENTS].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  test('StartStretchIntent has slot variant of type StretchVariant with ids SITTING, STANDING, LYING', () => {
    expect(intentJson('StartStretchIntent').slots).toEqual([{ name: 'variant', type: 'StretchVariant' }]);
    expect(variantType).toBeDefined();
    expect(variantType!.values.map((v) => v.id).sort()).toEqual(['LYING', 'SITTING', 'STANDING']);
  });

  test('SetHoldTimeIntent has seconds and duration; ObstacleIntent obstacle; SetReminderIntent time; others none', () => {
    expect(intentJson('SetHoldTimeIntent').slots).toEqual([
      { name: 'seconds', type: 'AMAZON.NUMBER' },
      { name: 'duration', type: 'AMAZON.DURATION' },
    ]);
    expect(intentJson('ObstacleIntent').slots).toEqual([{ name: 'obstacle', type: 'Obstacle' }]);
    const obstacleType = (lm.types ?? []).find((t) => t.name === 'Obstacle');
    expect(obstacleType!.values.map((v) => v.id).sort()).toEqual(['CANT_GET_DOWN', 'CANT_REACH', 'CANT_STAND', 'NO_BELT', 'NO_STEP']);
    expect(intentJson('SetReminderIntent').slots).toEqual([{ name: 'time', type: 'AMAZON.TIME' }]);
    const withSlots = ['StartStretchIntent', 'SetHoldTimeIntent', 'ObstacleIntent', 'SetReminderIntent'];
    for (const name of CUSTOM_INTENTS.filter((n) => !withSlots.includes(n))) {
      expect(intentJson(name).slots ?? []).toEqual([]);
    }
  });

  test('each variant has many synonyms, and no synonym belongs to two variants', () => {
    const seen = new Map<string, string>();
    for (const value of variantType!.values) {
      expect((value.name.synonyms ?? []).length).toBeGreaterThanOrEqual(10);
      for (const s of [value.name.value, ...(value.name.synonyms ?? [])]) {
        expect(s).toMatch(/^[a-z']+( [a-z']+)*$/);
        expect(seen.get(s) ?? value.id).toBe(value.id);
        seen.set(s, value.id!);
      }
    }
  });

  test('sample counts: at least 20 on StartStretchIntent and 10 on every other custom intent', () => {
    expect(samplesOf('StartStretchIntent').length).toBeGreaterThanOrEqual(20);
    for (const name of CUSTOM_INTENTS.filter((n) => n !== 'StartStretchIntent')) {
      expect({ name, enough: samplesOf(name).length >= 10 }).toEqual({ name, enough: true });
    }
  });

  test('most StartStretchIntent samples carry {variant}', () => {
    const samples = samplesOf('StartStretchIntent');
    const withSlot = samples.filter((s) => s.includes('{variant}'));
    expect(withSlot.length).toBeGreaterThanOrEqual(samples.length - 8);
  });

  test('samples follow the ASK console rules', () => {
    for (const intent of lm.intents) {
      const slotNames = new Set((intent.slots ?? []).map((s) => s.name));
      for (const sample of intent.samples ?? []) {
        // lower case words, apostrophes, single spaces, slot references; no digits or punctuation
        expect(sample).toMatch(/^([a-z']+|\{[a-zA-Z]+\})( ([a-z']+|\{[a-zA-Z]+\}))*$/);
        for (const ref of sample.match(/\{(\w+)\}/g) ?? []) {
          expect(slotNames.has(ref.slice(1, -1))).toBe(true);
        }
        expect(sample.length).toBeLessThanOrEqual(200);
      }
    }
    expect(intentJson('AMAZON.FallbackIntent').samples ?? []).toEqual([]);
  });

  test('no sample appears twice, within or across intents', () => {
    const owner = new Map<string, string>();
    const dupes: string[] = [];
    for (const intent of lm.intents) {
      for (const sample of intent.samples ?? []) {
        if (owner.has(sample)) dupes.push(`"${sample}" in ${owner.get(sample)} and ${intent.name}`);
        owner.set(sample, intent.name);
      }
    }
    expect(dupes).toEqual([]);
  });

  test("no sample repeats a built-in intent's own phrases", () => {
    const builtinPhrases = new Set(Object.values(BUILTIN_PHRASES).flat());
    const clashes = lm.intents.flatMap((i) => (i.samples ?? []).filter((s) => builtinPhrases.has(s)).map((s) => `${i.name}: ${s}`));
    expect(clashes).toEqual([]);
  });

  test('no variant value, said in a StartStretchIntent sample, becomes another intent\'s sample', () => {
    const others = new Map<string, string>();
    for (const intent of lm.intents) {
      if (intent.name === 'StartStretchIntent') continue;
      for (const s of intent.samples ?? []) others.set(s, intent.name);
    }
    for (const list of Object.values(BUILTIN_PHRASES)) for (const s of list) others.set(s, 'built-in');
    const allVariantWords = variantType!.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]);
    const conflicts: string[] = [];
    for (const sample of samplesOf('StartStretchIntent').filter((s) => s.includes('{variant}'))) {
      for (const word of allVariantWords) {
        const said = sample.replace('{variant}', word);
        if (others.has(said)) conflicts.push(`"${said}" also in ${others.get(said)}`);
      }
    }
    expect(conflicts).toEqual([]);
  });
});

describe('interaction model: every sample resolves to its own intent', () => {
  const filled: Array<[string, string, string]> = [];
  for (const intent of lm.intents) {
    for (const sample of intent.samples ?? []) {
      const text = sample
        .replace('{variant}', 'on my back')
        .replace('{seconds}', 'forty five')
        .replace('{duration}', 'half a minute')
        .replace('{obstacle}', "can't reach my foot")
        .replace('{time}', 'seven in the evening');
      filled.push([intent.name, sample, text]);
    }
  }
  test.each(filled)('%s: "%s"', (name, sample, text) => {
    const r = resolve(text);
    expect(r.name).toBe(name);
    if (sample.includes('{variant}')) expect(variantId(r)).toBe('LYING');
    if (sample.includes('{seconds}')) expect(r.slots.seconds.value).toBe('45');
    if (sample.includes('{duration}')) expect(r.slots.duration.value).toBe('PT30S');
    if (sample.includes('{obstacle}')) expect(r.slots.obstacle.resolutions?.resolutionsPerAuthority[0].values[0]?.value.id).toBe('CANT_REACH');
    // AMAZON.TIME as Alexa fills it: a 24-hour clock time.
    if (sample.includes('{time}')) expect(r.slots.time.value).toBe('19:00');
  });
});

describe('contract example phrases', () => {
  const startStretch: Array<[string, string]> = [
    ['sitting', 'SITTING'],
    ['the lying down one', 'LYING'],
    ['on my back', 'LYING'],
    ['standing up', 'STANDING'],
    ["let's do the seated stretch", 'SITTING'],
  ];
  test.each(startStretch)('"%s" -> StartStretchIntent %s', (text, id) => {
    const r = resolve(text);
    expect(r.name).toBe('StartStretchIntent');
    expect(variantId(r)).toBe(id);
  });

  test('"ask hamstring coach for the standing stretch" is a one-shot StartStretchIntent STANDING', () => {
    const result = interpret(model, 'ask hamstring coach for the standing stretch', SKILL_ID);
    expect(result.kind).toBe('intent');
    if (result.kind !== 'intent') return;
    expect(result.oneShot).toBe(true);
    expect(result.intent.name).toBe('StartStretchIntent');
    expect(variantId(result.intent)).toBe('STANDING');
  });

  const seconds: Array<[string, string]> = [
    ['hold for forty five seconds', '45'],
    ['make the hold sixty seconds', '60'],
    ['hold twenty seconds', '20'],
    ['Hold for forty-five seconds.', '45'],
    ['hold for 30 seconds', '30'],
    ['set the hold time to ninety seconds', '90'],
    ['hold for fifteen seconds', '15'],
  ];
  test.each(seconds)('"%s" -> SetHoldTimeIntent seconds %s', (text, value) => {
    const r = resolve(text);
    expect(r.name).toBe('SetHoldTimeIntent');
    expect(r.slots.seconds).toEqual({ name: 'seconds', value, confirmationStatus: 'NONE' });
  });

  const durations: Array<[string, string]> = [
    ['hold for a minute', 'PT1M'],
    ['a minute', 'PT1M'],
    ['one minute', 'PT1M'],
    ['half a minute', 'PT30S'],
    ['hold for 1 minute', 'PT1M'],
    ['2 minutes', 'PT2M'],
    ['one and a half minutes', 'PT1M30S'],
    ['a minute and a half', 'PT1M30S'],
    ['make the hold two minutes', 'PT2M'],
  ];
  test.each(durations)('"%s" -> SetHoldTimeIntent duration %s, as Alexa fills AMAZON.DURATION', (text, value) => {
    const r = resolve(text);
    expect(r.name).toBe('SetHoldTimeIntent');
    expect(r.slots.duration).toEqual({ name: 'duration', value, confirmationStatus: 'NONE' });
  });

  const obstacles: Array<[string, string]> = [
    ["I don't have a step", 'NO_STEP'],
    ["I don't have a belt", 'NO_BELT'],
    ["I can't reach my foot", 'CANT_REACH'],
    ["I can't stand up", 'CANT_STAND'],
    ["I can't get down on the floor", 'CANT_GET_DOWN'],
  ];
  test.each(obstacles)('"%s" -> ObstacleIntent %s', (text, id) => {
    const r = resolve(text);
    expect(r.name).toBe('ObstacleIntent');
    expect(r.slots.obstacle.resolutions?.resolutionsPerAuthority[0].values[0]?.value.id).toBe(id);
  });

  const simple: Array<[string, string]> = [
    ["I'm ready", 'ReadyIntent'],
    ['ready', 'ReadyIntent'],
    ['done', 'ReadyIntent'],
    ["I'm in position", 'ReadyIntent'],
    ['okay go', 'ReadyIntent'],
    ['OK, go!', 'ReadyIntent'],
    ["let's go", 'ReadyIntent'],
    ['go ahead', 'ReadyIntent'],
    ["I'm there", 'ReadyIntent'],
    ['it hurts', 'PainIntent'],
    ['that hurts', 'PainIntent'],
    ['ouch', 'PainIntent'],
    ['Ouch!', 'PainIntent'],
    ['my back hurts', 'PainIntent'],
    ['I feel pain', 'PainIntent'],
    ['this is painful', 'PainIntent'],
    ['my leg hurts', 'PainIntent'],
    ["it's too much", 'PainIntent'],
    ['speak slower', 'SpeakSlowerIntent'],
    ['slow down', 'SpeakSlowerIntent'],
    ['talk more slowly', 'SpeakSlowerIntent'],
    ['speak faster', 'SpeakFasterIntent'],
    ['speed up', 'SpeakFasterIntent'],
    ['talk faster', 'SpeakFasterIntent'],
    ['forget me', 'DeleteMyDataIntent'],
    ['delete my data', 'DeleteMyDataIntent'],
    ['erase my information', 'DeleteMyDataIntent'],
    ['I feel dizzy', 'FeelingUnwellIntent'],
    ["I'm light-headed", 'FeelingUnwellIntent'],
    ['my leg is numb', 'FeelingUnwellIntent'],
    ['my foot is tingling', 'FeelingUnwellIntent'],
    ['I feel sick', 'FeelingUnwellIntent'],
    ['I fell', 'NeedHelpIntent'],
    ["I've fallen", 'NeedHelpIntent'],
    ["I can't get up", 'NeedHelpIntent'],
    ['help me up', 'NeedHelpIntent'],
    ['call for help', 'NeedHelpIntent'],
    ['which leg?', 'ProgressIntent'],
    ['how long is the hold?', 'ProgressIntent'],
    ['how many are left?', 'ProgressIntent'],
    ['where am I?', 'ProgressIntent'],
    ['what?', 'AMAZON.RepeatIntent'],
    ['huh?', 'AMAZON.RepeatIntent'],
    ['pardon?', 'AMAZON.RepeatIntent'],
    ["I didn't hear you", 'AMAZON.RepeatIntent'],
    ['stop stop stop', 'AMAZON.StopIntent'],
  ];
  test.each(simple)('"%s" -> %s', (text, name) => {
    expect(resolve(text)).toEqual({ name, confirmationStatus: 'NONE', slots: {} });
  });
});

describe('variant synonyms people actually say', () => {
  const cases: Array<[string, string]> = [
    ['the one in bed', 'LYING'],
    ['in bed', 'LYING'],
    ['lying down', 'LYING'],
    ['laying down', 'LYING'],
    ['the lying one', 'LYING'],
    ['on the floor', 'LYING'],
    ['the one on the floor', 'LYING'],
    ['flat on my back', 'LYING'],
    ['in a chair', 'SITTING'],
    ['on a chair', 'SITTING'],
    ['seated', 'SITTING'],
    ['sitting down', 'SITTING'],
    ['the seated one please', 'SITTING'],
    ['on my feet', 'STANDING'],
    ['standing', 'STANDING'],
    ['the standing one', 'STANDING'],
    ["I'll do it standing up", 'STANDING'],
  ];
  test.each(cases)('"%s" -> %s', (text, id) => {
    const r = resolve(text);
    expect(r.name).toBe('StartStretchIntent');
    expect(variantId(r)).toBe(id);
  });

  test('every value and synonym of each variant resolves to its id', () => {
    for (const id of ['SITTING', 'STANDING', 'LYING']) {
      for (const word of synonymsOf(id)) {
        expect({ word, id: variantId(resolve(word)) }).toEqual({ word, id });
      }
    }
  });

  test('a resolved variant carries the full Alexa slot shape', () => {
    expect(resolve('in a chair')).toEqual({
      name: 'StartStretchIntent',
      confirmationStatus: 'NONE',
      slots: {
        variant: {
          name: 'variant',
          value: 'in a chair',
          confirmationStatus: 'NONE',
          resolutions: {
            resolutionsPerAuthority: [
              {
                authority: `amzn1.er-authority.echo-sdk.${SKILL_ID}.StretchVariant`,
                status: { code: 'ER_SUCCESS_MATCH' },
                values: [{ value: { name: 'sitting', id: 'SITTING' } }],
              },
            ],
          },
        },
      },
    });
  });

  test('an unknown variant in a clear carrier phrase gives ER_SUCCESS_NO_MATCH', () => {
    const r = resolve("let's do the cobra stretch");
    expect(r.name).toBe('StartStretchIntent');
    expect(r.slots.variant.value).toBe('cobra');
    expect(r.slots.variant.resolutions?.resolutionsPerAuthority[0].status.code).toBe('ER_SUCCESS_NO_MATCH');
    expect(r.slots.variant.resolutions?.resolutionsPerAuthority[0].values).toEqual([]);
  });

  test('a StartStretchIntent without a variant still lists the slot, with no value', () => {
    expect(resolve('start the stretch')).toEqual({
      name: 'StartStretchIntent',
      confirmationStatus: 'NONE',
      slots: { variant: { name: 'variant', confirmationStatus: 'NONE' } },
    });
  });
});

describe('built-in intents and fallback', () => {
  const cases: Array<[string, string]> = [
    ['help', 'AMAZON.HelpIntent'],
    ['Help!', 'AMAZON.HelpIntent'],
    ['what can I say', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['cancel', 'AMAZON.CancelIntent'],
    ['never mind', 'AMAZON.CancelIntent'],
    ['repeat', 'AMAZON.RepeatIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['next', 'AMAZON.NextIntent'],
    ['go back', 'AMAZON.PreviousIntent'],
    ['previous', 'AMAZON.PreviousIntent'],
    ['start over', 'AMAZON.StartOverIntent'],
    ['yes', 'AMAZON.YesIntent'],
    ['Yes.', 'AMAZON.YesIntent'],
    ['no', 'AMAZON.NoIntent'],
    ['pause', 'AMAZON.PauseIntent'],
    ['resume', 'AMAZON.ResumeIntent'],
    ['go home', 'AMAZON.NavigateHomeIntent'],
  ];
  test.each(cases)('"%s" -> %s', (text, name) => {
    expect(resolve(text)).toEqual({ name, confirmationStatus: 'NONE', slots: {} });
  });

  test.each(['purple monkey dishwasher', 'what is the capital of france', 'asdf qwer', '', '   ', '?!'])(
    'gibberish "%s" -> AMAZON.FallbackIntent',
    (text) => {
      expect(resolve(text)).toEqual({ name: FALLBACK_INTENT, confirmationStatus: 'NONE', slots: {} });
    },
  );

  test('audio-player built-ins the model does not declare are never returned', () => {
    for (const text of ['shuffle', 'loop on', 'loop off', 'shuffle off']) {
      expect(resolve(text).name).toBe(FALLBACK_INTENT);
    }
  });

  test('a resolved intent can be used as an ask-sdk-model Intent', () => {
    const intent: Intent = resolve('on my back');
    expect(intent.name).toBe('StartStretchIntent');
  });
});

describe('text helpers', () => {
  test('normalizeUtterance lower-cases and strips punctuation, keeping apostrophes in words', () => {
    expect(normalizeUtterance("  I'm READY!  ")).toBe("i'm ready");
    expect(normalizeUtterance('Hold for forty-five seconds, please.')).toBe('hold for forty five seconds please');
    expect(normalizeUtterance('\u2018ok\u2019 go')).toBe('okay go');
  });

  test.each<[string, number | undefined]>([
    ['forty five', 45],
    ['forty-five', 45],
    ['sixty', 60],
    ['twenty', 20],
    ['seven', 7],
    ['fifteen', 15],
    ['ninety nine', 99],
    ['one hundred and twenty', 120],
    ['a hundred', 100],
    ['two thousand and five', undefined], // the resolver hears 0–120, as the locale's spoken.json lists them
    ['45', 45],
    ['forty five seconds', undefined],
    ['banana', undefined],
    ['', undefined],
  ])('wordsToNumber("%s") = %s', (text, n) => {
    expect(wordsToNumber(text)).toBe(n);
  });

  test('numberWordsToDigits only touches number words', () => {
    expect(numberWordsToDigits('hold for forty five seconds')).toBe('hold for 45 seconds');
    expect(numberWordsToDigits('the lying one')).toBe('the lying 1');
  });
});

describe('parseInvocation', () => {
  test.each([
    'open hamstring coach',
    'Alexa, open Hamstring Coach.',
    'alexa launch hamstring coach',
    'start hamstring coach',
    'ask hamstring coach',
  ])('"%s" is a launch', (text) => {
    expect(parseInvocation(text)).toEqual({ kind: 'launch' });
  });

  test.each<[string, string]>([
    ['ask hamstring coach for the lying down stretch', 'the lying down stretch'],
    ['Alexa, ask hamstring coach to start the seated stretch', 'start the seated stretch'],
    ['tell hamstring coach to speak slower', 'speak slower'],
    ['open hamstring coach and start the standing stretch', 'start the standing stretch'],
    ['start the lying down stretch with hamstring coach', 'start the lying down stretch'],
  ])('"%s" is a one-shot for "%s"', (text, rest) => {
    expect(parseInvocation(text)).toEqual({ kind: 'oneShot', rest });
  });

  test('anything else is an utterance, normalised', () => {
    expect(parseInvocation("I'm Ready!")).toEqual({ kind: 'utterance', text: "i'm ready" });
    expect(parseInvocation('open the window')).toEqual({ kind: 'utterance', text: 'open the window' });
  });

  test('interpret reports a launch, or the intent for the request', () => {
    expect(interpret(model, 'Alexa, open hamstring coach', SKILL_ID)).toEqual({ kind: 'launch' });
    const r = interpret(model, 'tell hamstring coach to speak slower', SKILL_ID);
    expect(r).toEqual({ kind: 'intent', oneShot: true, intent: { name: 'SpeakSlowerIntent', confirmationStatus: 'NONE', slots: {} } });
  });
});

describe('skill.json manifest', () => {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST_PATH, 'utf8')) as {
    manifest: {
      manifestVersion: string;
      publishingInformation: {
        locales: Record<string, { name: string; summary: string; description: string; examplePhrases: string[]; keywords: string[]; smallIconUri: string; largeIconUri: string }>;
        category: string;
        isAvailableWorldwide: boolean;
        distributionCountries: string[];
      };
      apis: { custom?: Record<string, unknown> };
      privacyAndCompliance: Record<string, unknown>;
    };
  };
  const m = manifest.manifest;
  const en = m.publishingInformation.locales['en-US'];

  test('names the skill, its category and its distribution', () => {
    expect(m.manifestVersion).toBe('1.0');
    expect(en.name).toBe('Hamstring Coach');
    expect(en.summary.length).toBeGreaterThan(20);
    expect(en.summary.length).toBeLessThanOrEqual(160);
    expect(en.description.length).toBeLessThanOrEqual(4000);
    expect(en.keywords.length).toBeGreaterThan(3);
    expect(m.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
    expect(m.publishingInformation.isAvailableWorldwide).toBe(false);
    // Every English market: the union of each locale's publishing.json countries (generated).
    expect(m.publishingInformation.distributionCountries).toEqual(expect.arrayContaining(['US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'IN']));
    expect(Object.keys(m.publishingInformation.locales)).toEqual(expect.arrayContaining(['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN']));
    // The ASK CLI uploads icons given as file:// paths inside skill-package/; they must be real PNGs of the right size.
    for (const [uri, size] of [[en.smallIconUri, 108], [en.largeIconUri, 512]] as const) {
      const file = path.join(ROOT, 'skill-package', uri.replace(/^file:\/\//, ''));
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    expect(m.apis.custom).toBeDefined();
  });

  test('declares the APL interface, for hubs square, small, medium and large, and round', () => {
    const interfaces = (m.apis.custom?.interfaces ?? []) as Array<{ type: string; supportedViewports?: Array<Record<string, unknown>> }>;
    const apl = interfaces.filter((i) => i.type === 'ALEXA_PRESENTATION_APL');
    expect(apl).toHaveLength(1);
    const viewports = apl[0].supportedViewports ?? [];
    // The three screens the documents are laid out for (1280x800, 960x480, round 480x480) are each covered.
    const covers = (width: number, height: number, shape: string) =>
      viewports.some((v) => v.mode === 'HUB' && v.shape === shape && Number(v.minWidth) <= width && width <= Number(v.maxWidth) && Number(v.minHeight) <= height && height <= Number(v.maxHeight));
    expect([covers(1280, 800, 'RECTANGLE'), covers(960, 480, 'RECTANGLE'), covers(1024, 600, 'RECTANGLE'), covers(480, 480, 'ROUND')]).toEqual([true, true, true, true]);
  });

  test('the description carries the health and emergency notice', () => {
    const d = en.description.toLowerCase();
    expect(d).toContain('not a substitute for professional medical advice');
    expect(d).toContain('check with your doctor');
    expect(d).toContain('back surgery');
    expect(d).toMatch(/medical emergency, call your doctor or your local emergency number/);
  });

  test('privacy and compliance answers', () => {
    expect(m.privacyAndCompliance).toMatchObject({
      allowsPurchases: false,
      usesPersonalInfo: false,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
    });
  });

  test('has exactly three example phrases, each resolving against the model', () => {
    const phrases = en.examplePhrases;
    expect(phrases).toHaveLength(3);
    expect(phrases[0]).toBe('Alexa, open hamstring coach');
    expect(parseInvocation(phrases[0])).toEqual({ kind: 'launch' });
    for (const phrase of phrases.slice(1)) {
      expect(phrase).toMatch(/^Alexa, ask hamstring coach (for|to) /);
      const result = interpret(model, phrase, SKILL_ID);
      expect(result.kind).toBe('intent');
      if (result.kind !== 'intent') continue;
      expect(result.oneShot).toBe(true);
      expect(result.intent.name).toBe('StartStretchIntent');
      expect(['SITTING', 'STANDING', 'LYING']).toContain(variantId(result.intent));
    }
  });
});
