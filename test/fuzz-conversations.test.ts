/**
 * Thousands of random conversations, driven straight into `buildSkill(...).invoke`
 * (no HTTP, no simulator) with an in-memory store this test can look into.
 *
 * A conversation is 1-25 random steps: launches, every contract intent (and unknown
 * ones, and none) with hostile slots (missing, empty, null, 10k characters, emoji,
 * SSML-looking text, "-5", "1e9", "NaN", "?", "Infinity", unmatched or unknown
 * resolutions), SessionEndedRequests (ERROR included), waits of 0-120 s or hours,
 * users breaking in partway through a response (mid-hold), new sessions for the same
 * user, session attributes echoed back damaged (random JSON, or plausible but out of
 * range, for `user`, `conversation` and `store`), and now and then a storage read,
 * write or delete that fails. A third of the conversations start the routine properly
 * and go random later, so late holds and the wrap-up are reached.
 *
 * After EVERY turn (see Conversation.turn): invoke resolves; nothing is logged above
 * info level except the storage failures injected that turn; a request other than
 * SessionEndedRequest gets speech or a clean end; responseProblems() is empty; the
 * stored record loads with the skill's own reader and loading changes nothing (so
 * holdSeconds, pace and the unfinished cursor are in range); the session's
 * conversation and user are in range the same way; PainIntent ends the session, says
 * to ease off and mentions a doctor; a confirmed forget-me leaves nothing stored (or,
 * if the delete failed, says so); a session whose read failed never changes the
 * stored record; at most one read and one write per turn.
 *
 * Also generated: non-array resolutionsPerAuthority/values, and session attributes
 * that are not an object at all (once bugs, found by this test's first version).
 *
 * REPLAY A FAILURE
 *   fast-check prints the seed, the counterexample and a replay path, like
 *     Property failed after 440 tests
 *     { seed: 20261125, path: "439:1:2:3:2:5:5:6:7:4:4", endOnFailure: true }
 *     Counterexample: [[{"kind":"intent",...}]]
 *   Re-run exactly that (shrunk) case with
 *     FUZZ_SEED=20261125 FUZZ_PATH="439:1:2:3:2:5:5:6:7:4:4" npx jest test/fuzz-conversations.test.ts
 *   Other knobs: FUZZ_RUNS=50000 for a longer soak, FUZZ_SEED=<any> to explore.
 *   The failure message also shows the transcript of the failing conversation.
 *
 * Every response is checked with responseProblems() (ssml-check-core included);
 * results are memoised per distinct response, since most responses repeat word for
 * word, so the full check costs little and runs on every turn.
 */
import fc from 'fast-check';
import { CONTRACT_INTENTS } from './support/contract';
import { isDeepStrictEqual } from 'node:util';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill, InvocableSkill } from '../lambda/skill';
import { MemoryPersistenceAdapter } from '../lambda/persistence/memory-adapter';
import { profileFromRecord, RECORD_VERSION } from '../lambda/persistence/user-record';
import { readConversation, readCursor, readUserProfile } from '../lambda/state/validate';
import { PACES } from '../lambda/vocabulary/pace';
import { HOLD_LIMITS } from '../lambda/routine/routine';
import { plainText } from '../lambda/local/voice-simulator';
import { readResponse } from '../lambda/speech/spoken-response';
import { modelSpeechMsFor } from '../lambda/speech/apla/reader';
import { translator, type Translate } from '../lambda/speech/i18n';
import { LOCALE_IDS, type LocaleId } from '../lambda/locales/registry';
import type { SpeechKey } from '../lambda/vocabulary/say';
import { setLogSink, LogSink } from '../lambda/support/log';
import { responseProblems } from './support/response-checks';
import { useFakeAlexaApi } from './support/fake-alexa-api';

/** Alexa's APIs (reminders, time zone) on loopback: a reminder set at random is set for real, never on the internet. */
const alexaApi = useFakeAlexaApi({ accessToken: 'fuzz-token' });

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);
const PATH = process.env.FUZZ_PATH || undefined;

const SKILL_ID = 'amzn1.ask.skill.fuzz-00000000-0000-0000-0000-000000000000';
const USER_ID = 'amzn1.ask.account.FUZZ-USER';
const DEVICE_ID = 'amzn1.ask.device.FUZZ-DEVICE';
const START = Date.parse('2026-11-25T08:00:00Z');

// ---------------------------------------------------------------- the steps

type Json = unknown;
type Wait =
  /** The user answers this many seconds after Alexa stops talking. */
  | { kind: 'after'; seconds: number }
  /** The user breaks in with the wake word this fraction of the way through the last response. */
  | { kind: 'interrupt'; fraction: number }
  /** Hours pass (mostly meaningful before a new session). */
  | { kind: 'hours'; hours: number };

/** Storage calls that fail during one turn (rarely any). */
type Fault = { get: boolean; save: boolean; delete: boolean } | undefined;

