/**
 * Resolves what a user says (as text) against the skill's interaction model, the way Alexa
 * would before it calls the skill: for the local text console and for tests.
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
 * - number words ("forty five") are turned into digits for AMAZON.NUMBER slots;
 * - AMAZON.DURATION slots take the phrases of duration-phrases.ts ("a minute", "half a minute")
 *   and are sent as Alexa sends them, in ISO-8601 ("PT1M", "PT30S").
 */
import * as fs from 'fs';
import * as path from 'path';
import { englishDurationPhrases } from './duration-phrases';
import { amazonTimeValue } from './amazon-time-value';

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

/** A loaded model, ready for `resolveUtterance`. Treat as opaque apart from `json`. */
export interface LoadedModel {
  readonly json: InteractionModelJson;
  readonly invocationName: string;
  /** @internal matcher over the model as written */
  readonly strict: VaModel;
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

const MODEL_RELATIVE_PATH = path.join('skill-package', 'interactionModels', 'custom', 'en-US.json');

/** Where the en-US model is: from this file's folder (lambda/local) up to the repo root, else the cwd. */
export function defaultModelPath(): string {
  const candidates = [
    path.resolve(__dirname, '..', '..', MODEL_RELATIVE_PATH),
    path.resolve(process.cwd(), MODEL_RELATIVE_PATH),
  ];
  return candidates.find((p) => fs.existsSync(p)) ?? candidates[0];
}

/** Reads and prepares the interaction model (default: skill-package/interactionModels/custom/en-US.json). */
export function loadInteractionModel(modelPath: string = defaultModelPath()): LoadedModel {
  const json = JSON.parse(fs.readFileSync(modelPath, 'utf8')) as InteractionModelJson;
  return prepareInteractionModel(json);
}

/** Prepares an already-parsed interaction model. The argument is not modified. */
export function prepareInteractionModel(json: InteractionModelJson): LoadedModel {
  const lm = json.interactionModel.languageModel;
  const declaredSlots = new Map<string, Array<{ name: string; type: string }>>();
  for (const intent of lm.intents) {
    declaredSlots.set(intent.name, (intent.slots ?? []).map((s) => ({ name: s.name, type: s.type })));
  }
  const strict = buildVaModel(withBuiltInTypes(clone(json)), declaredSlots);
  return {
    json,
    invocationName: lm.invocationName,
    strict,
    relaxed: buildRelaxedModel(json, strict),
    timeless: buildTimelessModel(json),
    declaredSlots,
  };
}

/**
 * The matcher takes any words for AMAZON.TIME, so a bare "{time}" sample would win over
 * "{variant}" for "in the chair". Where the time slot's words are no time, the words are
 * matched again without the intents that take a time.
 */
function buildTimelessModel(json: InteractionModelJson): VaModel | undefined {
  const copy = withBuiltInTypes(clone(json));
  const lm = copy.interactionModel.languageModel;
  const before = lm.intents.length;
  lm.intents = lm.intents.filter((intent) => !(intent.slots ?? []).some((slot) => slot.type === TIME_TYPE));
  if (lm.intents.length === before) return undefined;
  return buildVaModel(copy, new Set(lm.intents.map((i) => i.name)));
}

const DURATION_TYPE = 'AMAZON.DURATION';
const TIME_TYPE = 'AMAZON.TIME';
/**
 * The matcher takes any text for a type named AMAZON.*, so durations are given
 * to it under another name, as an enumerated type of the phrases it may match.
 */
const MATCHED_DURATION_TYPE = 'SpokenDuration';

function withBuiltInTypes(json: InteractionModelJson): InteractionModelJson {
  const lm = json.interactionModel.languageModel;
  let used = false;
  for (const slot of lm.intents.flatMap((intent) => intent.slots ?? [])) {
    if (slot.type !== DURATION_TYPE) continue;
    slot.type = MATCHED_DURATION_TYPE;
    used = true;
  }
  if (used) {
    const values = englishDurationPhrases().map(({ phrase, iso }) => ({ id: iso, name: { value: phrase } }));
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
      return refs.length > 0 && refs.every((r) => new RegExp(`[a-z'] \\{${r}\\} [a-z']`).test(sample));
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

/**
 * Lower-cases and strips punctuation the way Alexa's transcript looks: letters, digits, spaces
 * and in-word apostrophes only; hyphens become spaces ("forty-five" -> "forty five").
 */
export function normalizeUtterance(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[-_\u2010-\u2015/]/g, ' ')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\bok\b/g, 'okay')
    .replace(/\s+/g, ' ')
    .trim();
}

const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90,
};

