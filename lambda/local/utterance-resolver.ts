/**
 * Resolves what a user says (as text) against a locale's interaction model, the way Alexa
 * would before it calls the skill: for the local text console and for tests. How the locale is
 * heard (number words, duration phrases, launch and one-shot phrases, whether words are separated
 * by spaces) comes from its spoken.json (spoken.ts).
 *
 * Matching is done by the model classes of virtual-alexa / virtual-core, loaded directly from
 * their files. `require('virtual-alexa')` itself is avoided on purpose: its index loads nock
 * (which patches Node's http module globally) and the end-of-life aws-sdk v2.
 *
 * Differences from real Alexa, kept deliberately small:
 * - matching is exact against the samples (after lower-casing and stripping punctuation), not
 *   a statistical model, so a phrase close to but not equal to a sample goes to
 *   AMAZON.FallbackIntent;
 * - a custom-slot value that is not one of the type's values or synonyms is accepted (with
 *   ER_SUCCESS_NO_MATCH) only in samples that have literal words on both sides of the slot
 *   ("the cobra stretch"), never through "{variant}" alone or "do it {variant}", and only when
 *   no sample matched exactly;
 * - number words ("forty five") are turned into digits for AMAZON.NUMBER slots, for the numbers
 *   0–120 the locale's spoken.json lists;
 * - AMAZON.DURATION slots take the phrases of duration-phrases.ts ("a minute", "half a minute")
 *   and are sent as Alexa sends them, in ISO-8601 ("PT1M", "PT30S");
 * - in a locale without spaces between words (Japanese), every character is matched as a word.
 */
import * as fs from 'fs';
import * as path from 'path';
import { durationPhrases } from './duration-phrases';
import { amazonTimeValue } from './amazon-time-value';
import { readSpokenJson, repoRoot, type ResolvedSpokenJson } from './spoken';

// ---------------------------------------------------------------------------------------------
// Public types

export type EntityResolutionStatusCode = 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH';

/** One authority's entity-resolution result, shaped as in an Alexa IntentRequest. */
export interface ResolutionPerAuthority {
  authority: string;
  status: { code: EntityResolutionStatusCode };
  /** Empty for ER_SUCCESS_NO_MATCH (Alexa omits it; an empty list is safer for handlers). */
  values: Array<{ value: { name: string; id: string } }>;
}

/** A slot as Alexa sends it. `value` is absent when the user did not say it. */
export interface ResolvedSlot {
  name: string;
  value?: string;
  confirmationStatus: 'NONE';
  /** Only for slots of a custom type, and only when a value was said. */
  resolutions?: { resolutionsPerAuthority: ResolutionPerAuthority[] };
}

/**
 * The intent Alexa would send. Structurally assignable to ask-sdk-model's `Intent`; every slot
 * the intent declares is present in `slots`, said or not.
 */
export interface ResolvedIntent {
  name: string;
  confirmationStatus: 'NONE';
  slots: Record<string, ResolvedSlot>;
}

/** What an invocation phrase asks for. */
export type Invocation =
  | { kind: 'launch' }
  | { kind: 'oneShot'; rest: string }
  | { kind: 'utterance'; text: string };

/** Raw ASK interaction model JSON (only the parts this module reads). */
export interface InteractionModelJson {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: Array<{
        name: string;
        slots?: Array<{ name: string; type: string; samples?: string[] }>;
        samples?: string[];
      }>;
      types?: Array<{
        name: string;
        values: Array<{ id?: string; name: { value: string; synonyms?: string[] } }>;
      }>;
    };
  };
}

/** A locale's spoken.json, compiled for matching. */
export interface HearingRules {
  readonly spaces: boolean;
  /** Number phrases (longest first) to digits. */
  readonly numberPattern: RegExp | undefined;
  readonly numberValues: ReadonlyMap<string, number>;
  readonly durationPhrases: ReadonlyArray<{ phrase: string; iso: string }>;
  readonly wakeWords: RegExp | undefined;
  readonly respell: ReadonlyMap<string, string>;
  readonly launchTemplates: readonly string[];
  readonly oneShotTemplates: readonly string[];
  /** Alexa's phrases for built-in intents in this language, normalised (spoken.json builtIns). */
  readonly builtInPhrases: ReadonlyMap<string, readonly string[]>;
}