type Step =
  | { kind: 'launch'; wait: Wait; fault?: Fault }
  | { kind: 'intent'; wait: Wait; fault?: Fault; intent: Json; label: string }
  | { kind: 'sessionEnded'; wait: Wait; fault?: Fault; reason: string }
  | { kind: 'newSession' }
  | {
      kind: 'corrupt';
      patch: { user?: Json; conversation?: Json; store?: Json };
      remove: Array<'user' | 'conversation' | 'store'>;
      /** Replaces the whole attributes with something that is not an object. */
      replaceWith?: Json;
    };

const HOSTILE_TEXT = [
  '',
  ' ',
  'x'.repeat(10_000),
  '🦵🔥 stretch 🧘‍♀️👍🏽',
  'ストレッチ ﷽ \u202eevil',
  '<break time="60s"/>',
  '<speak>hi</speak>',
  '&',
  ']]>',
  '"\'<>&amp;',
  '-5',
  '1e9',
  'NaN',
  '?',
  '45',
  '0',
  'Infinity',
  '-Infinity',
  '30.5',
  ' 45 ',
  '0x1e',
  '9'.repeat(400),
  'undefined',
  'null',
  '[object Object]',
  '\u0000',
  'my-secret-slot-text',
];
const NUMBER_TEXT = ['45', '20', '60', '19', '61', '-5', '1e9', 'NaN', '?', '0', 'Infinity', '30.5', '100', '1'];

const slotValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  // Not even a string: a hostile caller's JSON.
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
);

const matched = (id: Json) => ({
  resolutionsPerAuthority: [
    {
      authority: 'amzn1.er-authority.echo-sdk.fuzz.StretchVariant',
      status: { code: 'ER_SUCCESS_MATCH' },
      values: [{ value: { name: 'whatever', id } }],
    },
  ],
});

const resolutions: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('SITTING', 'STANDING', 'LYING').map(matched),
  // A match with an id the model doesn't have.
  fc.constantFrom('KNEELING', '', 'sitting', 'SITTING ', '__proto__', 'constructor', 'toString', 7, null).map(matched),
  fc.constant({
    resolutionsPerAuthority: [
      { authority: 'amzn1.er-authority.echo-sdk.fuzz.StretchVariant', status: { code: 'ER_SUCCESS_NO_MATCH' } },
    ],
  }),
  fc.constantFrom<Json>(
    {},
    { resolutionsPerAuthority: null },
    { resolutionsPerAuthority: [] },
    { resolutionsPerAuthority: [null, {}] },
    { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: null }] },
    { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [null, { value: null }, { value: { id: 7 } }] }] },
    { resolutionsPerAuthority: {} },
    { resolutionsPerAuthority: 5 },
    { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: 5 }] },
  ),
);

const slot = (name: string): fc.Arbitrary<Json> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ name: fc.constant(name), value: slotValue, confirmationStatus: fc.constant('NONE'), resolutions }, { requiredKeys: ['name', 'confirmationStatus'] }) },
    { weight: 1, arbitrary: fc.constantFrom<Json>(null, {}, 'text', 5) },
  );

/** The slots object: missing altogether, empty, null, or some of the contract's slots with hostile values. */
const slots: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(undefined),
  fc.constant({}),
  fc.constant(null),
  fc.record({ variant: slot('variant'), seconds: slot('seconds'), duration: slot('duration'), obstacle: slot('obstacle') }, { requiredKeys: [] }),
);

const UNKNOWN_INTENTS = ['NoSuchIntent', '', 'AMAZON.ShuffleOnIntent', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'readyintent'];

const intentNamed = (name: string, withSlots: fc.Arbitrary<Json> = slots): fc.Arbitrary<{ intent: Json; label: string }> =>
  withSlots.map((s) => ({ intent: s === undefined ? { name, confirmationStatus: 'NONE' } : { name, confirmationStatus: 'NONE', slots: s }, label: name }));

const cleanVariant = fc.constantFrom('SITTING', 'STANDING', 'LYING').map((id) => ({
  variant: { name: 'variant', value: id.toLowerCase(), confirmationStatus: 'NONE', resolutions: matched(id) },
}));
const cleanSeconds = fc.oneof(
  fc.constantFrom(...NUMBER_TEXT).map((value) => ({ seconds: { name: 'seconds', value, confirmationStatus: 'NONE' } })),
  fc.constantFrom('PT1M', 'PT30S', 'PT1M30S', 'PT2M', 'PT45S', 'P1D', 'PT', 'PT-5S', '?').map((value) => ({ duration: { name: 'duration', value, confirmationStatus: 'NONE' } })),
);
const cleanObstacle = fc.constantFrom('NO_STEP', 'NO_BELT', 'CANT_REACH', 'CANT_STAND', 'CANT_GET_DOWN').map((id) => ({
  obstacle: { name: 'obstacle', value: id.toLowerCase(), confirmationStatus: 'NONE', resolutions: matched(id) },
}));

