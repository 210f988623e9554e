/**
 * Logs never hold personal data. Everything the skill could write anywhere is
 * captured (the log sink, process.stdout / process.stderr, console.*) during a whole
 * conversation that touches every logging path: launch, choosing a stretch, steps, a
 * hold broken into by "pause", resume, a hold time said aloud, slot text the skill
 * does not understand, "forget me", storage that fails with the user ID in its error
 * messages, and a request for another skill. The captured text must contain none of
 * the identifying values, and every log line must be one JSON object with only the
 * logger's whitelisted fields.
 */
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill, InvocableSkill, RequestRefusedError } from '../lambda/skill';
import { MemoryPersistenceAdapter } from '../lambda/persistence/memory-adapter';
import { setLogSink, LogSink } from '../lambda/support/log';
import { VoiceSimulator } from '../lambda/local/voice-simulator';

const SKILL_ID = 'amzn1.ask.skill.log-privacy-0000-0000-0000-000000000000';
const USER_ID = 'amzn1.ask.account.PRIVATE-USER-123';
const DEVICE_ID = 'amzn1.ask.device.PRIVATE-DEVICE-456';
/**
 * Shaped like Alexa's apiAccessToken (a JWT: three long base64url segments). The logger
 * removes runs of 32+ token characters from messages, so a short made-up token quoted in
 * an error message would get through; a real one doesn't.
 */
const b64 = (text: string): string => Buffer.from(text).toString('base64url');
const ACCESS_TOKEN = [
  b64('{"typ":"JWT","alg":"RS256","kid":"1"}'),
  b64('{"aud":"https://api.amazonalexa.com","iss":"AlexaSkillKit","sub":"PRIVATE-TOKEN-SUBJECT-789","exp":1764057600}'),
  b64('PRIVATE-SIGNATURE-'.repeat(12)),
].join('.');
const SESSION_PREFIX = 'PRIVATE-SESSION-';
const OTHER_SKILL_ID = 'amzn1.ask.skill.PRIVATE-OTHER-SKILL-999';
const PLAIN_OTHER_SKILL_ID = 'PRIVATE-PLAIN-OTHER-SKILL';
const SLOT_TEXT = 'my-secret-slot-text';

/** Every string that must never appear in any output, and the distinctive part of each. */
const SECRETS = [
  USER_ID,
  'PRIVATE-USER-123',
  DEVICE_ID,
  'PRIVATE-DEVICE-456',
  ACCESS_TOKEN,
  ...ACCESS_TOKEN.split('.'),
  SESSION_PREFIX,
  OTHER_SKILL_ID,
  'PRIVATE-OTHER-SKILL-999',
  PLAIN_OTHER_SKILL_ID,
  SLOT_TEXT,
  'secret-slot',
];

const LOG_FIELDS = ['level', 'event', 'requestType', 'intent', 'phase', 'outcome', 'errorName', 'errorMessage', 'durationMs', 'count'];

/** Everything written anywhere while `run` runs. */
async function captureAll(run: () => Promise<void>): Promise<{ sinkLines: string[]; streams: string[]; all: string }> {
  const sinkLines: string[] = [];
  const streams: string[] = [];
  const previousSink: LogSink = setLogSink((line) => {
    sinkLines.push(line);
    // Also through the default path (stdout), which is captured below.
    previousSink(line);
  });
  const record = (chunk: unknown): boolean => {
    streams.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return true;
  };
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation(record as typeof process.stdout.write),
    jest.spyOn(process.stderr, 'write').mockImplementation(record as typeof process.stderr.write),
    ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) =>
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        streams.push(args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ') + '\n');
      }),
    ),
  ];
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
    setLogSink(previousSink);
  }
  return { sinkLines, streams, all: [...sinkLines, ...streams].join('\n') };
}

