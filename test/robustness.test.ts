/**
 * Envelopes Alexa seldom or never sends, through the BUILT Lambda bundle
 * (dist/index.js; build first with `node scripts/build.mjs`): no session, no
 * context, neither, request types the skill does not handle, intents not in the
 * model, SessionEndedRequest with an error, unreadable timestamps, other locales.
 * None may throw; every answer must be a valid response envelope.
 *
 * Then the application-ID check (SKILL_ID): a request for another skill is refused
 * before anything runs, nothing is stored, and the refusal is logged without the IDs.
 */
import { isLocaleId } from '../lambda/locales/registry';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill, RequestRefusedError } from '../lambda/skill';
import { setLogSink } from '../lambda/support/log';
import { MemoryPersistenceAdapter } from '../lambda/persistence/memory-adapter';
import { VoiceSimulator } from '../lambda/local/voice-simulator';
import { responseProblems } from './support/response-checks';

type Handler = (event: unknown, context?: unknown) => Promise<ResponseEnvelope>;

const BUNDLE = '../dist/index.js';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { handler } = require(BUNDLE) as { handler: Handler };

const SKILL_ID = 'amzn1.ask.skill.robustness-00000000-0000-0000-0000-000000000001';
const OTHER_SKILL_ID = 'amzn1.ask.skill.SOMEONE-ELSES-SKILL-7777';
/** Not Alexa-shaped, so the logger's ID scrubber would not hide it if it were logged. */
const PLAIN_OTHER_SKILL_ID = 'plain-other-skill-id-31337';
const DEVICE_ID = 'amzn1.ask.device.robustness-device';

let users = 0;
const newUserId = (): string => `amzn1.ask.account.robustness-${++users}`;

const TIMESTAMP = '2026-11-25T08:00:00Z';

function launch(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.r1', timestamp: TIMESTAMP, locale: 'en-US', ...extra };
}

function intent(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'IntentRequest',
    requestId: 'amzn1.echo-api.request.r2',
    timestamp: TIMESTAMP,
    locale: 'en-US',
    dialogState: 'COMPLETED',
    intent: { name, confirmationStatus: 'NONE' },
    ...extra,
  };
}

interface EnvelopeOptions {
  session?: boolean;
  context?: boolean;
  applicationId?: string;
  userId?: string;
  attributes?: unknown;
}

function envelope(request: Record<string, unknown>, options: EnvelopeOptions = {}): RequestEnvelope {
  const application = { applicationId: options.applicationId ?? SKILL_ID };
  const user = { userId: options.userId ?? newUserId() };
  const body: Record<string, unknown> = { version: '1.0', request };
  if (options.session !== false) {
    body.session = {
      new: true,
      sessionId: 'amzn1.echo-api.session.robustness',
      application,
      user,
      ...(options.attributes === undefined ? {} : { attributes: options.attributes }),
    };
  }
  if (options.context !== false) {
    body.context = {
      System: {
        application,
        user,
        device: { deviceId: DEVICE_ID, supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'robustness-token',
      },
    };
  }
  return body as unknown as RequestEnvelope;
}

const ssmlOf = (response: ResponseEnvelope): string => {
  const speech = response.response?.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : '';
};

/** A response with something said, valid by the contract's rules, and not the skill's error apology. */
async function expectAnswered(response: ResponseEnvelope): Promise<string> {
  expect(response.version).toBe('1.0');
  expect(await responseProblems(response)).toEqual([]);
  const ssml = ssmlOf(response);
  expect(ssml.length).toBeGreaterThan('<speak></speak>'.length);
  expect(ssml).not.toMatch(/something went wrong/i);
  return ssml;
}

/** The empty response: nothing said, no reprompt, the session not held open. */
async function expectEmpty(response: ResponseEnvelope): Promise<void> {
  expect(response.version).toBe('1.0');
  expect(typeof response.response).toBe('object');
  expect(response.response.outputSpeech).toBeUndefined();
  expect(response.response.reprompt).toBeUndefined();
  expect(response.response.shouldEndSession).not.toBe(false);
  expect(await responseProblems(response)).toEqual([]);
  // The envelope survives the trip back to Alexa as JSON, unchanged.
  expect(JSON.parse(JSON.stringify(response))).toEqual(response);
}

/** Logs the bundle writes (its own copy of the logger writes to stdout) are kept out of the test output. */
let stdoutSpy: jest.SpyInstance | undefined;
let bundleLog: string[] = [];
beforeEach(() => {
  bundleLog = [];
  stdoutSpy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    bundleLog.push(String(chunk));
    return true;
  });
});
afterEach(() => stdoutSpy?.mockRestore());