const anyIntent: fc.Arbitrary<{ intent: Json; label: string }> = fc.oneof(
  // Going forward is weighted up, so conversations reach holds, pauses and the wrap-up.
  { weight: 30, arbitrary: fc.constantFrom('ReadyIntent', 'AMAZON.NextIntent', 'AMAZON.YesIntent').chain((n) => intentNamed(n, fc.constant(undefined))) },
  { weight: 4, arbitrary: intentNamed('StartStretchIntent', cleanVariant) },
  { weight: 1, arbitrary: intentNamed('SetHoldTimeIntent', cleanSeconds) },
  { weight: 1, arbitrary: intentNamed('ObstacleIntent', cleanObstacle) },
  { weight: 1, arbitrary: fc.constantFrom('AMAZON.PauseIntent', 'AMAZON.ResumeIntent').chain((n) => intentNamed(n, fc.constant(undefined))) },
  { weight: 8, arbitrary: fc.constantFrom(...CONTRACT_INTENTS).chain((n) => intentNamed(n)) },
  { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_INTENTS).chain((n) => intentNamed(n)) },
  // No intent at all, or a name that isn't a string.
  { weight: 1, arbitrary: fc.constantFrom<{ intent: Json; label: string }>({ intent: undefined, label: '<no intent>' }, { intent: { name: 42 }, label: '<name 42>' }, { intent: null, label: '<null intent>' }) },
);

const wait: fc.Arbitrary<Wait> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 120 }).map((seconds) => ({ kind: 'after' as const, seconds })) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((fraction) => ({ kind: 'interrupt' as const, fraction })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 }).map((hours) => ({ kind: 'hours' as const, hours })) },
);

/** Plausible-but-wrong state, more likely to reach deep code than random JSON. */
const nearCursor: fc.Arbitrary<Json> = fc.record({
  variant: fc.constantFrom<Json>('SITTING', 'STANDING', 'LYING', 'COUNTER', 'KNEELING', '__proto__', 5),
  holdIndex: fc.constantFrom<Json>(0, 1, 2, 3, 4, -1, 1.5, '1', 1e308, null),
  stage: fc.constantFrom<Json>('setup', 'switch', 'holding', 'released', 'paused', 'done', ''),
  step: fc.constantFrom<Json>(0, 1, 4, 5, 99, -1, 0.5, '0'),
  hold: fc.oneof(
    fc.constant(undefined),
    fc.record({
      startedAt: fc.constantFrom<Json>(START, START + 3_600_000, 0, -1e15, 'now', 1e308),
      offsetSeconds: fc.constantFrom<Json>(0, 3, 500, -4, 'x'),
      seconds: fc.constantFrom<Json>(30, 20, 60, 0, 1000, 2.5),
    }),
  ),
  remainingSeconds: fc.constantFrom<Json>(undefined, 0, 1, 12, 60, 61, -3, 1e9, 'lots'),
}, { requiredKeys: [] });

const nearConversation: fc.Arbitrary<Json> = fc.record({
  phase: fc.constantFrom<Json>('menu', 'offerUsual', 'offerResume', 'offerLonger', 'routine', 'confirmForget', 'ended', 'hacked', 7),
  routine: nearCursor,
  returnPhase: fc.constantFrom<Json>(undefined, 'routine', 'menu', 'confirmForget', 'nope'),
}, { requiredKeys: [] });

const nearUser: fc.Arbitrary<Json> = fc.record({
  heardNotice: fc.constantFrom<Json>(true, false, 'yes'),
  prefs: fc.record({
    variant: fc.constantFrom<Json>('SITTING', 'LYING', 'KNEELING', null),
    holdSeconds: fc.constantFrom<Json>(30, 45, 5, 1e9, -5, NaN, '45', null, 33.3),
    pace: fc.constantFrom<Json>('slow', 'normal', 'fast', 'warp', 1),
  }, { requiredKeys: [] }),
  completedSessions: fc.constantFrom<Json>(0, 3, -1, 1.5, 1e300, 'many'),
  streak: fc.record({ days: fc.constantFrom<Json>(0, 2, -4, 1e9), lastDay: fc.constantFrom<Json>('2026-11-24', '2026-11-25', 'yesterday', 5) }, { requiredKeys: [] }),
  holdRun: fc.record({ seconds: fc.constantFrom<Json>(30, 60, 61, 'x'), count: fc.constantFrom<Json>(0, 3, 10, -1) }, { requiredKeys: [] }),
  unfinished: fc.record({ cursor: nearCursor, savedAt: fc.constantFrom<Json>(START, START - 1, 'x', null) }, { requiredKeys: [] }),
}, { requiredKeys: [] });