function safeJson(value: unknown): string {
  try {
    return value instanceof Error ? `${value.name}: ${value.message}\n${value.stack}` : JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Storage that fails, quoting the user ID (and the key) in its error messages, as some SDK errors do. */
class LeakyFailingAdapter implements PersistenceAdapter {
  calls = 0;
  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    this.calls += 1;
    throw new Error(`GetItem failed for key {"id":"${envelope.context?.System?.user?.userId}"} on device ${envelope.context?.System?.device?.deviceId}`);
  }
  async saveAttributes(envelope: RequestEnvelope): Promise<void> {
    this.calls += 1;
    throw new Error(`PutItem failed for ${envelope.session?.user?.userId} (${USER_ID})`);
  }
  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.calls += 1;
    throw new Error(`DeleteItem failed for ${envelope.session?.user?.userId}`);
  }
}

/** Storage that works for reads and fails on writes, with the user ID in the messages. */
class FailingWritesAdapter extends MemoryPersistenceAdapter {
  override async saveAttributes(envelope: RequestEnvelope): Promise<void> {
    throw new Error(`ConditionalCheckFailed: item ${envelope.context?.System?.user?.userId} token ${envelope.context?.System?.apiAccessToken}`);
  }
  override async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    throw new Error(`AccessDenied deleting ${envelope.context?.System?.user?.userId}`);
  }
}

/** Makes every envelope carry the distinctive device, token and session IDs. */
function withPrivateIds(skill: InvocableSkill): (envelope: RequestEnvelope) => Promise<ResponseEnvelope> {
  return (envelope) => {
    const copy = structuredClone(envelope) as RequestEnvelope;
    if (copy.session) copy.session.sessionId = `${SESSION_PREFIX}${copy.session.sessionId}`;
    if (copy.context?.System) {
      copy.context.System.apiAccessToken = ACCESS_TOKEN;
      copy.context.System.device = { deviceId: DEVICE_ID, supportedInterfaces: {} };
    }
    return skill.invoke(copy);
  };
}

const noMatch = (value: string) => ({
  name: 'variant',
  value,
  confirmationStatus: 'NONE' as const,
  resolutions: {
    resolutionsPerAuthority: [{ authority: 'amzn1.er-authority.echo-sdk.x.StretchVariant', status: { code: 'ER_SUCCESS_NO_MATCH' as const }, values: [] }],
  },
});

function expectClean(captured: { sinkLines: string[]; streams: string[]; all: string }): void {
  for (const secret of SECRETS) {
    if (captured.all.includes(secret)) {
      throw new Error(`log output contains ${JSON.stringify(secret)}:\n${captured.all}`);
    }
  }
  // Every sink line, and every line written to stdout or stderr, is one whitelisted JSON object.
  const lines = [...captured.sinkLines, ...captured.streams.join('').split('\n')].filter((line) => line.trim() !== '');
  for (const line of lines) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`a log line is not JSON: ${line}`);
    }
    expect(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)).toBe(true);
    const entry = parsed as Record<string, unknown>;
    for (const [key, value] of Object.entries(entry)) {
      if (!LOG_FIELDS.includes(key)) throw new Error(`log field ${key} is not whitelisted: ${line}`);
      expect(['string', 'number']).toContain(typeof value);
      if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(200);
    }
    expect(['info', 'warn', 'error']).toContain(entry.level);
    expect(typeof entry.event).toBe('string');
  }
}