describe('envelope shapes, through the built bundle', () => {
  test('an IntentRequest with no session is answered', async () => {
    const response = await handler(envelope(intent('AMAZON.HelpIntent'), { session: false }));
    await expectAnswered(response);
  });

  test('a LaunchRequest with no session is answered', async () => {
    await expectAnswered(await handler(envelope(launch(), { session: false })));
  });

  test('a request with a session but no context is answered', async () => {
    await expectAnswered(await handler(envelope(launch(), { context: false })));
    await expectAnswered(await handler(envelope(intent('ReadyIntent'), { context: false })));
  });

  test('a request with neither session nor context is answered (no user, so nothing stored)', async () => {
    await expectAnswered(await handler(envelope(intent('AMAZON.HelpIntent'), { session: false, context: false })));
    await expectAnswered(await handler(envelope(launch(), { session: false, context: false })));
  });

  test.each([
    ['Display.ElementSelected', { token: 'item-1' }],
    ['Connections.Response', { name: 'Buy', status: { code: '200', message: 'OK' }, payload: {}, token: 't' }],
    ['CanFulfillIntentRequest', { intent: { name: 'StartStretchIntent', slots: {} } }],
    ['Messaging.MessageReceived', { message: { text: 'hi' } }],
    ['AudioPlayer.PlaybackStarted', { token: 't', offsetInMilliseconds: 0 }],
    ['System.ExceptionEncountered', { error: { type: 'INVALID_RESPONSE', message: 'bad' }, cause: { requestId: 'x' } }],
    ['Something.NobodyHasInventedYet', {}],
  ])('%s gets an empty but valid response envelope', async (type, extra) => {
    const request = { type, requestId: 'amzn1.echo-api.request.r3', timestamp: TIMESTAMP, locale: 'en-US', ...extra };
    await expectEmpty(await handler(envelope(request)));
    await expectEmpty(await handler(envelope(request, { session: false })));
  });

  test('an envelope with no request at all gets an empty response', async () => {
    const bare = envelope(launch());
    delete (bare as { request?: unknown }).request;
    await expectEmpty(await handler(bare));
  });

  test.each(['NoSuchIntent', 'AMAZON.ShuffleOnIntent', '__proto__', 'constructor', ''])('an intent not in the model (%j) is answered like Fallback', async (name) => {
    const ssml = await expectAnswered(await handler(envelope(intent(name))));
    const fallback = ssmlOf(await handler(envelope(intent('AMAZON.FallbackIntent'))));
    // The part of the fallback answer after the (first-time) doctor notice is the same.
    expect(ssml.slice(-80)).toBe(fallback.slice(-80));
  });

  test('an IntentRequest without an intent object is answered', async () => {
    await expectAnswered(await handler(envelope(intent('x', { intent: undefined }))));
  });

  test.each(['ERROR', 'USER_INITIATED', 'EXCEEDED_MAX_REPROMPTS'])('a SessionEndedRequest (%s, with error details) gets an empty response', async (reason) => {
    const request = {
      type: 'SessionEndedRequest',
      requestId: 'amzn1.echo-api.request.r4',
      timestamp: TIMESTAMP,
      locale: 'en-US',
      reason,
      error: { type: 'INVALID_RESPONSE', message: 'An exception occurred while dispatching the request to the skill.' },
    };
    const response = await handler(envelope(request));
    expect(response.response.outputSpeech).toBeUndefined();
    expect(await responseProblems(response)).toEqual([]);
    expect(await responseProblems(await handler(envelope(request, { session: false })))).toEqual([]);
  });

  test.each([
    ['missing', undefined],
    ['empty', ''],
    ['garbage', 'not a time'],
    ['a number', 1764057600000],
    ['an object', { when: 'now' }],
    ['far future', '9999-12-31T23:59:59Z'],
    ['epoch', '1970-01-01T00:00:00Z'],
  ])('a request whose timestamp is %s is answered', async (_label, timestamp) => {
    const userId = newUserId();
    const first = launch();
    const second = intent('StartStretchIntent', {
      intent: {
        name: 'StartStretchIntent',
        confirmationStatus: 'NONE',
        slots: {
          variant: {
            name: 'variant',
            value: 'sitting',
            confirmationStatus: 'NONE',
            resolutions: { resolutionsPerAuthority: [{ authority: 'a', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'sitting', id: 'SITTING' } }] }] },
          },
        },
      },
    });
    for (const request of [first, second]) {
      if (timestamp === undefined) delete request.timestamp;
      else request.timestamp = timestamp;
    }
    await expectAnswered(await handler(envelope(first, { userId })));
    const ssml = await expectAnswered(await handler(envelope(second, { userId })));
    expect(ssml).toMatch(/sitting/i);
  });

  // Only locales the registry does not have: a registered one answers in its own words (test/locales.test.ts).
  test.each(['de-DE', 'fr-FR', 'sv-SE', 'en-ZA', 'xx', '', 42, null].filter((l) => typeof l !== 'string' || !isLocaleId(l)))('unregistered locale %j falls back to en-US', async (locale) => {
    const response = await handler(envelope(launch({ locale })));
    const ssml = await expectAnswered(response);
    expect(ssml).toMatch(/sitting/i);
    expect(ssml).toMatch(/Would you like to stretch/i);
  });

  // Once a bug: `locale in RESOURCES` also saw Object.prototype, so "constructor" counted as a
  // supported locale and the skill spoke raw keys ("welcome.new notice.doctor menu.question").
  test.each(['constructor', 'toString', '__proto__'])('a locale named like an Object.prototype member (%j) falls back to English', async (locale) => {
    const ssml = await expectAnswered(await handler(envelope(launch({ locale }))));
    expect(ssml).not.toMatch(/\b(welcome|menu|notice)\.[a-z]+/i);
    expect(ssml).toMatch(/Would you like to stretch/i);
  });

  // Once a bug: a non-array `resolutionsPerAuthority` or `values` threw in variantFrom, and the
  // user heard the error apology instead of the list of stretches.
  test.each([
    ['resolutionsPerAuthority is an object', { resolutionsPerAuthority: {} }],
    ['resolutionsPerAuthority is a number', { resolutionsPerAuthority: 5 }],
    ['values is a number', { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: 5 }] }],
  ])('a variant slot whose %s is answered like an unknown stretch', async (_label, resolutions) => {
    const request = intent('StartStretchIntent', {
      intent: { name: 'StartStretchIntent', confirmationStatus: 'NONE', slots: { variant: { name: 'variant', value: 'kneeling', resolutions } } },
    });
    const ssml = await expectAnswered(await handler(envelope(request)));
    expect(ssml).toMatch(/sitting/i);
  });

  // Once a bug: session attributes that were a string or number made every turn the error
  // apology, and an array silently lost the state. Alexa echoes what the skill sent, so this
  // needs a damaged or hostile envelope.
  test.each([
    ['a string', 'hello'],
    ['a number', 5],
    ['an array', [1, 2]],
  ])('session attributes that are %s are treated as empty', async (_label, attributes) => {
    const response = await handler(envelope(launch(), { attributes }));
    await expectAnswered(response);
    const carried = response.sessionAttributes as Record<string, unknown> | undefined;
    expect(typeof carried === 'object' && carried !== null && !Array.isArray(carried)).toBe(true);
    expect(JSON.parse(JSON.stringify(carried))).toHaveProperty('conversation.phase', 'menu');
  });

  test('session attributes that are null or an empty object start a fresh conversation', async () => {
    for (const attributes of [null, {}]) {
      const response = await handler(envelope(launch(), { attributes }));
      await expectAnswered(response);
      expect(response.sessionAttributes).toHaveProperty('conversation.phase', 'menu');
    }
  });
});