const nearStore: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ digest: fc.constantFrom<Json>('0-0', 5, null, ''), writable: fc.constantFrom<Json>(true, false, 'true', 1) }, { requiredKeys: [] }),
  // An own "__proto__" key, as JSON.parse makes it.
  fc.constant(JSON.parse('{"__proto__":{"writable":true,"digest":"x"}}') as Json),
);

const junk = (near: fc.Arbitrary<Json>): fc.Arbitrary<Json> => fc.oneof({ weight: 2, arbitrary: near }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });

const corrupt: fc.Arbitrary<Step> = fc.record(
  {
    patch: fc.record({ user: junk(nearUser), conversation: junk(nearConversation), store: junk(nearStore) }, { requiredKeys: [] }),
    remove: fc.subarray(['user', 'conversation', 'store'] as Array<'user' | 'conversation' | 'store'>),
    replaceWith: fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom<Json>('hello', 5, [1, 2], true) }),
  },
  { requiredKeys: ['patch', 'remove'] },
).map(({ patch, remove, replaceWith }) => ({ kind: 'corrupt' as const, patch, remove, replaceWith }));

const fault: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 15, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.record({ get: fc.boolean(), save: fc.boolean(), delete: fc.boolean() }) },
);
/** A step's absent `fault` key means none, so counterexamples stay short. */
const withFault = <T extends object>(base: T, f: Fault): T => (f ? { ...base, fault: f } : base);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(wait, fault).map(([w, f]) => withFault({ kind: 'launch' as const, wait: w }, f)) },
  {
    weight: 20,
    arbitrary: fc.tuple(wait, fault, anyIntent).map(([w, f, i]) => withFault({ kind: 'intent' as const, wait: w, intent: i.intent, label: i.label }, f)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(wait, fault, fc.constantFrom('USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS', 'SOMETHING_NEW'))
      .map(([w, f, reason]) => withFault({ kind: 'sessionEnded' as const, wait: w, reason }, f)),
  },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'newSession' }) },
  { weight: 1, arbitrary: corrupt },
);

// size 'max': lengths spread over the whole 1-25 range, not bunched at the short end.
const randomConversation = fc.array(step, { minLength: 1, maxLength: 25, size: 'max' });

/**
 * A third of the conversations start the routine properly (launch, a stretch, then
 * "ready" a number of times, with random waits and break-ins) and go random after
 * that, so late holds, the switch to the other leg and the wrap-up get fuzzed too.
 * Still 25 steps at most.
 */
const readyStep = fc.tuple(wait, fault).map(([w, f]) => withFault({ kind: 'intent' as const, wait: w, intent: { name: 'ReadyIntent', confirmationStatus: 'NONE' }, label: 'ReadyIntent' }, f));
const guidedConversation = fc
  .tuple(wait, intentNamed('StartStretchIntent', cleanVariant), fc.array(readyStep, { minLength: 0, maxLength: 22, size: 'max' }))
  .chain(([w, choose, readies]) => {
    const prefix: Step[] = [{ kind: 'launch', wait: w }, { kind: 'intent', wait: { kind: 'after', seconds: 2 }, intent: choose.intent, label: choose.label }, ...readies];
    return fc.array(step, { minLength: 0, maxLength: 25 - prefix.length, size: 'max' }).map((rest) => [...prefix, ...rest]);
  });

/** Each conversation in one registered locale, picked by the seed: the same checks, in that locale's own words. */
const conversation = fc.tuple(
  fc.constantFrom(...LOCALE_IDS),
  fc.oneof({ weight: 2, arbitrary: randomConversation }, { weight: 1, arbitrary: guidedConversation }),
);

// ---------------------------------------------------------------- checks

/** JSON's view of a value: what DynamoDB or Alexa would hand back (undefined fields dropped). */
const viaJson = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

const problemMemo = new Map<string, Promise<string[]>>();
function memoisedProblems(envelope: ResponseEnvelope): Promise<string[]> {
  const r = envelope.response ?? {};
  const key = JSON.stringify([r.outputSpeech, r.reprompt, r.shouldEndSession, r.directives]);
  let found = problemMemo.get(key);
  if (!found) {
    if (problemMemo.size > 50_000) problemMemo.clear();
    found = responseProblems(envelope);
    problemMemo.set(key, found);
  }
  return found;
}

const secondsMemo = new Map<string, number>();
/** How long a response takes (outputSpeech, then any APLA hold), as VoiceSimulator measures it in that locale. */
function spokenSeconds(response: ResponseEnvelope['response'] | undefined, locale: LocaleId): number {
  const key = JSON.stringify([locale, response?.outputSpeech, response?.directives]);
  let found = secondsMemo.get(key);
  if (found === undefined) {
    found = readResponse(response, modelSpeechMsFor(locale)).seconds;
    if (secondsMemo.size > 50_000) secondsMemo.clear();
    secondsMemo.set(key, found);
  }
  return found;
}

