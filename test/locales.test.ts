/**
 * Every registered locale, each on its own terms (parameterised over lambda/locales/registry.ts,
 * so a locale joins by its one line): its generated interaction model keeps the contract and
 * every sample resolves to its intent; each way to stretch runs start to finish through the
 * bundled Lambda (dist/index.js) in that locale, said with that locale's OWN utterances (taken
 * from its model) and checked against that locale's OWN rendered speech; the safety and obstacle
 * answers too; and no response ever carries a sentence of another locale that this one lacks.
 */
import { LOCALE_IDS, LOCALES, type LocaleId } from '../lambda/locales/registry';
import { readSpokenJson, type ResolvedSpokenJson } from '../lambda/local/spoken';
import { FALLBACK_INTENT, interpret, loadInteractionModel, normalizeUtterance, parseInvocation, resolveUtterance, type LoadedModel } from '../lambda/local/utterance-resolver';
import { readPublishing } from '../scripts/generate-skill-package';
import { VoiceSimulator, type SkillHandler, type Turn } from '../lambda/local/voice-simulator';
import { translator, type Translate } from '../lambda/speech/i18n';
import { VARIANTS, legOfHold, previousLeg, type SpokenVariantId } from '../lambda/routine/routine';
import { legName, type SpeechKey } from '../lambda/vocabulary/say';
import { CONTRACT_INTENTS } from './support/contract';
import { responseProblems } from './support/response-checks';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { handler } = require('../dist/index.js') as { handler: SkillHandler };

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
const SLOT_TYPES: Record<string, Record<string, string>> = {
  StartStretchIntent: { variant: 'StretchVariant' },
  ObstacleIntent: { obstacle: 'Obstacle' },
  SetHoldTimeIntent: { seconds: 'AMAZON.NUMBER', duration: 'AMAZON.DURATION' },
};
const VALUE_IDS: Record<string, string[]> = {
  StretchVariant: ['SITTING', 'STANDING', 'LYING'],
  Obstacle: ['NO_STEP', 'NO_BELT', 'CANT_REACH', 'CANT_STAND', 'CANT_GET_DOWN'],
};
/** Words Amazon does not allow in an invocation name, and launch or connecting words that may not start or end one. */
const FORBIDDEN_IN_INVOCATION = ['alexa', 'amazon', 'echo', 'skill', 'app'];
const LAUNCH_WORDS = ['open', 'ask', 'start', 'launch', 'tell', 'load', 'begin', 'enable', 'run', 'play', 'use', 'talk to', 'to', 'from', 'by', 'if', 'and', 'whether'];

/** Lower case, straight apostrophes, one space: what is compared. */
const plain = (text: string): string => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

interface Locale {
  id: LocaleId;
  model: LoadedModel;
  spoken: ResolvedSpokenJson;
  t: Translate;
  lm: LoadedModel['json']['interactionModel']['languageModel'];
}

const locales = new Map<LocaleId, Locale>();
function locale(id: LocaleId): Locale {
  let l = locales.get(id);
  if (!l) {
    const model = loadInteractionModel(id);
    l = { id, model, spoken: readSpokenJson(id), t: translator(id), lm: model.json.interactionModel.languageModel };
    locales.set(id, l);
  }
  return l;
}

/** The locale's name for a slot value id: the value as written in its model. */
function valueName(l: Locale, type: string, id: string): string {
  const value = l.lm.types?.find((t) => t.name === type)?.values.find((v) => v.id === id);
  if (!value) throw new Error(`${l.id}: ${type} has no ${id}`);
  return value.name.value;
}

/** A sample with every slot filled by a value of the right type, in the locale's own words. */
function fill(l: Locale, intent: string, sample: string, values: Record<string, string> = {}): string {
  return sample.replace(/\{(\w+)\}/g, (_m, slot: string) => {
    const type = l.lm.intents.find((i) => i.name === intent)?.slots?.find((s) => s.name === slot)?.type;
    if (type === 'AMAZON.NUMBER') return l.spoken.numbers['30'][0];
    if (type === 'AMAZON.DURATION') return l.spoken.durations.fixed.PT1M?.[0] ?? l.spoken.durations.minute[0].replace('{n}', l.spoken.numbers['1'][0]);
    // A clock time as said: the hour, with "a m" where the language says it, so a bare "{time}" sample is no number.
    if (type === 'AMAZON.TIME') return `${l.spoken.numbers['9'][0]}${l.id.startsWith('en') ? ' a m' : ''}`;
    if (type && VALUE_IDS[type]) return valueName(l, type, values[slot] ?? VALUE_IDS[type][0]);
    throw new Error(`${l.id}: no value for {${slot}} of type ${String(type)}`);
  });
}