// ---------------------------------------------------------------- the application ID

/** A fresh copy of the bundle, so its skill is built with this SKILL_ID (it reads the variable when it loads). */
function bundleWithSkillId(skillId: string | undefined): Handler {
  const withVariable = <T>(run: () => T): T => {
    const outer = process.env.SKILL_ID;
    if (skillId === undefined) delete process.env.SKILL_ID;
    else process.env.SKILL_ID = skillId;
    try {
      return run();
    } finally {
      if (outer === undefined) delete process.env.SKILL_ID;
      else process.env.SKILL_ID = outer;
    }
  };
  let fresh: Handler | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    fresh = withVariable(() => (require(BUNDLE) as { handler: Handler }).handler);
  });
  return (event, context) => fresh!(event, context);
}

describe('SKILL_ID, through the built bundle', () => {
  const saved = process.env.SKILL_ID;
  afterEach(() => {
    if (saved === undefined) delete process.env.SKILL_ID;
    else process.env.SKILL_ID = saved;
  });

  test('a request for another application ID is refused: the handler rejects, nothing is said', async () => {
    const guarded = bundleWithSkillId(SKILL_ID);
    for (const applicationId of [OTHER_SKILL_ID, PLAIN_OTHER_SKILL_ID, '']) {
      await expect(guarded(envelope(launch(), { applicationId }))).rejects.toMatchObject({ name: 'RequestRefusedError' });
      await expect(guarded(envelope(intent('ReadyIntent'), { applicationId, session: false }))).rejects.toMatchObject({ name: 'RequestRefusedError' });
      await expect(guarded(envelope(intent('ReadyIntent'), { applicationId, context: false }))).rejects.toMatchObject({ name: 'RequestRefusedError' });
    }
    // No ID at all is not this skill's either.
    await expect(guarded(envelope(launch(), { session: false, context: false }))).rejects.toMatchObject({ name: 'RequestRefusedError' });
    const logged = bundleLog.join('');
    expect(logged).toContain('request.refused');
    for (const secret of [OTHER_SKILL_ID, 'SOMEONE-ELSES-SKILL-7777', PLAIN_OTHER_SKILL_ID, 'robustness-']) {
      expect(logged).not.toContain(secret);
    }
  });

  test('a refused request leaves nothing stored: the same user launching for real is a first-time user', async () => {
    const guarded = bundleWithSkillId(SKILL_ID);
    const userId = newUserId();
    for (let i = 0; i < 3; i++) {
      await expect(guarded(envelope(launch(), { applicationId: OTHER_SKILL_ID, userId }))).rejects.toMatchObject({ name: 'RequestRefusedError' });
    }
    const ssml = await expectAnswered(await guarded(envelope(launch(), { userId })));
    expect(ssml).toMatch(/check with your doctor/i);
  });

  test('a request whose IDs match is answered', async () => {
    const guarded = bundleWithSkillId(SKILL_ID);
    await expectAnswered(await guarded(envelope(launch())));
    await expectAnswered(await guarded(envelope(intent('AMAZON.HelpIntent'), { session: false })));
    await expectAnswered(await guarded(envelope(intent('AMAZON.HelpIntent'), { context: false })));
  });

  test('without SKILL_ID any application ID is answered', async () => {
    const open = bundleWithSkillId(undefined);
    await expectAnswered(await open(envelope(launch(), { applicationId: OTHER_SKILL_ID })));
  });
});