/** Lower case, straight apostrophes, one space: how a line is looked for in what was said. */
const comparable = (text: string): string => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
/** Whether `said` (plain text) contains the locale's line. */
function says(said: string, line: string): boolean {
  return comparable(said).includes(comparable(line));
}
/** Whether `said` contains one of the wordings of a line (`<line>.0` to `<line>.2`). */
function saysOneOf(said: string, t: Translate, line: string): boolean {
  return [0, 1, 2].some((i) => says(said, t(`${line}.${i}` as SpeechKey)));
}

class InvariantBroken extends Error {}

function must(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantBroken(message);
}

function cursorInRange(cursor: unknown, where: string): void {
  must(cursor !== undefined, `${where}: cursor missing`);
  const read = readCursor(cursor);
  must(read !== undefined, `${where}: cursor does not load: ${JSON.stringify(cursor)}`);
  must(isDeepStrictEqual(viaJson(read), viaJson(cursor)), `${where}: cursor out of range: ${JSON.stringify(cursor)} loads as ${JSON.stringify(read)}`);
  const c = cursor as { holdIndex: number };
  must(Number.isInteger(c.holdIndex) && c.holdIndex >= 0 && c.holdIndex <= 3, `${where}: holdIndex ${c.holdIndex}`);
}

// ---------------------------------------------------------------- the driver

interface Stats {
  conversations: number;
  turns: number;
  holds: number;
  pausedHolds: number;
  completed: number;
  pains: number;
  forgets: number;
  corruptions: number;
  storedChecks: number;
  cleanEndsWithoutSpeech: number;
}

const stats: Stats = {
  conversations: 0,
  turns: 0,
  holds: 0,
  pausedHolds: 0,
  completed: 0,
  pains: 0,
  forgets: 0,
  corruptions: 0,
  storedChecks: 0,
  cleanEndsWithoutSpeech: 0,
};

interface Session {
  id: string;
  isNew: boolean;
  attributes: Record<string, unknown> | undefined;
  /** This session's read of the stored record failed (and was not retried since). */
  readFailed: boolean;
  /** Its attributes were damaged by a `corrupt` step: the skill then rightly saves whatever user they carry. */
  tampered: boolean;
}

/** The in-memory store, with storage failures on demand and a look at what it holds that never fails. */
class FaultyMemoryAdapter extends MemoryPersistenceAdapter {
  fault: Fault;
  calls = { get: 0, save: 0, delete: 0 };
  failed = { get: false, save: false, delete: false };

  beginTurn(fault: Fault): void {
    this.fault = fault;
    this.calls = { get: 0, save: 0, delete: 0 };
    this.failed = { get: false, save: false, delete: false };
  }

  /** What is stored, as JSON, or undefined when nothing is. */
  async peek(envelope: RequestEnvelope): Promise<string | undefined> {
    return this.size > 0 ? JSON.stringify(await super.getAttributes(envelope)) : undefined;
  }

  override async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    this.calls.get += 1;
    if (this.fault?.get) {
      this.failed.get = true;
      throw new Error('injected read failure');
    }
    return super.getAttributes(envelope);
  }

  override async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    this.calls.save += 1;
    if (this.fault?.save) {
      this.failed.save = true;
      throw new Error('injected write failure');
    }
    return super.saveAttributes(envelope, attributes);
  }

  override async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.calls.delete += 1;
    if (this.fault?.delete) {
      this.failed.delete = true;
      throw new Error('injected delete failure');
    }
    return super.deleteAttributes(envelope);
  }
}

/** Storage errors the skill logs, by the call that failed. */
const STORAGE_ERROR_EVENTS = { get: 'user_data.not_loaded', save: 'user_data.not_saved', delete: 'user_data.not_deleted' } as const;

class Conversation {
  /** The locale's own words: every check below is made in the language of the conversation. */
  private readonly t: Translate;
  constructor(readonly locale: LocaleId) {
    this.t = translator(locale);
  }
  readonly adapter = new FaultyMemoryAdapter();
  readonly skill: InvocableSkill = buildSkill({ persistence: this.adapter, skillId: SKILL_ID });
  readonly transcript: string[] = [];
  /** Log lines above info level: [event, the line]. */
  readonly errors: Array<[string, string]> = [];
  private session: Session | undefined;
  private sessions = 0;
  private requests = 0;
  private lastRequestAt = START;
  private lastSeconds = 0;

  async run(steps: Step[]): Promise<void> {
    for (const [index, s] of steps.entries()) {
      try {
        await this.step(s);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new Error(`turn ${index + 1} (${describeStep(s)}): ${why}\n--- transcript ---\n${this.transcript.join('\n')}`);
      }
    }
  }