function samplesOf(l: Locale, intent: string): string[] {
  return l.lm.intents.find((i) => i.name === intent)?.samples ?? [];
}

/** The locale's own way to say an intent: its first sample (filled), or the first with that slot. */
function utterance(l: Locale, intent: string, values: Record<string, string> = {}): string {
  const withSlots = Object.keys(values);
  const sample = samplesOf(l, intent).find((s) => withSlots.every((slot) => s.includes(`{${slot}}`)));
  if (!sample) throw new Error(`${l.id}: ${intent} has no sample with ${withSlots.join(', ')}`);
  return fill(l, intent, sample, values);
}

function launchPhrase(l: Locale): string {
  return l.spoken.launch[0].replace('{invocation}', l.lm.invocationName);
}

describe.each(LOCALE_IDS.map((id) => [id]))('%s interaction model', (id) => {
  const l = (): Locale => locale(id);

  test('has every contract intent, with the contract slots, types and value ids', () => {
    const names = l().lm.intents.map((i) => i.name);
    expect(names.filter((n) => !(CONTRACT_INTENTS as readonly string[]).includes(n))).toEqual([]);
    expect(CONTRACT_INTENTS.filter((n) => !names.includes(n))).toEqual([]);
    for (const [intent, slots] of Object.entries(SLOT_TYPES)) {
      const declared = Object.fromEntries((l().lm.intents.find((i) => i.name === intent)?.slots ?? []).map((s) => [s.name, s.type]));
      expect({ intent, declared }).toEqual({ intent, declared: slots });
    }
    for (const [type, ids] of Object.entries(VALUE_IDS)) {
      expect({ type, ids: l().lm.types?.find((t) => t.name === type)?.values.map((v) => v.id).sort() }).toEqual({ type, ids: [...ids].sort() });
    }
  });

  test('has samples for every custom intent and no sample in two intents', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const intent of l().lm.intents) {
      if (!intent.name.startsWith('AMAZON.')) expect({ intent: intent.name, samples: (intent.samples ?? []).length > 0 }).toEqual({ intent: intent.name, samples: true });
      for (const sample of intent.samples ?? []) {
        const key = normalizeUtterance(sample.replace(/\{(\w+)\}/g, 'SLOT$1'), l().model.hearing);
        const first = owner.get(key);
        if (first && first !== intent.name) twice.push(`"${sample}": ${first} and ${intent.name}`);
        owner.set(key, intent.name);
      }
    }
    expect(twice).toEqual([]);
  });

  test("has an invocation name by Amazon's rules", () => {
    const name = l().lm.invocationName;
    expect(name).toBe(name.toLowerCase());
    expect(name.trim()).toBe(name);
    if (l().spoken.spaces) expect(name.split(' ').length).toBeGreaterThanOrEqual(2);
    else expect([...name].length).toBeGreaterThanOrEqual(2);
    expect(FORBIDDEN_IN_INVOCATION.filter((w) => name.split(/\s+/).includes(w))).toEqual([]);
    const words = name.split(' ');
    expect(LAUNCH_WORDS.filter((w) => words[0] === w || words[words.length - 1] === w || name.startsWith(`${w} `))).toEqual([]);
    expect(name).not.toMatch(/[0-9.,!?]/);
  });

  test('resolves every sample, slots filled in its own words, to its intent', () => {
    const wrong: string[] = [];
    for (const intent of l().lm.intents) {
      for (const sample of intent.samples ?? []) {
        const said = fill(l(), intent.name, sample);
        const got = resolveUtterance(l().model, said, SKILL_ID).name;
        // A bare time filled with a bare number ("nine") is also the bare hold length; the state machine takes
        // a bare number as the reminder's time while that is asked.
        if (sample === '{time}' && got === 'SetHoldTimeIntent') continue;
        if (got !== intent.name) wrong.push(`"${said}" (${sample}) -> ${got}, not ${intent.name}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('publishes 3 example phrases that resolve in its model, the first a launch, and where it is sold', () => {
    const publishing = readPublishing(id);
    expect(publishing.examplePhrases).toHaveLength(3);
    expect(parseInvocation(publishing.examplePhrases[0], l().model)).toEqual({ kind: 'launch' });
    for (const phrase of publishing.examplePhrases.slice(1)) {
      const meaning = interpret(l().model, phrase, SKILL_ID);
      expect({ phrase, oneShot: meaning.kind === 'intent' && meaning.oneShot }).toEqual({ phrase, oneShot: true });
      if (meaning.kind === 'intent') expect({ phrase, intent: meaning.intent.name }).not.toEqual({ phrase, intent: FALLBACK_INTENT });
    }
    expect(publishing.countries.length).toBeGreaterThan(0);
    for (const field of ['name', 'summary', 'description', 'privacyPolicy'] as const) expect(publishing[field].trim().length).toBeGreaterThan(0);
    expect(publishing.summary.length).toBeLessThanOrEqual(160);
    expect(publishing.description.length).toBeLessThanOrEqual(4000);
  });

  test('hears its own launch phrase, and its number and duration words', () => {
    const sim = new VoiceSimulator({ handler, locale: id });
    expect(sim.model.json.interactionModel.languageModel.invocationName).toBe(l().lm.invocationName);
    const seconds = resolveUtterance(l().model, utterance(l(), 'SetHoldTimeIntent', { seconds: '' }), SKILL_ID);
    expect(seconds.slots.seconds?.value).toBe('30');
    const duration = resolveUtterance(l().model, utterance(l(), 'SetHoldTimeIntent', { duration: '' }), SKILL_ID);
    expect(duration.slots.duration?.value).toBe('PT1M');
    expect(resolveUtterance(l().model, 'zzz qqq xxx', SKILL_ID).name).toBe(FALLBACK_INTENT);
  });
});

// ------------------------------------------------------------------ conversations

let users = 0;
function newSim(id: LocaleId): VoiceSimulator {
  users += 1;
  return new VoiceSimulator({ handler, locale: id, userId: `amzn1.ask.account.locales-${id}-${users}` });
}

/** Every sentence each locale can say that needs no parameter, to catch one locale's words in another's response. */
function sentencesOf(id: LocaleId): Set<string> {
  const sentences = new Set<string>();
  for (const text of Object.values(LOCALES[id].speech() as Record<string, string>)) {
    for (const sentence of text.split(/(?<=[.!?。？！।؟])\s*/u)) {
      if (!sentence.includes('{{') && sentence.trim().split(/\s+/).length >= 3) sentences.add(plain(sentence));
    }
  }
  return sentences;
}

/** Sentences of other locales that this locale never says itself. */
function foreignSentences(id: LocaleId): string[] {
  const own = sentencesOf(id);
  const foreign = new Set<string>();
  for (const other of LOCALE_IDS) if (other !== id) for (const s of sentencesOf(other)) if (!own.has(s)) foreign.add(s);
  return [...foreign];
}

async function heard(sim: VoiceSimulator, l: Locale, text: string, log: string[]): Promise<Turn> {
  const turn = await sim.say(text);
  log.push(`U: ${text}`, `A: ${turn.text}`);
  const problems = await responseProblems(turn.envelope);
  if (problems.length > 0) throw new Error(`${l.id}: ${problems.join('; ')}\n${log.join('\n')}`);
  return turn;
}

function expectSaid(turn: Turn, expected: string, log: string[]): void {
  if (!plain(turn.text).includes(plain(expected))) {
    throw new Error(`expected the response to contain:\n  ${expected}\n\n--- transcript ---\n${log.join('\n')}`);
  }
}

describe.each(LOCALE_IDS.map((id) => [id]))('%s conversations, in its own words', (id) => {
  const l = (): Locale => locale(id);
  const foreign = (): string[] => foreignSentences(id);

  function expectNothingForeign(log: string[]): void {
    const said = plain(log.filter((line) => line.startsWith('A: ')).join(' '));
    expect(foreign().filter((s) => said.includes(s))).toEqual([]);
  }

  test.each(['SITTING', 'STANDING', 'LYING'] as SpokenVariantId[])('the %s stretch, start to finish', async (variant) => {
    const log: string[] = [];
    const sim = newSim(id);
    const { t } = l();
    expectSaid(await heard(sim, l(), launchPhrase(l()), log), t('menu.question'), log);
    const first = await heard(sim, l(), utterance(l(), 'StartStretchIntent', { variant }), log);
    expectSaid(first, t(`setup.${variant}.0` as SpeechKey), log);
    const ready = utterance(l(), 'ReadyIntent');
    const said: string[] = [first.text];
    let turn = first;
    // The first wrap-up asks about a daily reminder before goodbye: no, thank you.
    for (let i = 0; i < 40 && !turn.ended; i++) {
      // The first wrap-up asks about a daily reminder: "no" to that, "ready" to everything else.
      const offered = plain(turn.text).includes(plain(t('reminder.offer')));
      turn = await heard(sim, l(), offered ? utterance(l(), 'AMAZON.NoIntent') : ready, log);
      said.push(turn.text);
    }
    expect(turn.ended).toBe(true);
    const all = plain(said.join(' '));
    const leg = legName(legOfHold(variant, 0));
    for (let step = 0; step < VARIANTS[variant].setupSteps; step++) {
      const line = t(`setup.${variant}.${step}` as SpeechKey, { leg });
      if (!all.includes(plain(line))) throw new Error(`missing setup step ${step}: ${line}\n${log.join('\n')}`);
    }
    for (let step = 0; step < VARIANTS[variant].switchSteps; step++) {
      const line = t(`switch.${variant}.${step}` as SpeechKey, { leg: legName(legOfHold(variant, 1)), otherLeg: legName(previousLeg(variant, 1)) });
      if (!all.includes(plain(line))) throw new Error(`missing switch step ${step}: ${line}\n${log.join('\n')}`);
    }
    expect([0, 1, 2].some((i) => all.includes(plain(t(`hold.release.${i}` as SpeechKey))))).toBe(true);
    expect([0, 1, 2].some((i) => all.includes(plain(t(`wrapUp.done.${i}` as SpeechKey))))).toBe(true);
    expectNothingForeign(log);
  });

  test('pain and feeling unwell stop the stretch; a fall gets the truth about calling', async () => {
    const { t } = l();
    for (const [intent, answer] of [
      ['PainIntent', 'pain.stop'],
      ['FeelingUnwellIntent', 'unwell.stop'],
      ['NeedHelpIntent', 'needHelp.answer'],
    ] as const) {
      const log: string[] = [];
      const sim = newSim(id);
      await heard(sim, l(), launchPhrase(l()), log);
      await heard(sim, l(), utterance(l(), 'StartStretchIntent', { variant: 'SITTING' }), log);
      await heard(sim, l(), utterance(l(), 'ReadyIntent'), log);
      expectSaid(await heard(sim, l(), utterance(l(), intent), log), t(answer), log);
      expectNothingForeign(log);
    }
  });

  test('obstacles get a way around them where the user is', async () => {
    const { t } = l();
    for (const [variant, obstacle, answer] of [
      ['STANDING', 'NO_STEP', 'obstacle.noStep'],
      ['LYING', 'NO_BELT', 'obstacle.noBelt'],
      ['LYING', 'CANT_REACH', 'obstacle.cantReach'],
      ['STANDING', 'CANT_STAND', 'obstacle.cantStand'],
      ['LYING', 'CANT_GET_DOWN', 'obstacle.bedWorks'],
    ] as const) {
      const log: string[] = [];
      const sim = newSim(id);
      await heard(sim, l(), launchPhrase(l()), log);
      await heard(sim, l(), utterance(l(), 'StartStretchIntent', { variant }), log);
      const turn = await heard(sim, l(), utterance(l(), 'ObstacleIntent', { obstacle }), log);
      expectSaid(turn, t(answer), log);
      if (obstacle === 'NO_STEP') expectSaid(turn, t('setup.COUNTER.0'), log);
      expectNothingForeign(log);
    }
  });
});