describe('log privacy', () => {
  test('a whole conversation, storage failures and a refused request log nothing identifying', async () => {
    const said: string[] = [];
    const captured = await captureAll(async () => {
      // 1. A working store: the whole routine path.
      const adapter = new MemoryPersistenceAdapter();
      const skill = buildSkill({ persistence: adapter, skillId: SKILL_ID });
      const sim = new VoiceSimulator({ handler: withPrivateIds(skill), userId: USER_ID, skillId: SKILL_ID, deviceId: DEVICE_ID });
      const say = async (text: string) => said.push((await sim.say(text)).text);

      await say('open hamstring coach');
      // Slot text the skill can't match, said before a stretch is chosen.
      said.push((await sim.intent({ name: 'StartStretchIntent', confirmationStatus: 'NONE', slots: { variant: noMatch(SLOT_TEXT) } })).text);
      await say('sitting');
      for (let i = 0; i < 4; i++) await say('ready');
      await say('ready'); // the first hold
      expect(said[said.length - 1]).toMatch(/release/i);
      said.push((await sim.interrupt(12, 'pause')).text);
      expect(sim.sessionAttributes).toHaveProperty('conversation.routine.stage', 'paused');
      await say('resume');
      await say('hold for forty five seconds');
      expect(said[said.length - 1]).toMatch(/45|forty.five/i);
      said.push((await sim.intent({ name: 'SetHoldTimeIntent', confirmationStatus: 'NONE', slots: { seconds: { name: 'seconds', value: SLOT_TEXT, confirmationStatus: 'NONE' } } })).text);
      said.push((await sim.intent({ name: SLOT_TEXT, confirmationStatus: 'NONE', slots: { variant: noMatch(SLOT_TEXT) } })).text);
      await say('help');
      await say('forget me');
      await say('yes');
      expect(said[said.length - 1]).toMatch(/deleted/i);
      expect(adapter.size).toBe(0);
      await sim.endSession('ERROR');

      // 2. Storage that fails everywhere, with the user ID in its messages.
      const leaky = new LeakyFailingAdapter();
      const broken = new VoiceSimulator({ handler: withPrivateIds(buildSkill({ persistence: leaky, skillId: SKILL_ID })), userId: USER_ID, skillId: SKILL_ID, deviceId: DEVICE_ID });
      said.push((await broken.say('open hamstring coach')).text);
      said.push((await broken.say('standing')).text);
      said.push((await broken.say('forget me')).text);
      said.push((await broken.say('yes')).text);
      expect(leaky.calls).toBeGreaterThan(0);

      // 3. Reads work, writes and deletes fail.
      const writesFail = new FailingWritesAdapter();
      const halfBroken = new VoiceSimulator({ handler: withPrivateIds(buildSkill({ persistence: writesFail, skillId: SKILL_ID })), userId: USER_ID, skillId: SKILL_ID, deviceId: DEVICE_ID });
      said.push((await halfBroken.say('open hamstring coach')).text);
      said.push((await halfBroken.say('lying')).text);
      said.push((await halfBroken.say('forget me')).text);
      said.push((await halfBroken.say('yes')).text);

      // 4. Requests for other skills.
      for (const applicationId of [OTHER_SKILL_ID, PLAIN_OTHER_SKILL_ID]) {
        const stranger = new VoiceSimulator({ handler: withPrivateIds(skill), userId: USER_ID, skillId: applicationId, deviceId: DEVICE_ID });
        await expect(stranger.say('open hamstring coach')).rejects.toBeInstanceOf(RequestRefusedError);
        await expect(stranger.intent({ name: 'SetHoldTimeIntent', confirmationStatus: 'NONE', slots: { seconds: { name: 'seconds', value: SLOT_TEXT, confirmationStatus: 'NONE' } } })).rejects.toBeInstanceOf(RequestRefusedError);
      }
    });

    // The paths above did log: storage errors and refusals (so this test is not vacuous).
    const events = captured.sinkLines.map((line) => (JSON.parse(line) as { event: string }).event);
    expect(events).toEqual(expect.arrayContaining(['user_data.not_loaded', 'user_data.not_saved', 'user_data.not_deleted', 'request.refused']));
    // The default sink writes to stdout, and that was captured too.
    expect(captured.streams.join('')).toContain('request.refused');
    // The storage errors' own messages got to the log, with the ID cut out.
    expect(captured.all).toContain('[id]');
    expectClean(captured);
    // The skill still spoke to the user throughout.
    expect(said.every((text) => text.length > 0)).toBe(true);
  });

  test('errors thrown inside a turn are logged without the IDs they quote', async () => {
    // An adapter whose error message is nothing but identifying values.
    const adapter: PersistenceAdapter = {
      getAttributes: async () => {
        throw new Error(`${USER_ID} ${DEVICE_ID} ${OTHER_SKILL_ID}`);
      },
      saveAttributes: async () => {
        throw Object.assign(new Error(USER_ID), { name: USER_ID });
      },
    };
    const captured = await captureAll(async () => {
      const sim = new VoiceSimulator({ handler: withPrivateIds(buildSkill({ persistence: adapter })), userId: USER_ID, deviceId: DEVICE_ID });
      await sim.say('open hamstring coach');
      await sim.say('sitting');
    });
    expect(captured.sinkLines.length).toBeGreaterThan(0);
    expectClean(captured);
  });
});