describe('SKILL_ID, with buildSkill and a spy adapter', () => {
  function spyAdapter(): PersistenceAdapter & { [K in 'getAttributes' | 'saveAttributes' | 'deleteAttributes']: jest.Mock } {
    return {
      getAttributes: jest.fn(async () => ({})),
      saveAttributes: jest.fn(async () => undefined),
      deleteAttributes: jest.fn(async () => undefined),
    };
  }

  let lines: string[] = [];
  let restore: ((line: string) => void) | undefined;
  beforeEach(() => {
    lines = [];
    restore = setLogSink((line) => lines.push(line));
  });
  afterEach(() => {
    if (restore) setLogSink(restore);
  });

  test.each([
    ['another skill, Alexa-shaped', OTHER_SKILL_ID],
    ['another skill, plain', PLAIN_OTHER_SKILL_ID],
    ['an empty ID', ''],
  ])('a request for %s is refused before any storage or handler runs, and logged without IDs', async (_label, applicationId) => {
    const adapter = spyAdapter();
    const skill = buildSkill({ persistence: adapter, skillId: SKILL_ID });
    const userId = 'plain-user-id-for-refusal-424242';
    for (const request of [launch(), intent('DeleteMyDataIntent'), intent('AMAZON.YesIntent'), { type: 'SessionEndedRequest', requestId: 'r', timestamp: TIMESTAMP, reason: 'ERROR' }]) {
      await expect(skill.invoke(envelope(request, { applicationId, userId }))).rejects.toBeInstanceOf(RequestRefusedError);
      await expect(skill.invoke(envelope(request, { applicationId, userId, session: false }))).rejects.toBeInstanceOf(RequestRefusedError);
    }
    expect(adapter.getAttributes).not.toHaveBeenCalled();
    expect(adapter.saveAttributes).not.toHaveBeenCalled();
    expect(adapter.deleteAttributes).not.toHaveBeenCalled();
    expect(lines.length).toBeGreaterThan(0);
    const logged = lines.join('\n');
    expect(logged).toContain('request.refused');
    for (const secret of [userId, applicationId || '\u0000', SKILL_ID, 'SOMEONE-ELSES', DEVICE_ID, 'robustness-token']) {
      expect(logged).not.toContain(secret);
    }
  });

  test('a matching request reads and writes storage as usual', async () => {
    const adapter = spyAdapter();
    const skill = buildSkill({ persistence: adapter, skillId: SKILL_ID });
    await expectAnswered(await skill.invoke(envelope(launch())));
    expect(adapter.getAttributes).toHaveBeenCalledTimes(1);
    expect(adapter.saveAttributes).toHaveBeenCalledTimes(1);
  });

  test('requests the conversation does not handle touch no storage', async () => {
    const adapter = spyAdapter();
    const skill = buildSkill({ persistence: adapter, skillId: SKILL_ID });
    for (const type of ['Display.ElementSelected', 'CanFulfillIntentRequest', 'System.ExceptionEncountered']) {
      await expectEmpty(await skill.invoke(envelope({ type, requestId: 'r', timestamp: TIMESTAMP, locale: 'en-US' })));
    }
    expect(adapter.getAttributes).not.toHaveBeenCalled();
    expect(adapter.saveAttributes).not.toHaveBeenCalled();
  });
});