  private async step(s: Step): Promise<void> {
    switch (s.kind) {
      case 'newSession':
        this.session = undefined;
        this.transcript.push('-- new session');
        return;
      case 'corrupt': {
        if (!this.session) return;
        const attributes: Record<string, unknown> = { ...(this.session.attributes ?? {}) };
        for (const key of s.remove) delete attributes[key];
        for (const [key, value] of Object.entries(s.patch)) attributes[key] = value;
        this.session.attributes = s.replaceWith === undefined ? attributes : (s.replaceWith as Record<string, unknown>);
        // A forged `store` can legitimately make the skill read again or write; stop reasoning about the failed read.
        if (s.remove.includes('store') || 'store' in s.patch) this.session.readFailed = false;
        this.session.tampered = true;
        stats.corruptions += 1;
        this.transcript.push(`-- session attributes now ${truncate(JSON.stringify(this.session.attributes))}`);
        return;
      }
      case 'launch':
        // A launch always opens a new session.
        this.session = undefined;
        return this.turn(s.wait, s.fault, { type: 'LaunchRequest' }, 'LaunchRequest');
      case 'sessionEnded':
        if (!this.session) return;
        return this.turn(
          s.wait,
          s.fault,
          { type: 'SessionEndedRequest', reason: s.reason, ...(s.reason === 'ERROR' ? { error: { type: 'INTERNAL_SERVICE_ERROR', message: 'fuzz' } } : {}) },
          `SessionEndedRequest ${s.reason}`,
        );
      case 'intent': {
        const body: Record<string, unknown> = { type: 'IntentRequest', dialogState: 'COMPLETED' };
        if (s.intent !== undefined) body.intent = s.intent;
        return this.turn(s.wait, s.fault, body, `${s.label} ${truncate(JSON.stringify((s.intent as { slots?: unknown } | null)?.slots) ?? '')}`);
      }
    }
  }