/** A loaded model, ready for `resolveUtterance`. Treat as opaque apart from `json`. */
export interface LoadedModel {
  readonly json: InteractionModelJson;
  readonly invocationName: string;
  readonly locale: string;
  /** @internal how the locale is heard */
  readonly hearing: HearingRules;
  /** @internal launch and one-shot phrases for this model's invocation name, most specific first */
  readonly invocations: ReadonlyArray<{ kind: 'launch' | 'oneShot'; pattern: RegExp }>;
  /** @internal matcher over the model as written */
  readonly strict: VaModel;
  /** @internal matcher over the model with number words in digits, for a phrase read the same way */
  readonly digits: VaModel;
  /** @internal matcher that accepts unknown custom-slot values (see the header) */
  readonly relaxed: VaModel | undefined;
  /** @internal the strict matcher without intents that take an AMAZON.TIME slot: for words that are no time */
  readonly timeless: VaModel | undefined;
  /** @internal intent name -> declared slots */
  readonly declaredSlots: ReadonlyMap<string, ReadonlyArray<{ name: string; type: string }>>;
}

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

// ---------------------------------------------------------------------------------------------
// Minimal local types for the untyped virtual-alexa / virtual-core internals

interface VaSlotValue {
  id?: string;
  builtin?: boolean;
  name: { value: string; synonyms?: string[] };
}
interface VaSlotMatch {
  matches: boolean;
  enumeratedValue?: VaSlotValue;
}
interface VaSlotType {
  name: string;
  isCustom(): boolean;
  matchAll(value: string): VaSlotMatch[];
}
interface VaModel {
  intentSchema: { schemaJSON: { intents: Array<{ intent: string }> } };
  slotTypes: { slotType(name: string): VaSlotType | undefined };
}
interface VaUtterance {
  matched(): boolean;
  intent(): string | undefined;
  slotByName(name: string): string | undefined;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { InteractionModel } = require('virtual-alexa/lib/src/model/InteractionModel') as {
  InteractionModel: { fromJSON(json: unknown): VaModel };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Utterance } = require('virtual-core') as {
  Utterance: new (model: VaModel, phrase: string) => VaUtterance;
};

// ---------------------------------------------------------------------------------------------
// Loading

/** Where a locale's generated model is: skill-package/interactionModels/custom/<locale>.json. */
export function modelPath(locale: string = 'en-US'): string {
  return path.join(repoRoot(), 'skill-package', 'interactionModels', 'custom', `${locale}.json`);
}

/** The en-US model's path (kept for callers that predate locales). */
export function defaultModelPath(): string {
  return modelPath('en-US');
}

/** Reads and prepares a locale's generated interaction model and its spoken.json (default en-US). */
export function loadInteractionModel(locale: string = 'en-US'): LoadedModel {
  const json = JSON.parse(fs.readFileSync(modelPath(locale), 'utf8')) as InteractionModelJson;
  return prepareInteractionModel(json, locale);
}

const hearingByLocale = new Map<string, HearingRules>();

/** A locale's spoken.json, compiled (cached). */
export function hearingFor(locale: string = 'en-US'): HearingRules {
  let rules = hearingByLocale.get(locale);
  if (!rules) {
    rules = compileHearing(readSpokenJson(locale));
    hearingByLocale.set(locale, rules);
  }
  return rules;
}

/**
 * Prepares an already-parsed interaction model of a locale (or heard by the spoken.json given,
 * for tests). The argument is not modified.
 */
export function prepareInteractionModel(json: InteractionModelJson, locale: string | ResolvedSpokenJson = 'en-US'): LoadedModel {
  const hearing = typeof locale === 'string' ? hearingFor(locale) : compileHearing(locale);
  const lm = json.interactionModel.languageModel;
  const declaredSlots = new Map<string, Array<{ name: string; type: string }>>();
  for (const intent of lm.intents) {
    declaredSlots.set(intent.name, (intent.slots ?? []).map((s) => ({ name: s.name, type: s.type })));
  }
  const heard = withBuiltInPhrases(clone(json), hearing);
  const matchable = hearing.spaces ? heard : spacedModel(heard);
  const strict = buildVaModel(withBuiltInTypes(clone(matchable), hearing), declaredSlots);
  // Number words in samples ("hold each one for …") in digits too, to match a phrase whose numbers were read as digits.
  const digits = buildVaModel(withBuiltInTypes(samplesInDigits(clone(matchable), hearing), hearing), declaredSlots);
  return {
    json,
    invocationName: lm.invocationName,
    locale: typeof locale === 'string' ? locale : 'test',
    hearing,
    invocations: invocationPatterns(hearing, lm.invocationName),
    strict,
    digits,
    relaxed: buildRelaxedModel(matchable, strict),
    timeless: buildTimelessModel(matchable, hearing),
    declaredSlots,
  };
}

const enUSModel: { model?: LoadedModel } = {};
function defaultModel(): LoadedModel {
  enUSModel.model ??= loadInteractionModel('en-US');
  return enUSModel.model;
}

// ---------------------------------------------------------------------------------------------
// spoken.json, compiled

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileHearing(spoken: ResolvedSpokenJson): HearingRules {
  const base = { spaces: spoken.spaces, respell: new Map(Object.entries(spoken.respell)) };
  const plain = (text: string): string => normalizeWith(text, { ...base, wakeWords: undefined });
  const numberValues = new Map<string, number>();
  for (const [value, phrases] of Object.entries(spoken.numbers)) {
    for (const phrase of phrases) {
      const said = plain(phrase);
      if (said && !numberValues.has(said)) numberValues.set(said, Number(value));
    }
  }
  const alternatives = [...numberValues.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const numberPattern =
    alternatives.length === 0
      ? undefined
      : spoken.spaces
        ? new RegExp(`(?<=^| )(?:${alternatives.join('|')})(?= |$)`, 'gu')
        : new RegExp(`(?:${alternatives.join('|')})`, 'gu');
  const wakeWords =
    spoken.wakeWords.length === 0
      ? undefined
      : new RegExp(`^(?:${spoken.wakeWords.map((w) => escapeRegExp(plain(w))).join('|')})(?: |$)${spoken.spaces ? '' : '?'}`, 'u');
  const partial = { ...base, numberPattern, numberValues };
  const toDigits = (text: string): string => replaceNumbers(plain(text), partial);
  return {
    ...partial,
    wakeWords,
    durationPhrases: durationPhrases(spoken.durations, toDigits),
    launchTemplates: spoken.launch,
    oneShotTemplates: spoken.oneShot,
    builtInPhrases: new Map(Object.entries(spoken.builtIns ?? {}).map(([intent, phrases]) => [intent, phrases.map(plain)])),
  };
}

/**
 * The built-in intents the model declares hear the locale's own phrases for them (spoken.json
 * `builtIns`), for matching only: Alexa knows them itself, so they are never written into the model.
 */
function withBuiltInPhrases(json: InteractionModelJson, hearing: HearingRules): InteractionModelJson {
  for (const intent of json.interactionModel.languageModel.intents) {
    const phrases = hearing.builtInPhrases.get(intent.name);
    if (phrases) intent.samples = [...new Set([...(intent.samples ?? []), ...phrases])];
  }
  return json;
}

/** Launch and one-shot patterns for an invocation name, the most literal text first. */
function invocationPatterns(hearing: HearingRules, invocationName: string): LoadedModel['invocations'] {
  const name = normalizeWith(invocationName, { ...hearing, wakeWords: undefined });
  const compile = (kind: 'launch' | 'oneShot', template: string) => {
    const said = normalizeWith(template.replace(/\{(invocation|request)\}/g, ' $1PLACEHOLDER '), { ...hearing, wakeWords: undefined });
    const literal = said.replace(/invocationplaceholder|requestplaceholder/g, '').length;
    const source = escapeRegExp(said)
      .replace(/invocationplaceholder/g, escapeRegExp(name))
      .replace(/requestplaceholder/g, '(.+)');
    return { kind, literal, pattern: new RegExp(`^${source}$`, 'u') };
  };
  return [
    ...hearing.launchTemplates.map((t) => compile('launch', t)),
    ...hearing.oneShotTemplates.map((t) => compile('oneShot', t)),
  ]
    .sort((a, b) => b.literal - a.literal || (a.kind === 'launch' ? -1 : 1))
    .map(({ kind, pattern }) => ({ kind, pattern }));
}

// ---------------------------------------------------------------------------------------------
// Words without spaces (Japanese): every character is a word to the matcher

/** "{variant}のストレッチ" -> "{variant} の ス ト レ ッ チ"; digit runs stay whole. */
export function spacedOut(text: string): string {
  return (text.match(/\{[^}]+\}|\d+|\S/gu) ?? []).join(' ');
}

function samplesInDigits(json: InteractionModelJson, hearing: HearingRules): InteractionModelJson {
  for (const intent of json.interactionModel.languageModel.intents) {
    if (!intent.samples) continue;
    intent.samples = intent.samples.map((sample) =>
      sample
        .split(/(\{\w+\})/)
        .map((part) => (part.startsWith('{') || part.trim() === '' ? part : spacedIf(hearing, replaceNumbers(normalizeUtterance(part, hearing), hearing), part)))
        .join(''),
    );
  }
  return json;
}

/** A sample part in digits, keeping the spaces around it that separate it from a slot. */
function spacedIf(hearing: HearingRules, digits: string, original: string): string {
  const body = hearing.spaces ? digits : spacedOut(digits);
  return `${/^\s/.test(original) ? ' ' : ''}${body}${/\s$/.test(original) ? ' ' : ''}`;
}

function spacedModel(json: InteractionModelJson): InteractionModelJson {
  const lm = json.interactionModel.languageModel;
  for (const intent of lm.intents) {
    if (intent.samples) intent.samples = intent.samples.map(spacedOut);
  }
  for (const type of lm.types ?? []) {
    for (const value of type.values) {
      value.name.value = spacedOut(value.name.value);
      if (value.name.synonyms) value.name.synonyms = value.name.synonyms.map(spacedOut);
    }
  }
  return json;
}

const DURATION_TYPE = 'AMAZON.DURATION';
const TIME_TYPE = 'AMAZON.TIME';

/**
 * The matcher takes any words for AMAZON.TIME, so a bare "{time}" sample would win over
 * "{variant}" for "in the chair". Where the time slot's words are no time, the words are
 * matched again without the intents that take a time.
 */
function buildTimelessModel(json: InteractionModelJson, hearing: HearingRules): VaModel | undefined {
  const copy = withBuiltInTypes(clone(json), hearing);
  const lm = copy.interactionModel.languageModel;
  const before = lm.intents.length;
  lm.intents = lm.intents.filter((intent) => !(intent.slots ?? []).some((slot) => slot.type === TIME_TYPE));
  if (lm.intents.length === before) return undefined;
  return buildVaModel(copy, new Set(lm.intents.map((i) => i.name)));
}

/**
 * What Alexa would put in an AMAZON.TIME slot for these words ("09:00", "MO"), or
 * undefined when they are no time of day. The console reads times in English only; in
 * other languages the words are passed on as heard.
 */
function timeValue(model: LoadedModel, words: string): string | undefined {
  return model.locale.startsWith('en') ? amazonTimeValue(numberWordsToDigits(words, model.hearing)) : words;
}

/** A match whose time slot holds words that are no time ("hold for forty five seconds" against "{time}") is no match. */
function timeSlotsHoldTimes(model: LoadedModel, intentName: string, utterance: VaUtterance): boolean {
  for (const declared of model.declaredSlots.get(intentName) ?? []) {
    if (declared.type !== TIME_TYPE) continue;
    const value = utterance.slotByName(declared.name)?.trim();
    if (value && timeValue(model, value) === undefined) return false;
  }
  return true;
}
/**
 * The matcher takes any text for a type named AMAZON.*, so durations are given
 * to it under another name, as an enumerated type of the phrases it may match.
 */
const MATCHED_DURATION_TYPE = 'SpokenDuration';

function withBuiltInTypes(json: InteractionModelJson, hearing: HearingRules): InteractionModelJson {
  const lm = json.interactionModel.languageModel;
  let used = false;
  for (const slot of lm.intents.flatMap((intent) => intent.slots ?? [])) {
    if (slot.type !== DURATION_TYPE) continue;
    slot.type = MATCHED_DURATION_TYPE;
    used = true;
  }
  if (used) {
    const values = hearing.durationPhrases.map(({ phrase, iso }) => ({
      id: iso,
      name: { value: hearing.spaces ? phrase : spacedOut(phrase) },
    }));
    lm.types = [...(lm.types ?? []), { name: MATCHED_DURATION_TYPE, values }];
  }
  return json;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function buildVaModel(json: InteractionModelJson, declared: { has(name: string): boolean }): VaModel {
  const model = InteractionModel.fromJSON(json);
  // virtual-alexa adds the audio-player built-ins (shuffle, loop...) whenever Pause and Resume are
  // present. Alexa only sends intents the model declares, so drop the rest from the matcher.
  const schema = model.intentSchema.schemaJSON;
  schema.intents = schema.intents.filter((i) => declared.has(i.intent));
  return model;
}

/**
 * A second matcher where custom-typed slots accept any words, built only from samples that have
 * literal words on both sides of the slot. Used after the strict matcher fails, so an unknown
 * value in a clear carrier phrase ("let's do the cobra stretch") still reaches the intent, with
 * ER_SUCCESS_NO_MATCH, as it would on Alexa.
 */
function buildRelaxedModel(json: InteractionModelJson, strict: VaModel): VaModel | undefined {
  const lm = json.interactionModel.languageModel;
  const intents: InteractionModelJson['interactionModel']['languageModel']['intents'] = [];
  for (const intent of lm.intents) {
    const customSlots = new Set(
      (intent.slots ?? [])
        .filter((s) => !s.type.startsWith('AMAZON.') && strict.slotTypes.slotType(s.type)?.isCustom() === true)
        .map((s) => s.name),
    );
    if (customSlots.size === 0) continue;
    // Keep samples where every custom slot sits between literal words ("the {variant} stretch"):
    // there the unknown words are clearly delimited. Never "{variant}" or "do it {variant}".
    const samples = (intent.samples ?? []).filter((sample) => {
      const refs = [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((r) => customSlots.has(r));
      return refs.length > 0 && refs.every((r) => new RegExp(`[\\p{L}\\p{M}\\p{N}'] \\{${r}\\} [\\p{L}\\p{M}\\p{N}']`, 'u').test(sample));
    });
    if (samples.length === 0) continue;
    intents.push({
      name: intent.name,
      samples,
      // A slot type the matcher does not know matches any text.
      slots: (intent.slots ?? []).map((s) => ({
        name: s.name,
        type: customSlots.has(s.name) ? `UNTYPED.${s.type}` : s.type,
      })),
    });
  }
  if (intents.length === 0) return undefined;
  const relaxedJson: InteractionModelJson = {
    interactionModel: { languageModel: { invocationName: lm.invocationName, intents } },
  };
  return buildVaModel(relaxedJson, new Set(intents.map((i) => i.name)));
}

// ---------------------------------------------------------------------------------------------
// Text normalisation and numbers

type Normalizing = Pick<HearingRules, 'spaces' | 'respell'> & { wakeWords: RegExp | undefined };

function normalizeWith(text: string, hearing: Normalizing): string {
  let t = text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[-_\u2010-\u2015/\u30FB]/g, ' ')
    .replace(/[^\p{L}\p{M}\p{N}' ]+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (hearing.respell.size > 0) t = t.split(' ').map((w) => hearing.respell.get(w) ?? w).join(' ');
  if (hearing.wakeWords) t = t.replace(hearing.wakeWords, '').trim();
  return hearing.spaces ? t : t.replace(/ /g, '');
}

/**
 * Lower-cases and strips punctuation the way Alexa's transcript looks: letters (of any script),
 * digits, spaces and in-word apostrophes only; hyphens become spaces ("forty-five" -> "forty
 * five"); the locale's respellings apply ("ok" -> "okay"); in a locale without spaces, none are kept.
 */
export function normalizeUtterance(text: string, hearing: HearingRules = hearingFor('en-US')): string {
  return normalizeWith(text, { ...hearing, wakeWords: undefined });
}

function replaceNumbers(normalized: string, hearing: Pick<HearingRules, 'numberPattern' | 'numberValues'>): string {
  if (!hearing.numberPattern) return normalized;
  return normalized.replace(hearing.numberPattern, (phrase) => String(hearing.numberValues.get(phrase)));
}

/**
 * Reads number words of the locale ("forty five", "one hundred and twenty", "sixty") or digits
 * ("45") as a number. Returns undefined when the text is not exactly one number.
 */
export function wordsToNumber(text: string, hearing: HearingRules = hearingFor('en-US')): number | undefined {
  const digits = numberWordsToDigits(text, hearing);
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/** Replaces every number phrase with digits: "hold for forty five seconds" -> "hold for 45 seconds". */
export function numberWordsToDigits(text: string, hearing: HearingRules = hearingFor('en-US')): string {
  return replaceNumbers(normalizeUtterance(text, hearing), hearing);
}

// ---------------------------------------------------------------------------------------------
// Invocation phrases

/**
 * Recognises how the user addressed the skill, by the locale's launch and one-shot patterns:
 * "open hamstring coach" (launch), "ask hamstring coach for the lying down stretch" (one-shot
 * with the request in `rest`), or anything else (an utterance inside an open session). A leading
 * wake word ("alexa") is ignored. Returned text is normalised (see normalizeUtterance).
 */
export function parseInvocation(text: string, model: LoadedModel = defaultModel()): Invocation {
  const t = normalizeWith(text, model.hearing);
  for (const { kind, pattern } of model.invocations) {
    const m = pattern.exec(t);
    if (!m) continue;
    if (kind === 'launch') return { kind: 'launch' };
    const rest = m[1].trim();
    if (rest.length > 0) return { kind: 'oneShot', rest };
  }
  return { kind: 'utterance', text: t };
}

/** The locale's first launch phrase with the model's invocation name: "open hamstring coach". */
export function launchPhrase(model: LoadedModel): string {
  return model.hearing.launchTemplates[0].replace('{invocation}', model.invocationName);
}

// ---------------------------------------------------------------------------------------------
// Resolution

/**
 * Resolves one utterance (spoken inside the skill, or the request part of a one-shot) to the
 * intent Alexa would send, with all declared slots present. Anything that matches no sample
 * becomes AMAZON.FallbackIntent. `skillId` is used in the entity-resolution authority string.
 */
export function resolveUtterance(model: LoadedModel, text: string, skillId: string): ResolvedIntent {
  const normalized = normalizeUtterance(text, model.hearing);
  if (normalized.length > 0) {
    const attempts: Array<[VaModel | undefined, string]> = [
      [model.strict, normalized],
      [model.digits, replaceNumbers(normalized, model.hearing)],
      [model.timeless, normalized],
      [model.timeless, replaceNumbers(normalized, model.hearing)],
      [model.relaxed, normalized],
    ];
    for (const [matcher, phrase] of attempts) {
      if (!matcher || phrase.length === 0) continue;
      const utterance = new Utterance(matcher, model.hearing.spaces ? phrase : spacedOut(phrase));
      const intentName = utterance.matched() ? utterance.intent() : undefined;
      if (intentName && model.declaredSlots.has(intentName) && timeSlotsHoldTimes(model, intentName, utterance)) {
        return buildIntent(model, intentName, utterance, skillId);
      }
    }
  }
  return { name: FALLBACK_INTENT, confirmationStatus: 'NONE', slots: emptySlots(model, FALLBACK_INTENT) };
}

/**
 * Convenience for a console line: "open hamstring coach" -> launch; "ask hamstring coach for X"
 * -> the intent for X (oneShot true); anything else -> the intent for the whole line.
 */
export function interpret(
  model: LoadedModel,
  text: string,
  skillId: string,
): { kind: 'launch' } | { kind: 'intent'; oneShot: boolean; intent: ResolvedIntent } {
  const inv = parseInvocation(text, model);
  if (inv.kind === 'launch') return inv;
  if (inv.kind === 'oneShot') return { kind: 'intent', oneShot: true, intent: resolveUtterance(model, inv.rest, skillId) };
  return { kind: 'intent', oneShot: false, intent: resolveUtterance(model, inv.text, skillId) };
}

function emptySlots(model: LoadedModel, intentName: string): Record<string, ResolvedSlot> {
  const slots: Record<string, ResolvedSlot> = {};
  for (const s of model.declaredSlots.get(intentName) ?? []) {
    slots[s.name] = { name: s.name, confirmationStatus: 'NONE' };
  }
  return slots;
}

function buildIntent(model: LoadedModel, intentName: string, utterance: VaUtterance, skillId: string): ResolvedIntent {
  const slots = emptySlots(model, intentName);
  for (const declared of model.declaredSlots.get(intentName) ?? []) {
    const heard = utterance.slotByName(declared.name)?.trim();
    if (!heard) continue;
    // What the matcher compares (spaced out in a locale without spaces) and what Alexa sends.
    let value = model.hearing.spaces ? heard : heard.replace(/ /g, '');
    const slot = slots[declared.name];
    if (declared.type === 'AMAZON.NUMBER') {
      const n = wordsToNumber(value, model.hearing);
      value = n === undefined ? '?' : String(n); // Alexa sends "?" for a number it could not read
    }
    if (declared.type === TIME_TYPE) {
      // What Alexa would send: "09:00" for "nine", "MO" for "in the morning".
      slot.value = timeValue(model, value) ?? value;
      continue;
    }
    if (declared.type === DURATION_TYPE) {
      const phrases = model.strict.slotTypes.slotType(MATCHED_DURATION_TYPE);
      slot.value = phrases?.matchAll(heard).find((match) => match.enumeratedValue?.id)?.enumeratedValue?.id ?? '?';
      continue;
    }
    const slotType = model.strict.slotTypes.slotType(declared.type);
    slot.value = value;
    if (slotType && slotType.isCustom()) {
      slot.resolutions = { resolutionsPerAuthority: [resolveEntity(slotType, heard, skillId, model.hearing.spaces)] };
    }
  }
  return { name: intentName, confirmationStatus: 'NONE', slots };
}

function resolveEntity(slotType: VaSlotType, value: string, skillId: string, spaces: boolean): ResolutionPerAuthority {
  const authority = `amzn1.er-authority.echo-sdk.${skillId}.${slotType.name}`;
  const seen = new Set<string>();
  const values: ResolutionPerAuthority['values'] = [];
  for (const match of slotType.matchAll(value)) {
    const ev = match.enumeratedValue;
    if (!ev || ev.builtin) continue;
    const id = ev.id ?? ev.name.value;
    if (seen.has(id)) continue;
    seen.add(id);
    values.push({ value: { name: spaces ? ev.name.value : ev.name.value.replace(/ /g, ''), id } });
  }
  return values.length > 0
    ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values }
    : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] };
}