function isNumberWord(word: string): boolean {
  return word in SMALL_NUMBERS || word in TENS || word === 'hundred' || word === 'thousand';
}

/**
 * Reads a run of English number words ("forty five", "one hundred and twenty", "sixty") or
 * digits ("45") as a number. Returns undefined when the text is not exactly one number.
 */
export function wordsToNumber(text: string): number | undefined {
  const words = normalizeUtterance(text).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  if (words.length === 1 && /^\d+$/.test(words[0])) return Number(words[0]);
  const parts = splitNumberRuns(words);
  if (parts.length !== 1 || parts[0].kind !== 'number') return undefined;
  return parts[0].value;
}

type Run = { kind: 'number'; value: number } | { kind: 'word'; word: string };

/** Splits words into number runs and other words; "forty five seconds" -> [45, "seconds"]. */
function splitNumberRuns(words: string[]): Run[] {
  const out: Run[] = [];
  let total = 0; // thousands already closed
  let current = 0; // below a thousand
  let last: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'thousand' = 'none';
  const flush = (): void => {
    if (last !== 'none') out.push({ kind: 'number', value: total + current });
    total = 0;
    current = 0;
    last = 'none';
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (w === 'a' && (next === 'hundred' || next === 'thousand') && last === 'none') {
      current = 1;
      last = 'unit';
      continue;
    }
    if (w === 'and' && (last === 'hundred' || last === 'thousand') && next !== undefined && isNumberWord(next)) {
      continue;
    }
    if (w in SMALL_NUMBERS) {
      const v = SMALL_NUMBERS[w];
      const isTeen = v >= 10;
      if (last === 'unit' || last === 'teen' || (last === 'tens' && isTeen)) flush();
      current += v;
      last = isTeen ? 'teen' : 'unit';
    } else if (w in TENS) {
      if (last === 'unit' || last === 'teen' || last === 'tens') flush();
      current += TENS[w];
      last = 'tens';
    } else if (w === 'hundred' && (last === 'unit' || last === 'teen' || last === 'tens') && current < 100) {
      current *= 100;
      last = 'hundred';
    } else if (w === 'thousand' && last !== 'none' && last !== 'thousand' && total === 0) {
      total = current * 1000;
      current = 0;
      last = 'thousand';
    } else {
      flush();
      out.push({ kind: 'word', word: w });
    }
  }
  flush();
  return out;
}

