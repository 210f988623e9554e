/**
 * The skill end to end on DynamoDB: the BUILT bundle (dist/index.js) answers the
 * voice simulator while its user data lives in a real DynamoDB-compatible server
 * (dynalite, in process, on 127.0.0.1) that this file starts.
 *
 * Every DynamoDB call the skill makes goes through the counting proxy
 * (test/support/counting-proxy.ts, the bench uses it too), which counts calls per user
 * and can be made slow (a request is held 5 s), dead or lossy. What is stored is read
 * straight from dynalite, past the proxy.
 *
 * Build first (`node scripts/build.mjs`; `npm test` does it).
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadInteractionModel, LoadedModel } from '../lambda/local/utterance-resolver';
import { LOCALE_IDS } from '../lambda/locales/registry';
import { Turn, VoiceSimulator } from '../lambda/local/voice-simulator';
import { RECORD_VERSION, UserRecord } from '../lambda/persistence/user-record';
import { newUserProfile } from '../lambda/state/profile';
import { converse } from './support/conversation';
import { CountingProxy } from './support/counting-proxy';
import { LocalDynamo, startDynalite } from './support/dynalite';

const BUNDLE = path.resolve(__dirname, '..', 'dist', 'index.js');
const ENV_KEYS = [
  'TABLE_NAME', 'AWS_ENDPOINT_URL_DYNAMODB', 'AWS_ENDPOINT_URL', 'AWS_REGION', 'AWS_DEFAULT_REGION',
  'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'SKILL_ID',
] as const;
/** How long the slow proxy holds a request: far past the skill's 1.5 s storage budget. */
const SLOW_MS = 5000;
/** A correctness bound for the 1.5 s budget (Alexa allows 8 s), not a speed goal. */
const FAULT_RESPONSE_BOUND_MS = 3000;
/**
 * "ready"s from a variant's first step to the wrap-up: its setup steps after the first, 4 holds,
 * 2 switch steps before each later hold (at least 3 + 4 + 6 = 13 lying down, 14 sitting), and
 * maybe one more to finish after the last hold. Each of them changes the routine.
 */
const READIES_TO_FINISH = { LYING: [16, 17], SITTING: [17, 18] } as const;

function expectReadiesToFinish(turns: Turn[], variant: keyof typeof READIES_TO_FINISH): void {
  const [min, max] = READIES_TO_FINISH[variant];
  expect(turns.length).toBeGreaterThanOrEqual(min);
  expect(turns.length).toBeLessThanOrEqual(max);
}

type Handler = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

// ------------------------------------------------------------------ the Lambda, as a container

/** A fresh copy of the built bundle: a new Lambda container, which reads the environment when it loads. */
function loadBundle(): Handler {
  let exported: { handler: (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope> } | undefined;
  jest.isolateModules(() => {
    exported = require(BUNDLE);
  });
  if (typeof exported?.handler !== 'function') throw new Error(`${BUNDLE} exports no handler`);
  const handler = exported.handler;
  return (envelope) => handler(envelope);
}

/**
 * The handler the simulators call: times every request, can swap in a new container
 * (restart), and can "crash" one request: the bundle runs it (so its storage calls
 * happen) but the response never reaches Alexa.
 */
class Lambda {
  lastMs = 0;
  private container: Handler = loadBundle();
  private crashNext = false;

  readonly handler: Handler = async (envelope) => {
    const started = performance.now();
    try {
      const response = await this.container(envelope);
      if (this.crashNext) {
        this.crashNext = false;
        throw new Error('simulated crash: the Lambda died before its response reached Alexa');
      }
      return response;
    } finally {
      this.lastMs = performance.now() - started;
    }
  };

  crashOnNextRequest(): void {
    this.crashNext = true;
  }

  restart(): void {
    this.container = loadBundle();
  }
}

// ------------------------------------------------------------------ set-up

let dynamo: LocalDynamo;
let documents: DynamoDBDocumentClient;
let proxy: CountingProxy;
let lambda: Lambda;
let model: LoadedModel;
let savedEnv: Partial<Record<string, string>>;
let originalWrite: typeof process.stdout.write;
/** The skill's structured log lines (it writes them to stdout), captured outside converse(). */
const logLines: string[] = [];
/** Measured figures, printed in one line at the end (set PERSISTENCE_FIGURES=1 to see them). */
const figures: Record<string, number> = {};

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`node scripts/build.mjs\` (npm test builds first).`);
  savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
  dynamo = await startDynalite('hamstring-coach-skill-test');
  proxy = new CountingProxy(new URL(dynamo.endpoint), { slowMs: SLOW_MS });
  await proxy.start();
  for (const key of ENV_KEYS) delete process.env[key];
  process.env.TABLE_NAME = dynamo.tableName;
  process.env.AWS_ENDPOINT_URL_DYNAMODB = proxy.endpoint;
  process.env.AWS_REGION = 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID = 'test';
  process.env.AWS_SECRET_ACCESS_KEY = 'test';
  documents = DynamoDBDocumentClient.from(dynamo.client);
  model = loadInteractionModel();
  lambda = new Lambda();

  originalWrite = process.stdout.write;
  process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    if (typeof chunk === 'string' && chunk.startsWith('{"level":')) {
      logLines.push(chunk.trim());
      return true;
    }
    return (originalWrite as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stdout.write;
});