  private async turn(w: Wait, fault: Fault, body: Record<string, unknown>, label: string): Promise<void> {
    const at =
      w.kind === 'interrupt'
        ? this.lastRequestAt + Math.round(w.fraction * this.lastSeconds * 1000)
        : this.lastRequestAt + Math.round(this.lastSeconds * 1000) + (w.kind === 'after' ? w.seconds * 1000 : w.hours * 3_600_000);
    if (!this.session) {
      this.sessions += 1;
      this.session = { id: `amzn1.echo-api.session.fuzz-${this.sessions}`, isNew: true, attributes: undefined, readFailed: false, tampered: false };
    }
    const session = this.session;
    this.requests += 1;
    const application = { applicationId: SKILL_ID };
    const user = { userId: USER_ID };
    const envelope = {
      version: '1.0',
      session: {
        new: session.isNew,
        sessionId: session.id,
        application,
        user,
        ...(session.attributes === undefined ? {} : { attributes: session.attributes }),
      },
      context: {
        System: { application, user, device: { deviceId: DEVICE_ID, supportedInterfaces: {} }, apiEndpoint: alexaApi.api.endpoint, apiAccessToken: 'fuzz-token' },
      },
      request: { requestId: `amzn1.echo-api.request.fuzz-${this.requests}`, timestamp: new Date(at).toISOString(), locale: this.locale, ...body },
    } as unknown as RequestEnvelope;
    const sentConversation = readConversation(session.attributes?.conversation);
    const errorsBefore = this.errors.length;
    const storedBefore = await this.adapter.peek(envelope);
    this.adapter.beginTurn(fault);

    let response: ResponseEnvelope;
    try {
      response = await this.skill.invoke(envelope);
    } catch (error) {
      throw new InvariantBroken(`invoke threw: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    }
    stats.turns += 1;
    const type = String(body.type);
    const r = response.response ?? {};
    const ssml = r.outputSpeech?.type === 'SSML' ? r.outputSpeech.ssml : '';
    const { calls, failed } = this.adapter;
    const failures = (Object.keys(failed) as Array<keyof typeof failed>).filter((call) => failed[call]);
    this.transcript.push(`U [${new Date(at).toISOString().slice(11, 19)}] ${label}${failures.length ? `   [storage failed: ${failures.join(', ')}]` : ''}`);
    this.transcript.push(`A ${truncate(ssml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()) || '<silence>'}${r.shouldEndSession === false ? ' ?' : ' .'}`);

    // Timing for the next turn: the response "plays" for as long as it takes to say.
    this.lastRequestAt = at;
    this.lastSeconds = spokenSeconds(r, this.locale);

    // Did this session's read fail? (Only a read in this turn tells.)
    const readFailed = calls.get > 0 ? failed.get : session.readFailed;
    // Session bookkeeping, the way Alexa does it.
    if (type === 'SessionEndedRequest' || r.shouldEndSession !== false) {
      this.session = undefined;
    } else {
      this.session = { ...session, isNew: false, attributes: (response.sessionAttributes ?? {}) as Record<string, unknown>, readFailed };
    }

    // 1. No error in the turn: nothing logged above info level but the storage failures this
    //    turn injected, and not the skill's apology.
    // An Alexa API call that failed is logged as a warning and answered kindly: not an error of the skill.
    const unexpected = this.errors
      .slice(errorsBefore)
      .filter(([event, line]) => !failures.some((call) => STORAGE_ERROR_EVENTS[call] === event) && !(event.startsWith('reminders.') && line.startsWith('{"level":"warn"')));
    must(unexpected.length === 0, `the skill logged an error: ${unexpected.map(([, line]) => line).join(' | ')}`);
    for (const call of failures) {
      must(this.errors.slice(errorsBefore).some(([event]) => event === STORAGE_ERROR_EVENTS[call]), `a failed ${call} was not logged`);
    }
    must(!says(plainText(ssml), this.t('error.spoken')), 'the skill answered with its error apology');

    // 2. Something is said, unless the session ends cleanly (or Alexa ended it).
    if (type !== 'SessionEndedRequest') {
      const cleanEnd = r.shouldEndSession !== false && !r.reprompt;
      must(r.outputSpeech || cleanEnd, `no speech and the session is left open: ${JSON.stringify(r)}`);
      if (!r.outputSpeech) stats.cleanEndsWithoutSpeech += 1;
    }

    // 3. The response itself is valid (SSML, length, banned words, reprompt).
    const problems = await memoisedProblems(response);
    must(problems.length === 0, `response problems: ${problems.join('; ')}`);

    // 4. What is stored still loads, and loading it changes nothing (so it was in range).
    if (this.adapter.size > 0) {
      stats.storedChecks += 1;
      const stored = JSON.parse((await this.adapter.peek(envelope)) ?? "{}") as Record<string, unknown>;
      const profile = profileFromRecord(stored);
      must(
        isDeepStrictEqual(viaJson({ version: RECORD_VERSION, ...profile }), viaJson(stored)),
        `stored record is not what the skill's reader makes of it:\n stored ${JSON.stringify(stored)}\n loads  ${JSON.stringify(profile)}`,
      );
      const prefs = (stored as { prefs?: { holdSeconds?: unknown; pace?: unknown } }).prefs;
      const hold = prefs?.holdSeconds;
      must(typeof hold === 'number' && Number.isInteger(hold) && hold >= HOLD_LIMITS.min && hold <= HOLD_LIMITS.max, `stored holdSeconds ${String(hold)}`);
      must((PACES as readonly unknown[]).includes(prefs?.pace), `stored pace ${String(prefs?.pace)}`);
      const unfinished = (stored as { unfinished?: { cursor?: unknown } }).unfinished;
      if (unfinished !== undefined) cursorInRange(unfinished.cursor, 'stored unfinished routine');
    }

    // 5. What the session carries to the next turn is in range too.
    const attributes = response.sessionAttributes as Record<string, unknown> | undefined;
    if (attributes && attributes.conversation !== undefined) {
      const conv = attributes.conversation;
      must(isDeepStrictEqual(viaJson(readConversation(conv)), viaJson(conv)), `session conversation out of range: ${JSON.stringify(conv)}`);
      const routine = (conv as { routine?: unknown }).routine;
      if (routine !== undefined) cursorInRange(routine, 'session routine');
    }
    if (attributes && attributes.user !== undefined) {
      must(isDeepStrictEqual(viaJson(readUserProfile(attributes.user)), viaJson(attributes.user)), `session user out of range: ${JSON.stringify(attributes.user)}`);
    }

    // 6. Pain during a routine, or feeling unwell at any time, ends the session at once with
    //    the safety advice; pain before any routine is heard, and the session stays open.
    const intentName = (body.intent as { name?: unknown } | undefined)?.name;
    if (type === 'IntentRequest' && intentName === 'PainIntent') {
      stats.pains += 1;
      const said = plainText(ssml);
      if (sentConversation.routine) {
        must(r.shouldEndSession === true, 'PainIntent during a routine left the session open');
        must(says(said, this.t('pain.stop')), `PainIntent did not say to ease off and see a doctor: ${said}`);
      } else {
        must(r.shouldEndSession === false, 'PainIntent before any stretch ended the session');
        must(says(said, this.t('pain.beforeStretch')), `PainIntent before a stretch did not say to stop at any pain: ${said}`);
      }
    }
    if (type === 'IntentRequest' && intentName === 'FeelingUnwellIntent') {
      must(r.shouldEndSession === true, 'FeelingUnwellIntent left the session open');
      must(says(plainText(ssml), this.t('unwell.stop')), `FeelingUnwellIntent did not say to get help: ${plainText(ssml)}`);
    }

    // 7. A confirmed "forget me" leaves nothing stored, whatever the session's `store`
    //    attribute says and whether or not this session could read the record; if the
    //    delete fails, the user is told and the record is as it was.
    const confirmedForget = type === 'IntentRequest' && intentName === 'AMAZON.YesIntent' && sentConversation.phase === 'confirmForget';
    const storedAfter = await this.adapter.peek(envelope);
    if (confirmedForget) {
      stats.forgets += 1;
      const said = plainText(ssml);
      must(calls.delete === 1, `a confirmed forget-me called deleteAttributes ${calls.delete} times`);
      if (failed.delete) {
        // (Unless the session was forged: a turn saves the user the session carries, and a
        // forged session may carry another one.)
        if (!session.tampered) must(storedAfter === storedBefore, 'a failed delete changed the stored record');
        must(!says(said, this.t('forget.done')) && says(said, this.t('forget.failed')), `a failed delete was not reported as failed: ${said}`);
      } else {
        must(storedAfter === undefined, `after a confirmed forget-me the store still holds ${storedAfter}`);
        must(says(said, this.t('forget.done')), `forget-me done but not said: ${said}`);
      }
    } else {
      must(calls.delete === 0, 'deleteAttributes called without a confirmed forget-me');
    }

    // 8. A session that could not read the record never overwrites it (with defaults or anything else).
    if (readFailed && !confirmedForget) {
      must(storedAfter === storedBefore, `a session whose read failed changed the stored record:\n before ${storedBefore}\n after  ${storedAfter}`);
    }

    // 9. At most one read per session and one write per turn.
    must(calls.get <= 1 && calls.save <= 1, `storage calls this turn: ${JSON.stringify(calls)}`);
    if (!session.isNew && session.attributes && (session.attributes as { store?: unknown }).store && !readFailed) {
      // A session that carries its store marker (not forged away) does not read again.
      must(calls.get === 0 || typeof (session.attributes as { store?: unknown }).store !== 'object', 'a later turn of a session read storage again');
    }

    // Coverage counters.
    // A hold: its release words come in the APLA document, after the exact pauses.
    if (saysOneOf(readResponse(r, modelSpeechMsFor(this.locale)).text, this.t, 'hold.release') && this.lastSeconds >= HOLD_LIMITS.min) stats.holds += 1;
    if (attributes && (attributes.conversation as { routine?: { stage?: unknown } } | undefined)?.routine?.stage === 'paused') stats.pausedHolds += 1;
    // The wrap-up ends the session, or (the first time) asks about a daily reminder first.
    if (saysOneOf(plainText(ssml), this.t, 'wrapUp.done') && (r.shouldEndSession === true || says(plainText(ssml), this.t('reminder.offer')))) stats.completed += 1;
  }
}