/** Replaces every run of number words with digits: "hold for forty five seconds" -> "hold for 45 seconds". */
export function numberWordsToDigits(text: string): string {
  const words = normalizeUtterance(text).split(' ').filter(Boolean);
  return splitNumberRuns(words)
    .map((r) => (r.kind === 'number' ? String(r.value) : r.word))
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// Invocation phrases

const INVOCATION_NAME_PATTERN = "(?:the )?hamstrings? coach(?:'s)?";
const LAUNCH_RE = new RegExp(`^(?:open|launch|start|begin|load|run|use|play|talk to|ask|tell) ${INVOCATION_NAME_PATTERN}$`);
const ASK_RE = new RegExp(`^(?:ask|tell) ${INVOCATION_NAME_PATTERN} (?:(?:for|to|that|about|if|whether) )?(.+)$`);
const OPEN_AND_RE = new RegExp(`^(?:open|launch|start|use) ${INVOCATION_NAME_PATTERN} (?:and|to|for) (.+)$`);
const USING_RE = new RegExp(`^(.+?) (?:with|using|from|on) ${INVOCATION_NAME_PATTERN}$`);

/**
 * Recognises how the user addressed the skill: "open hamstring coach" (launch), "ask hamstring
 * coach for the lying down stretch" / "tell hamstring coach to speak slower" (one-shot with the
 * request in `rest`), or anything else (an utterance inside an open session). A leading "alexa"
 * is ignored. Returned text is normalised (see normalizeUtterance).
 */
export function parseInvocation(text: string): Invocation {
  let t = normalizeUtterance(text);
  t = t.replace(/^(?:hey |okay )?alexa\b ?/, '');
  if (LAUNCH_RE.test(t)) return { kind: 'launch' };
  const m = ASK_RE.exec(t) ?? OPEN_AND_RE.exec(t) ?? USING_RE.exec(t);
  if (m && m[1].trim().length > 0) return { kind: 'oneShot', rest: m[1].trim() };
  return { kind: 'utterance', text: t };
}

// ---------------------------------------------------------------------------------------------
// Resolution

/**
 * Resolves one utterance (spoken inside the skill, or the request part of a one-shot) to the
 * intent Alexa would send, with all declared slots present. Anything that matches no sample
 * becomes AMAZON.FallbackIntent. `skillId` is used in the entity-resolution authority string.
 */
export function resolveUtterance(model: LoadedModel, text: string, skillId: string): ResolvedIntent {
  const normalized = normalizeUtterance(text);
  if (normalized.length > 0) {
    const attempts: Array<[VaModel | undefined, string]> = [
      [model.strict, normalized],
      [model.strict, numberWordsToDigits(normalized)],
      [model.timeless, normalized],
      [model.timeless, numberWordsToDigits(normalized)],
      [model.relaxed, normalized],
    ];
    for (const [matcher, phrase] of attempts) {
      if (!matcher || phrase.length === 0) continue;
      const utterance = new Utterance(matcher, phrase);
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
  const inv = parseInvocation(text);
  if (inv.kind === 'launch') return inv;
  if (inv.kind === 'oneShot') return { kind: 'intent', oneShot: true, intent: resolveUtterance(model, inv.rest, skillId) };
  return { kind: 'intent', oneShot: false, intent: resolveUtterance(model, inv.text, skillId) };
}

/**
 * The matcher takes any text for AMAZON.TIME; Alexa only fills it with a time of day.
 * A match whose time slot holds words that are no time ("hold for forty five seconds"
 * against "{time}") is no match.
 */
function timeSlotsHoldTimes(model: LoadedModel, intentName: string, utterance: VaUtterance): boolean {
  for (const declared of model.declaredSlots.get(intentName) ?? []) {
    if (declared.type !== TIME_TYPE) continue;
    const value = utterance.slotByName(declared.name)?.trim();
    if (value && amazonTimeValue(value) === undefined) return false;
  }
  return true;
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
    let value = utterance.slotByName(declared.name)?.trim();
    if (!value) continue;
    const slot = slots[declared.name];
    if (declared.type === 'AMAZON.NUMBER') {
      const n = wordsToNumber(value);
      value = n === undefined ? '?' : String(n); // Alexa sends "?" for a number it could not read
    }
    if (declared.type === TIME_TYPE) {
      // What Alexa would send: "09:00" for "nine", "MO" for "in the morning".
      slot.value = amazonTimeValue(value) ?? value;
      continue;
    }
    if (declared.type === DURATION_TYPE) {
      const phrases = model.strict.slotTypes.slotType(MATCHED_DURATION_TYPE);
      slot.value = phrases?.matchAll(value).find((match) => match.enumeratedValue?.id)?.enumeratedValue?.id ?? '?';
      continue;
    }
    const slotType = model.strict.slotTypes.slotType(declared.type);
    slot.value = value;
    if (slotType && slotType.isCustom()) {
      slot.resolutions = { resolutionsPerAuthority: [resolveEntity(slotType, value, skillId)] };
    }
  }
  return { name: intentName, confirmationStatus: 'NONE', slots };
}

function resolveEntity(slotType: VaSlotType, value: string, skillId: string): ResolutionPerAuthority {
  const authority = `amzn1.er-authority.echo-sdk.${skillId}.${slotType.name}`;
  const seen = new Set<string>();
  const values: ResolutionPerAuthority['values'] = [];
  for (const match of slotType.matchAll(value)) {
    const ev = match.enumeratedValue;
    if (!ev || ev.builtin) continue;
    const id = ev.id ?? ev.name.value;
    if (seen.has(id)) continue;
    seen.add(id);
    values.push({ value: { name: ev.name.value, id } });
  }
  return values.length > 0
    ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values }
    : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] };
}