afterEach(async () => {
  proxy.reset();
  await proxy.revive();
});

afterAll(async () => {
  if (originalWrite) process.stdout.write = originalWrite;
  if (process.env.PERSISTENCE_FIGURES) process.stdout.write(`persistence-skill figures: ${JSON.stringify(figures)}\n`);
  await proxy?.stop();
  await dynamo?.stop();
  for (const key of ENV_KEYS) {
    if (savedEnv?.[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

// ------------------------------------------------------------------ helpers

function newUserId(label: string): string {
  return `amzn1.ask.account.${label.toUpperCase()}${randomUUID().replace(/-/g, '').toUpperCase()}`;
}

/**
 * Each simulator speaks one of the registry's English locales, in turn (the scripts here are in
 * English words): stored data is not tied to a locale, so a user may come back in another.
 */
const ENGLISH_LOCALES = LOCALE_IDS.filter((id) => id.startsWith('en-'));
const models = new Map<string, LoadedModel>();
let simulators = 0;
function simulator(userId: string, handler: Handler = lambda.handler): VoiceSimulator {
  const locale = ENGLISH_LOCALES[simulators++ % ENGLISH_LOCALES.length];
  if (!models.has(locale)) models.set(locale, locale === 'en-US' ? model : loadInteractionModel(locale));
  return new VoiceSimulator({ handler, userId, model: models.get(locale), locale });
}

/** The item exactly as the table holds it (low-level attribute values, updatedAt included). */
async function rawItem(userId: string): Promise<string | undefined> {
  const { Item } = await dynamo.client.send(new GetItemCommand({ TableName: dynamo.tableName, Key: { id: { S: userId } }, ConsistentRead: true }));
  return Item === undefined ? undefined : JSON.stringify(Item);
}

/** What is stored about a user: the `attributes` of their item, or undefined when there is no item. */
async function stored(userId: string): Promise<Record<string, any> | undefined> {
  const { Item } = await documents.send(new GetCommand({ TableName: dynamo.tableName, Key: { id: userId }, ConsistentRead: true }));
  return Item?.attributes as Record<string, any> | undefined;
}

/** A stored record as the skill writes it: a new user's profile, then what differs. */
function userRecord(overrides: Partial<Record<keyof UserRecord, unknown>> = {}): Record<string, unknown> {
  return { version: RECORD_VERSION, ...newUserProfile(), ...overrides };
}

async function putRecord(userId: string, attributes: Record<string, unknown>): Promise<void> {
  await documents.send(new PutCommand({ TableName: dynamo.tableName, Item: { id: userId, attributes, updatedAt: '2025-01-01T00:00:00.000Z' } }));
}

/** Runs something and returns the DynamoDB calls it made for this user. */
async function counted<T>(userId: string, run: () => Promise<T>): Promise<{ result: T; ops: ReturnType<CountingProxy['count']> }> {
  const mark = proxy.calls.length;
  const result = await run();
  return { result, ops: proxy.count(userId, mark) };
}

/**
 * Says "ready" until the session ends (the wrap-up), checking each turn; returns those turns.
 * The first wrap-up's offer of a daily reminder is answered "no", which stores nothing more.
 */
async function readyToTheEnd(sim: VoiceSimulator, userId: string, perTurn?: (ops: ReturnType<CountingProxy['count']>) => void): Promise<Turn[]> {
  const turns: Turn[] = [];
  for (let i = 0; i < 30; i++) {
    const { result, ops } = await counted(userId, () => converse(sim, 'U: ready'));
    const turn = result[0];
    perTurn?.(ops);
    turns.push(turn);
    if (/remind you to stretch every day/i.test(turn.text) && !turn.ended) {
      const declined = await counted(userId, () => converse(sim, 'U: no\nA: ~no reminder~ .'));
      expect(declined.ops).toEqual({ GetItem: 0, PutItem: 0, UpdateItem: 0, DeleteItem: 0, other: 0 });
      return turns;
    }
    if (turn.ended) return turns;
  }
  throw new Error('the routine did not end after 30 readies');
}

function plain(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').toLowerCase();
}

function errorLogsSince(mark: number): string[] {
  return logLines.slice(mark).filter((line) => line.startsWith('{"level":"error"'));
}

// ------------------------------------------------------------------ tests

describe('DynamoDB reads and writes, counted at the wire', () => {
  test('a full session reads once and writes once per turn that changes something; a second session reads once again', async () => {
    const userId = newUserId('counts');
    const sim = simulator(userId);
    const session1 = proxy.calls.length;

    const launch = await counted(userId, () => converse(sim, `
      U: open hamstring coach
      A: ~welcome to hamstring coach~ ~check with your doctor~ ~sitting, standing, or lying down~ ?
    `));
    expect(launch.ops).toMatchObject({ GetItem: 1, PutItem: 1, UpdateItem: 0, DeleteItem: 0, other: 0 }); // heardNotice is new
    expect(await stored(userId)).toMatchObject({ heardNotice: true });

    // Choosing a stretch stores nothing yet: there is no place worth keeping before the first step is done.
    const choose = await counted(userId, () => converse(sim, `
      U: the lying down one
      A: ~lying-down stretch~ ~30 seconds~ ~lie down on your back~ ~say ready~ ?
    `));
    expect(choose.ops).toMatchObject({ GetItem: 0, PutItem: 0 });
    const afterChoose = await rawItem(userId);

    // Turns that change nothing write nothing.
    for (const [said, spec] of [
      ['say it again', '~lie down on your back~ ?'],
      ['help', '~step 1 of 4~ ~say ready~ ?'],
      ['purple monkey dishwasher', "~didn't catch that~ ~say ready~ ?"],
    ] as const) {
      const quiet = await counted(userId, () => converse(sim, `U: ${said}\nA: ${spec}`));
      expect({ said, ...quiet.ops }).toEqual({ said, GetItem: 0, PutItem: 0, UpdateItem: 0, DeleteItem: 0, other: 0 });
    }
    expect(await rawItem(userId)).toBe(afterChoose);

    const perReady: number[] = [];
    const readies = await readyToTheEnd(sim, userId, (ops) => {
      expect(ops.GetItem).toBe(0);
      perReady.push(ops.PutItem);
    });
    expectReadiesToFinish(readies, 'LYING');
    expect(perReady).toEqual(readies.map(() => 1));
    expect(plain(readies[readies.length - 1].text)).toContain('well done');

    const total1 = proxy.count(userId, session1);
    expect(total1).toEqual({ GetItem: 1, PutItem: 1 + readies.length, UpdateItem: 0, DeleteItem: 0, other: 0 });
    figures.fullSessionGets = total1.GetItem;
    figures.fullSessionPuts = total1.PutItem;
    figures.fullSessionTurns = 2 + 3 + readies.length;

    // Second session: one read; the launch and a "no" change nothing, Alexa closing the session neither.
    const session2 = proxy.calls.length;
    await converse(sim, `
      U: open hamstring coach
      A: ~welcome back~ ~usual lying-down stretch~ !~check with your doctor~ ?
      U: no
      A: ~would you like to stretch~ ?
      U: <SessionEndedRequest USER_INITIATED>
    `);
    expect(proxy.count(userId, session2)).toEqual({ GetItem: 1, PutItem: 0, UpdateItem: 0, DeleteItem: 0, other: 0 });
  });
});

describe('remembered between sessions', () => {
  test('doctor notice once; variant, hold time and pace come back next session', async () => {
    const userId = newUserId('remember');
    const sim = simulator(userId);
    await converse(sim, `
      U: open hamstring coach
      A: ~check with your doctor~ ?
      U: hold for forty five seconds
      A: ~each hold will be 45 seconds~ ?
      U: speak slower
      A: ~more slowly~ ?
      U: the lying down one
      A: ~lying-down stretch~ ~45 seconds~ ?
    `);
    expect(await stored(userId)).toMatchObject({
      version: RECORD_VERSION,
      heardNotice: true,
      prefs: { holdSeconds: 45, pace: 'slow' },
    });
    // The usual stretch is the one last completed, not one merely chosen.
    expect((await stored(userId))?.prefs.variant).toBeUndefined();
    await readyToTheEnd(sim, userId);
    expect((await stored(userId))?.prefs.variant).toBe('LYING');

    const [welcome] = await converse(sim, `
      U: open hamstring coach
      A: ~welcome back~ ~usual lying-down stretch, holding for 45 seconds~ !~check with your doctor~ !~welcome to hamstring coach~ ?
    `);
    expect(welcome.ssml).toContain('<prosody rate="80%">');
    const [start] = await converse(sim, `
      U: yes
      A: ~lying-down stretch~ ~holding for 45 seconds~ ~lie down on your back~ ?
    `);
    expect(start.ssml).toContain('<prosody rate="80%">');
    expect(await stored(userId)).toMatchObject({ prefs: { variant: 'LYING', holdSeconds: 45, pace: 'slow' }, completedSessions: 1 });
  });
});

describe('resume an unfinished routine', () => {
  test('after "stop": the place is kept and offered next time', async () => {
    const userId = newUserId('stop');
    const sim = simulator(userId);
    await converse(sim, `
      U: open hamstring coach
      A: ~check with your doctor~ ?
      U: sitting
      A: ~sitting stretch~ ~find a firm chair~ ?
      U: ready
      A: ~stretch it out in front of you~ ?
    `);
    const beforeStop = await rawItem(userId);
    const stop = await counted(userId, () => converse(sim, `
      U: stop
      A: ~your place is saved~ .
    `));
    expect(stop.ops.PutItem).toBe(0); // the place was already stored by the turn that reached it
    expect(await rawItem(userId)).toBe(beforeStop);
    expect((await stored(userId))?.unfinished?.cursor).toEqual({ variant: 'SITTING', holdIndex: 0, stage: 'setup', step: 1 });

    await converse(sim, `
      U: open hamstring coach
      A: ~welcome back~ ~stopped partway through the sitting stretch~ ~carry on~ !~check with your doctor~ ?
      U: yes
      A: ~back into position~ ~find a firm chair~ ?
      U: ready
      A: ~now your right leg. stretch it out in front of you~ ?
    `);
    expect((await stored(userId))?.unfinished?.cursor).toEqual({ variant: 'SITTING', holdIndex: 0, stage: 'setup', step: 1 });
  });

  test('after Alexa ends the session (SessionEndedRequest): nothing written, the place is offered next time', async () => {
    const userId = newUserId('ended');
    const sim = simulator(userId);
    await converse(sim, `
      U: open hamstring coach
      A: ~check with your doctor~ ?
      U: standing up
      A: ~standing stretch~ ?
      U: ready
      A: ~right heel~ ~on the step~ ?
    `);
    const before = await rawItem(userId);
    const ended = await counted(userId, () => sim.endSession('EXCEEDED_MAX_REPROMPTS'));
    expect(ended.result.ended).toBe(true);
    expect(ended.ops).toMatchObject({ GetItem: 0, PutItem: 0, DeleteItem: 0 });
    expect(await rawItem(userId)).toBe(before);

    await converse(sim, `
      U: open hamstring coach
      A: ~welcome back~ ~standing stretch~ ?
      U: yes
      A: ~back into position~ ~find something sturdy~ ?
      U: ready
      A: ~right heel~ ~on the step~ ?
    `);
  });

  test('after a crash mid-request whose write never reached the table: the last stored step is offered, nothing lost or corrupted', async () => {
    const userId = newUserId('crash');
    const crashy = new Lambda();
    const sim = simulator(userId, crashy.handler);
    await converse(sim, `
      U: open hamstring coach
      A: ~check with your doctor~ ?
      U: lying down
      A: ~lie down on your back~ ?
      U: ready
      A: ~bend your right knee~ ?
      U: ready
      A: ~lace your fingers behind your right knee~ ?
    `);
    const lastGood = await rawItem(userId);
    expect(JSON.parse(lastGood!).attributes.M.unfinished.M.cursor.M.step).toEqual({ N: '2' });

    // The next "ready" crashes the Lambda: its PutItem is cut off before the table, and no answer reaches Alexa.
    proxy.putFault = 'drop';
    crashy.crashOnNextRequest();
    const crash = await counted(userId, () => sim.say('ready').then(() => undefined, (error: Error) => error));
    proxy.putFault = 'none';
    expect(crash.result?.message).toMatch(/simulated crash/);
    expect(crash.ops.GetItem).toBe(0);
    expect(crash.ops.PutItem).toBeGreaterThanOrEqual(1); // tried (and retried), all cut off
    figures.crashPutAttempts = crash.ops.PutItem;
    expect(await rawItem(userId)).toBe(lastGood);

    // Alexa gives up on the session; a new container answers from now on.
    crashy.restart();
    const ended = await counted(userId, () => sim.endSession('ERROR'));
    expect(ended.ops.PutItem).toBe(0);
    expect(await rawItem(userId)).toBe(lastGood);

    const logMark = logLines.length;
    await converse(sim, `
      U: open hamstring coach
      A: ~welcome back~ ~lying-down stretch~ ~carry on~ ?
      U: yes
      A: ~back into position~ ~lie down on your back~ ?
      U: ready
      A: ~bend your right knee~ ?
    `);
    expect(errorLogsSince(logMark)).toEqual([]);
    expect(await stored(userId)).toMatchObject({
      heardNotice: true,
      prefs: { holdSeconds: 30, pace: 'normal' },
      unfinished: { cursor: { variant: 'LYING', holdIndex: 0, stage: 'setup', step: 1 } },
    });
  });

  test('after a crash whose write did land but whose answer was lost: the newer step is offered', async () => {
    const userId = newUserId('lostanswer');
    const crashy = new Lambda();
    const sim = simulator(userId, crashy.handler);
    await converse(sim, `
      U: open hamstring coach
      A: ~check with your doctor~ ?
      U: sitting
      A: ~find a firm chair~ ?
    `);
    proxy.putFault = 'loseAnswer';
    crashy.crashOnNextRequest();
    await expect(sim.say('ready')).rejects.toThrow(/simulated crash/);
    proxy.putFault = 'none';
    expect((await stored(userId))?.unfinished?.cursor).toEqual({ variant: 'SITTING', holdIndex: 0, stage: 'setup', step: 1 });

    crashy.restart();
    await sim.endSession('ERROR');
    await converse(sim, `
      U: open hamstring coach
      A: ~welcome back~ ~sitting stretch~ ?
      U: yes
      A: ~back into position~ ~find a firm chair~ ?
    `);
  });

  test('"stop" 10 s into a hold: next launch offers to carry on, and "yes" puts the user back in position before that hold', async () => {
    const userId = newUserId('midhold');
    const sim = simulator(userId);
    await converse(sim, `
      U: open hamstring coach
      A: ~check with your doctor~ ?
      U: lying down
      A: ~lie down on your back~ ?
      U: ready
      A: ~bend your right knee~ ?
      U: ready
      A: ~lace your fingers~ ?
      U: ready
      A: ~slowly straighten your right knee~ ?
      U: ready
      A: ~round 1 of 2, right leg~ ~release~ ~left leg~ ?
      U: ready
      A: ~gently lower your right leg~ ?
      U: ready
      A: ~bend your left knee~ ?
      U: ready
      A: ~slowly straighten your left knee~ ?
      U: ready
      A: ~round 1 of 2, left leg. hold it there for 30 seconds~ ~release~ ?
      U@10: stop
      A: ~your place is saved~ .
    `);
    const cursor = (await stored(userId))?.unfinished?.cursor;
    expect(cursor).toMatchObject({ variant: 'LYING', holdIndex: 1, stage: 'paused' });
    expect(cursor.remainingSeconds).toBeGreaterThanOrEqual(20);
    expect(cursor.remainingSeconds).toBeLessThanOrEqual(30);

    await converse(sim, `
      U: open hamstring coach
      A: ~welcome back~ ~lying-down stretch~ ~carry on~ ?
      U: yes
      A: ~done 1 of 4 holds~ ~back into position~ ~lie down on your back~ !~release~ ?
      U: ready
      A: ~bend your left knee~ ?
      U: ready
      A: ~lace your fingers behind your left knee~ ?
      U: ready
      A: ~slowly straighten your left knee~ ~the ceiling~ ?
      U: ready
      A: ~round 1 of 2, left leg~ ~release~ ~round 2~ ~right leg~ ?
    `);
    expect((await stored(userId))?.unfinished?.cursor).toMatchObject({ variant: 'LYING', holdIndex: 1, stage: 'holding' });
  });

  test('an unfinished routine older than 24 hours is not offered, and is dropped from the record', async () => {
    const userId = newUserId('stale');
    const sim = simulator(userId);
    await converse(sim, `
      U: open hamstring coach
      A: ~check with your doctor~ ?
      U: sitting
      A: ~find a firm chair~ ?
      U: ready
      A: ~stretch it out~ ?
      U: stop
      A: ~your place is saved~ .
    `);
    expect((await stored(userId))?.unfinished).toBeDefined();
    sim.wait(25 * 3600);
    await converse(sim, `
      U: open hamstring coach
      A: ~welcome back~ ~would you like to stretch~ !~last time~ !~carry on~ ?
    `);
    const after = await stored(userId);
    expect(after?.unfinished).toBeUndefined();
    expect(after).toMatchObject({ heardNotice: true, prefs: { holdSeconds: 30 } });
  });
});

describe('completed routines', () => {
  test('completion clears the unfinished routine, counts sessions and the streak; after 3 at 30 s a 40 s hold is suggested', async () => {
    const userId = newUserId('complete');
    const sim = simulator(userId);
    await converse(sim, `
      U: open hamstring coach
      A: ~check with your doctor~ ?
      U: sitting
      A: ~sitting stretch~ ?
      U: ready
      A: ~now your right leg~ ?
    `);
    expect((await stored(userId))?.unfinished).toBeDefined();
    let turns = await readyToTheEnd(sim, userId);
    expectReadiesToFinish(turns, 'SITTING');
    expect(plain(turns[turns.length - 1].text)).not.toContain('days in a row');
    let record = await stored(userId);
    expect(record?.unfinished).toBeUndefined();
    expect(record).toMatchObject({ completedSessions: 1, streak: { days: 1, lastDay: '2026-11-25' }, holdRun: { seconds: 30, count: 1 } });

    for (const day of [2, 3]) {
      sim.wait(20 * 3600);
      await converse(sim, `
        U: open hamstring coach
        A: ~welcome back~ ~usual sitting stretch, holding for 30 seconds~ !~try 40 seconds~ ?
        U: yes
        A: ~sitting stretch~ ~30 seconds~ ?
      `);
      turns = await readyToTheEnd(sim, userId);
      expect(plain(turns[turns.length - 1].text)).toContain(`${day} days in a row`);
      record = await stored(userId);
      expect(record?.unfinished).toBeUndefined();
      expect(record).toMatchObject({ completedSessions: day, streak: { days: day }, holdRun: { seconds: 30, count: day } });
    }

    sim.wait(20 * 3600);
    await converse(sim, `
      U: open hamstring coach
      A: ~welcome back~ ~held for 30 seconds 3 times running~ ~try 40 seconds today~ ?
      U: yes
      A: ~40 seconds it is~ ~sitting stretch~ ~holding for 40 seconds~ ?
    `);
    record = await stored(userId);
    expect(record).toMatchObject({ prefs: { holdSeconds: 40, variant: 'SITTING' }, holdRun: { seconds: 40, count: 0 }, completedSessions: 3 });
  });

  test('a longer hold is never suggested past 60 s', async () => {
    const userId = newUserId('max');
    await putRecord(userId, userRecord({
      heardNotice: true, prefs: { variant: 'STANDING', holdSeconds: 60, pace: 'normal' },
      completedSessions: 9, streak: { days: 2, lastDay: '2026-11-24' }, holdRun: { seconds: 60, count: 9 },
    }));
    await converse(simulator(userId), `
      U: open hamstring coach
      A: ~welcome back~ ~usual standing stretch, holding for one minute~ !~try~ !~70~ ?
    `);
  });
});

describe('users are kept apart', () => {
  test('two users in interleaved sessions keep their own preferences and places', async () => {
    const ann = newUserId('ann');
    const bob = newUserId('bob');
    const a = simulator(ann);
    const b = simulator(bob);
    await converse(a, 'U: open hamstring coach\nA: ~check with your doctor~ ?');
    await converse(b, 'U: open hamstring coach\nA: ~check with your doctor~ ?');
    await converse(a, 'U: hold twenty seconds\nA: ~each hold will be 20 seconds~ ?');
    const [faster] = await converse(b, 'U: speak faster\nA: ~a little faster~ ?');
    expect(faster.ssml).toContain('<prosody rate="120%">');
    await converse(a, 'U: sitting\nA: ~sitting stretch~ ~20 seconds~ ?');
    await converse(b, 'U: standing up\nA: ~standing stretch~ ~30 seconds~ ?');
    await converse(a, 'U: ready\nA: ~stretch it out~ ?');
    await converse(b, 'U: ready\nA: ~right heel~ ~on the step~ ?');
    await converse(b, 'U: ready\nA: ~straighten both knees~ ?');
    await converse(a, 'U: stop\nA: ~your place is saved~ .');
    await converse(b, 'U: stop\nA: ~your place is saved~ .');

    expect(await stored(ann)).toMatchObject({
      prefs: { holdSeconds: 20, pace: 'normal' },
      unfinished: { cursor: { variant: 'SITTING', step: 1 } },
    });
    expect(await stored(bob)).toMatchObject({
      prefs: { holdSeconds: 30, pace: 'fast' },
      unfinished: { cursor: { variant: 'STANDING', step: 2 } },
    });

    const [bobBack] = await converse(b, `
      U: open hamstring coach
      A: ~welcome back~ ~standing stretch~ !~sitting stretch~ ?
    `);
    expect(bobBack.ssml).toContain('<prosody rate="120%">');
    const [annBack] = await converse(a, `
      U: open hamstring coach
      A: ~welcome back~ ~sitting stretch~ !~standing stretch~ ?
    `);
    expect(annBack.ssml).not.toContain('<prosody');
    await converse(a, 'U: yes\nA: ~find a firm chair~ ?');
    await converse(b, 'U: yes\nA: ~find something sturdy~ ?');
  });
});

describe('forget me', () => {
  test('"yes" deletes the item; "no" leaves it byte for byte', async () => {
    const userId = newUserId('forget');
    const sim = simulator(userId);
    await converse(sim, `
      U: open hamstring coach
      A: ~check with your doctor~ ?
      U: hold for forty five seconds
      A: ~45 seconds~ ?
      U: sitting
      A: ~find a firm chair~ ?
    `);
    const before = await rawItem(userId);
    expect(before).toBeDefined();

    const no = await counted(userId, () => converse(sim, `
      U: forget me
      A: ~forget everything~ ?
      U: no
      A: ~kept everything~ ~find a firm chair~ ?
    `));
    expect(no.ops).toMatchObject({ GetItem: 0, PutItem: 0, DeleteItem: 0 });
    expect(await rawItem(userId)).toBe(before);

    const yes = await counted(userId, () => converse(sim, `
      U: delete my data
      A: ~forget everything~ ?
      U: yes
      A: ~deleted everything~ .
    `));
    expect(yes.ops).toMatchObject({ GetItem: 0, PutItem: 0, DeleteItem: 1 });
    expect(await rawItem(userId)).toBeUndefined();

    await converse(sim, `
      U: open hamstring coach
      A: ~welcome to hamstring coach~ ~check with your doctor~ !~usual~ !~last time~ ?
    `);
    expect(await stored(userId)).toMatchObject({ heardNotice: true, prefs: { holdSeconds: 30 } });
    expect((await stored(userId))?.prefs.variant).toBeUndefined();
  });
});

describe('faults: a slow or dead table', () => {
  /** A user with a stored record: sitting, 45 s holds, stopped at step 2. Returns the raw item. */
  async function seedUser(userId: string): Promise<string> {
    await converse(simulator(userId), `
      U: open hamstring coach
      A: ~check with your doctor~ ?
      U: hold for forty five seconds
      A: ~45 seconds~ ?
      U: sitting
      A: ~find a firm chair~ ?
      U: ready
      A: ~stretch it out~ ?
      U: stop
      A: ~your place is saved~ .
    `);
    const item = await rawItem(userId);
    expect(item).toBeDefined();
    return item!;
  }

  /** The session run while the table is unreachable: the user still gets their stretch, nothing is stored. */
  async function sessionWithoutTable(userId: string, sim: VoiceSimulator): Promise<{ launchMs: number; ops: ReturnType<CountingProxy['count']> }> {
    const mark = proxy.calls.length;
    const launch = await sim.say('open hamstring coach');
    const launchMs = lambda.lastMs;
    expect(launch.ended).toBe(false);
    expect(plain(launch.text)).toContain('sitting, standing, or lying down');
    expect(plain(launch.text)).not.toMatch(/something went wrong|there was a problem/);

    const steps: Array<[string, string]> = [
      ['standing', 'find something sturdy'],
      ['speak faster', 'a little faster'],
      ['hold for fifty seconds', '50 seconds'],
      ['ready', 'right heel'],
      ['ready', 'straighten both knees'],
    ];
    for (const [said, heard] of steps) {
      const turn = await sim.say(said);
      expect({ said, text: plain(turn.text) }).toEqual({ said, text: expect.stringContaining(heard) });
      expect(turn.ended).toBe(false);
      expect(lambda.lastMs).toBeLessThan(FAULT_RESPONSE_BOUND_MS);
    }
    const stop = await sim.say('stop');
    expect(stop.ended).toBe(true);
    return { launchMs, ops: proxy.count(userId, mark) };
  }

  function expectLogsWithoutPersonalData(mark: number, userId: string): void {
    const lines = logLines.slice(mark);
    const errors = errorLogsSince(mark);
    expect(errors.some((line) => JSON.parse(line).event === 'user_data.not_loaded')).toBe(true);
    for (const line of lines) {
      expect(line).not.toContain(userId);
      expect(line).not.toContain(userId.slice('amzn1.ask.account.'.length));
      expect(line).not.toMatch(/amzn1\.ask\.account/);
    }
  }

  test('slow table (5 s): the launch answers within the budget, the error is logged without the user ID, nothing is written', async () => {
    const userId = newUserId('slow');
    const before = await seedUser(userId);
    const logMark = logLines.length;
    proxy.slow = () => true;
    const { launchMs, ops } = await sessionWithoutTable(userId, simulator(userId));
    proxy.slow = undefined;
    figures.slowLaunchMs = Math.round(launchMs);
    figures.slowGetAttempts = ops.GetItem;

    expect(launchMs).toBeLessThan(FAULT_RESPONSE_BOUND_MS);
    // The one read of the session, tried twice (the adapter's maxAttempts), held each time; no later turn reads again.
    expect(ops.GetItem).toBeGreaterThanOrEqual(1);
    expect(ops.GetItem).toBeLessThanOrEqual(2);
    expect(ops).toMatchObject({ PutItem: 0, UpdateItem: 0, DeleteItem: 0 });
    expect(await rawItem(userId)).toBe(before);
    expectLogsWithoutPersonalData(logMark, userId);

    // The table is back: the stored record is intact and offered as it was.
    await converse(simulator(userId), `
      U: open hamstring coach
      A: ~welcome back~ ~sitting stretch~ !~check with your doctor~ ?
      U: yes
      A: ~back into position~ ~find a firm chair~ ?
    `);
    expect(await stored(userId)).toMatchObject({
      prefs: { holdSeconds: 45, pace: 'normal' },
      unfinished: { cursor: { variant: 'SITTING', holdIndex: 0, stage: 'setup', step: 1 } },
    });
  });

  test('dead table (connection refused): the user gets their stretch, nothing is corrupted', async () => {
    const userId = newUserId('dead');
    const before = await seedUser(userId);
    const logMark = logLines.length;
    await proxy.die();
    const { launchMs, ops } = await sessionWithoutTable(userId, simulator(userId));
    await proxy.revive();
    figures.deadLaunchMs = Math.round(launchMs);

    expect(launchMs).toBeLessThan(FAULT_RESPONSE_BOUND_MS);
    expect(ops).toEqual({ GetItem: 0, PutItem: 0, UpdateItem: 0, DeleteItem: 0, other: 0 }); // nothing got through
    expect(await rawItem(userId)).toBe(before);
    expectLogsWithoutPersonalData(logMark, userId);

    await converse(simulator(userId), `
      U: open hamstring coach
      A: ~welcome back~ ~sitting stretch~ ?
    `);
  });

  test('slow writes for one turn: the user still hears the step in time, and the next turn stores it', async () => {
    const userId = newUserId('slowwrite');
    const sim = simulator(userId);
    await converse(sim, `
      U: open hamstring coach
      A: ~check with your doctor~ ?
      U: sitting
      A: ~find a firm chair~ ?
    `);
    const before = await rawItem(userId);
    proxy.slow = (op) => op === 'PutItem';
    const slow = await sim.say('ready');
    const slowMs = lambda.lastMs;
    proxy.slow = undefined;
    expect(plain(slow.text)).toContain('stretch it out in front of you');
    expect(slowMs).toBeLessThan(FAULT_RESPONSE_BOUND_MS);
    figures.slowWriteTurnMs = Math.round(slowMs);
    expect(await rawItem(userId)).toBe(before);

    const next = await counted(userId, () => sim.say('ready'));
    expect(plain(next.result.text)).toContain('point the toes of your right foot');
    expect(next.ops).toMatchObject({ GetItem: 0, PutItem: 1 });
    expect((await stored(userId))?.unfinished?.cursor).toMatchObject({ variant: 'SITTING', step: 2 });
  });

  // A session whose read failed writes nothing (so defaults never overwrite a stored record), but a
  // confirmed "forget me" still deletes: a delete cannot overwrite anything with defaults.
  test('"forget me" in a session whose read failed still deletes the stored item', async () => {
    const userId = newUserId('forgetslow');
    await seedUser(userId);
    const sim = simulator(userId);
    proxy.slow = () => true;
    await sim.say('open hamstring coach');
    proxy.slow = undefined; // the table recovers during the session
    await sim.say('forget me');
    const yes = await sim.say('yes');
    expect(plain(yes.text)).toContain("deleted everything");
    expect(await rawItem(userId)).toBeUndefined();
  });

  // The delete runs before the answer is chosen, so with the table down the user is told it could
  // not be done, and to try again, instead of hearing that their data is gone.
  test('"forget me" while the table is down does not claim the data was deleted', async () => {
    const userId = newUserId('forgetdead');
    await seedUser(userId);
    const sim = simulator(userId);
    await sim.say('open hamstring coach');
    await sim.say('forget me');
    await proxy.die();
    const yes = await sim.say('yes');
    await proxy.revive();
    const stillStored = (await rawItem(userId)) !== undefined;
    expect(stillStored).toBe(true);
    expect(plain(yes.text)).not.toContain('deleted everything');
    expect(plain(yes.text)).toContain("couldn't delete your data");
  });
});

describe('records written by older versions', () => {
  test('a record with no version and only early fields loads: welcome back, usual lying-down stretch at 45 s', async () => {
    const userId = newUserId('oldshape');
    await putRecord(userId, { heardNotice: true, prefs: { holdSeconds: 45, variant: 'LYING' } });
    const before = await rawItem(userId);
    const sim = simulator(userId);
    const launch = await counted(userId, () => converse(sim, `
      U: open hamstring coach
      A: ~welcome back~ ~usual lying-down stretch, holding for 45 seconds~ !~check with your doctor~ ?
    `));
    expect(launch.ops).toMatchObject({ GetItem: 1, PutItem: 0 });
    expect(await rawItem(userId)).toBe(before);

    await converse(sim, `
      U: yes
      A: ~lying-down stretch~ ~holding for 45 seconds~ ~lie down on your back~ ?
      U: ready
      A: ~bend your right knee~ ?
    `);
    // The first write stores the current shape, keeping what the old record said.
    expect(await stored(userId)).toEqual(userRecord({
      heardNotice: true,
      prefs: { variant: 'LYING', holdSeconds: 45, pace: 'normal' },
      unfinished: { cursor: { variant: 'LYING', holdIndex: 0, stage: 'setup', step: 1 }, savedAt: expect.any(Number) },
    }));
  });

  test('a record with bad values loads clamped and defaulted, without crashing', async () => {
    const userId = newUserId('badvalues');
    await putRecord(userId, {
      version: RECORD_VERSION,
      heardNotice: true,
      prefs: { holdSeconds: 500, pace: 'warp', variant: 'SIDEWAYS' },
      completedSessions: 'lots',
      streak: { days: -4, lastDay: 'yesterday' },
      holdRun: { seconds: 5, count: 'x' },
      unfinished: { cursor: { variant: 'LYING', holdIndex: 99, stage: 'flying', step: 7 }, savedAt: Date.parse('2026-11-25T07:00:00Z') },
    });
    const sim = simulator(userId);
    const [launch] = await converse(sim, `
      U: open hamstring coach
      A: ~welcome back~ ~sitting, standing, or lying down~ !~last time~ !~usual~ ?
    `);
    expect(launch.ssml).not.toContain('<prosody');
    await converse(sim, `
      U: sitting
      A: ~sitting stretch~ ~holding for one minute~ ?
      U: ready
      A: ~now your right leg~ ?
    `);
    expect(await stored(userId)).toEqual(userRecord({
      heardNotice: true,
      prefs: { holdSeconds: 60, pace: 'normal' },
      unfinished: { cursor: { variant: 'SITTING', holdIndex: 0, stage: 'setup', step: 1 }, savedAt: expect.any(Number) },
    }));
  });
});