function truncate(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;
}

function describeStep(s: Step): string {
  return truncate(JSON.stringify(s), 200);
}

// ---------------------------------------------------------------- the test

describe('random conversations', () => {
  let previousSink: LogSink | undefined;
  let current: Conversation | undefined;

  beforeAll(() => {
    previousSink = setLogSink((line) => {
      let level = 'unparsable';
      let event = '';
      try {
        ({ level = 'none', event = '' } = JSON.parse(line) as { level?: string; event?: string });
      } catch {
        // Kept as "unparsable", which counts as an error below.
      }
      if (level !== 'info' && current) current.errors.push([event, truncate(line, 300)]);
    });
  });
  afterAll(() => {
    if (previousSink) setLogSink(previousSink);
  });

  test(`${RUNS} conversations hold every invariant (seed ${SEED})`, async () => {
    // eslint-disable-next-line no-console
    console.log(`fuzz-conversations: seed ${SEED}, ${RUNS} runs${PATH ? `, replaying path ${PATH}` : ''} (replay: FUZZ_SEED=${SEED} FUZZ_PATH=<path> npx jest test/fuzz-conversations.test.ts)`);
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(conversation, async ([locale, steps]) => {
        stats.conversations += 1;
        current = new Conversation(locale);
        await current.run(steps);
      }),
      { seed: SEED, numRuns: RUNS, ...(PATH ? { path: PATH, endOnFailure: true } : {}) },
    );
    const seconds = (Date.now() - started) / 1000;
    // eslint-disable-next-line no-console
    console.log(`fuzz-conversations: ${stats.conversations} conversations, ${stats.turns} turns in ${seconds.toFixed(1)} s; ${JSON.stringify(stats)}; ${problemMemo.size} distinct responses SSML-checked`);

    if (!PATH) {
      expect(stats.conversations).toBeGreaterThanOrEqual(RUNS);
      // The generator must actually reach the interesting places.
      if (RUNS >= 5000) {
        expect(stats.holds).toBeGreaterThan(500);
        expect(stats.completed).toBeGreaterThan(50);
        expect(stats.pausedHolds).toBeGreaterThan(10);
        expect(stats.pains).toBeGreaterThan(50);
        expect(stats.forgets).toBeGreaterThan(5);
        expect(stats.corruptions).toBeGreaterThan(100);
      }
    }
  }, 600_000);
});