describe('forget me when storage misbehaves', () => {
  // Regression: SaveUserData used to skip the delete when the session's read had failed
  // (store.writable false) and still said "I've deleted everything" (fixed in cc3f038,
  // "Forget me: delete before answering, even when the session's read failed").
  class FlakyStore extends MemoryPersistenceAdapter {
    failNextRead = false;
    failDeletes = false;
    override async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
      if (this.failNextRead) {
        this.failNextRead = false;
        throw new Error('read timed out');
      }
      return super.getAttributes(envelope);
    }
    override async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
      if (this.failDeletes) throw new Error('delete refused');
      return super.deleteAttributes(envelope);
    }
  }

  async function storedUser(adapter: FlakyStore, userId = newUserId()): Promise<VoiceSimulator> {
    const skill = buildSkill({ persistence: adapter, skillId: SKILL_ID });
    const sim = new VoiceSimulator({ handler: (e) => skill.invoke(e), userId, skillId: SKILL_ID });
    await sim.say('open hamstring coach');
    await sim.say('sitting');
    await sim.say('stop');
    expect(adapter.size).toBe(1);
    return sim;
  }

  let restore: ((line: string) => void) | undefined;
  beforeEach(() => {
    restore = setLogSink(() => undefined);
  });
  afterEach(() => {
    if (restore) setLogSink(restore);
  });

  test('after a failed read at launch, a confirmed forget-me still deletes the record', async () => {
    const adapter = new FlakyStore();
    const sim = await storedUser(adapter);
    adapter.failNextRead = true;
    await sim.say('open hamstring coach');
    await sim.say('forget me');
    const done = await sim.say('yes');
    expect(done.text).toMatch(/deleted everything/i);
    expect(adapter.size).toBe(0);
  });

  test('a delete that fails is not reported as done, and the record is kept', async () => {
    const adapter = new FlakyStore();
    const sim = await storedUser(adapter);
    adapter.failDeletes = true;
    await sim.say('open hamstring coach');
    await sim.say('forget me');
    const answer = await sim.say('yes');
    expect(answer.text).not.toMatch(/deleted everything/i);
    expect(answer.text).toMatch(/couldn.t delete|nothing has changed/i);
    expect(await responseProblems(answer.envelope)).toEqual([]);
    expect(adapter.size).toBe(1);
  });

  test('session attributes claiming storage is not writable do not stop a confirmed forget-me', async () => {
    const adapter = new FlakyStore();
    const userId = newUserId();
    await storedUser(adapter, userId);
    const skill = buildSkill({ persistence: adapter, skillId: SKILL_ID });
    const attributes = { conversation: { phase: 'confirmForget', returnPhase: 'menu' }, store: { writable: false } };
    const response = await skill.invoke(envelope(intent('AMAZON.YesIntent'), { userId, attributes }));
    expect(ssmlOf(response)).toMatch(/deleted everything/i);
    expect(adapter.size).toBe(0);
  });
});
