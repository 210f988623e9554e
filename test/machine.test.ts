/**
 * The state machine alone, in milliseconds: no SDK, no envelopes. Speech is
 * checked by key, the timing of speech by a fixed stand-in.
 */
import { respond } from '../lambda/state/machine';
import { resumePoint } from '../lambda/state/cursor';
import { settleHold } from '../lambda/state/hold-clock';
import { initialState, newUserProfile } from '../lambda/state/profile';
import type { MachineContext, Reply } from '../lambda/state/reply';
import type { MachineEvent } from '../lambda/state/events';
import type { MachineState, RoutineCursor, UserProfile } from '../lambda/state/types';
import { readConversation, readUserProfile } from '../lambda/state/validate';
import { VARIANTS, holdCount } from '../lambda/routine/routine';
import type { HoldPlan, Say, SpeechParams } from '../lambda/vocabulary/say';

const T0 = Date.parse('2026-11-25T08:00:00Z');
const DAY = 86_400_000;
const ctx = (now = T0): MachineContext => ({ now, speechSeconds: () => 4 });

const keys = (items: Say[] | undefined) => (items ?? []).map((item) => ('key' in item ? item.key : 'HOLD'));
const holdOf = (reply: Reply): HoldPlan | undefined => reply.say.flatMap((item) => ('hold' in item ? [item.hold] : []))[0];
const paramsOf = (reply: Reply, key: string): SpeechParams | undefined =>
  [...reply.say, ...(reply.ask ?? [])].flatMap((item) => ('key' in item && item.key === key ? [item.params ?? {}] : []))[0];
const seconds = (count: number) => ({ key: 'length.seconds', params: { count } });

const returning = (overrides: Partial<UserProfile> = {}): UserProfile => ({ ...newUserProfile(), heardNotice: true, ...overrides });
const inRoutine = (cursor: RoutineCursor, user = returning()): MachineState => ({ user, conversation: { phase: 'routine', routine: cursor } });

/** Runs events one after another, each a minute after the last one run (so every hold has run its course). */
let clock = T0;
function run(state: MachineState, ...events: MachineEvent[]): Reply {
  let reply: Reply = { state, say: [], session: 'open' };
  for (const event of events) {
    clock += 60_000;
    reply = respond(reply.state, event, ctx(clock));
  }
  return reply;
}

describe('launch', () => {
  test('a first-time user hears the welcome, the doctor notice once, and the three ways', () => {
    const reply = respond(initialState(newUserProfile()), { type: 'launch' }, ctx());
    expect(keys(reply.say)).toEqual(['welcome.new', 'notice.doctor']);
    expect(keys(reply.ask)).toEqual(['menu.question']);
    expect(reply.session).toBe('open');
    expect(reply.state.user.heardNotice).toBe(true);
  });

  test('a returning user is not read the notice again', () => {
    const reply = respond(initialState(returning()), { type: 'launch' }, ctx());
    expect(keys(reply.say)).toEqual(['welcome.back']);
  });

  test('a returning user with a usual stretch is offered it, its length in words; yes starts it', () => {
    const user = returning({ prefs: { variant: 'LYING', holdSeconds: 60, pace: 'normal' } });
    const offer = respond(initialState(user), { type: 'launch' }, ctx());
    expect(offer.ask).toEqual([{ key: 'offer.usual', params: { variant: { key: 'variantName.LYING' }, length: { key: 'length.oneMinute' } } }]);
    const yes = respond(offer.state, { type: 'yes' }, ctx());
    expect(yes.state.conversation.routine).toMatchObject({ variant: 'LYING', stage: 'setup', step: 0 });
  });

  test('an unfinished routine from the last 24 hours is offered; an older one is not', () => {
    const cursor: RoutineCursor = { variant: 'STANDING', holdIndex: 1, stage: 'switch', step: 1 };
    const user = returning({ unfinished: { cursor, savedAt: T0 - 2 * 3600_000 } });
    expect(respond(initialState(user), { type: 'launch' }, ctx()).state.conversation.phase).toBe('offerResume');
    const stale = respond(initialState(user), { type: 'launch' }, ctx(T0 + DAY));
    expect(stale.state.conversation.phase).toBe('menu');
    expect(stale.state.user.unfinished).toBeUndefined();
  });

  test('after three sessions at one hold length a longer hold is suggested, never past a minute', () => {
    const user = returning({ holdRun: { seconds: 30, count: 3 }, prefs: { holdSeconds: 30, pace: 'normal', variant: 'SITTING' } });
    const offer = respond(initialState(user), { type: 'launch' }, ctx());
    expect(offer.ask).toEqual([{ key: 'longer.question', params: { length: seconds(30), longer: seconds(40), sessions: 3 } }]);
    const yes = respond(offer.state, { type: 'yes' }, ctx());
    expect(yes.state.user.prefs.holdSeconds).toBe(40);
    expect(yes.state.user.holdRun.count).toBe(0);
    expect(yes.state.conversation.routine?.variant).toBe('SITTING');

    const atMax = returning({ holdRun: { seconds: 60, count: 9 }, prefs: { holdSeconds: 60, pace: 'normal' } });
    expect(respond(initialState(atMax), { type: 'launch' }, ctx()).state.conversation.phase).toBe('menu');
  });
});

describe('the routine', () => {
  test('steps go one at a time, then one hold per leg, two rounds each, then "done" brings a wrap-up that ends the session', () => {
    let reply = respond(initialState(returning({ reminderOffered: true })), { type: 'choose', variant: 'SITTING' }, ctx());
    let now = T0;
    const holds: string[] = [];
    for (let turn = 0; turn < 40 && reply.session === 'open'; turn++) {
      now += 120_000;
      reply = respond(reply.state, { type: 'ready' }, ctx(now));
      const hold = holdOf(reply);
      if (hold) {
        const params = paramsOf(reply, 'hold.leadIn');
        holds.push(`${(params?.legPhrase as { key: string }).key}:${params?.round}`);
      }
    }
    expect(holds).toEqual(['legPhrase.right:1', 'legPhrase.left:1', 'legPhrase.right:2', 'legPhrase.left:2']);
    expect(reply.session).toBe('end');
    expect(keys(reply.say)).toEqual(['wrapUp.done.0', 'wrapUp.tip.0', 'wrapUp.goodbye.0']);
    expect(reply.state.user.completedSessions).toBe(1);
    expect(reply.state.user.prefs.variant).toBe('SITTING');
    expect(reply.state.user.unfinished).toBeUndefined();
  });

  test('the wrap-up is worded differently from one session to the next', () => {
    const wrapUps = [0, 1, 2].map((completedSessions) => {
      const last = inRoutine({ variant: 'SITTING', holdIndex: 3, stage: 'released', step: 0 }, returning({ completedSessions }));
      return keys(respond(last, { type: 'ready' }, ctx()).say).join(' ');
    });
    expect(new Set(wrapUps).size).toBe(3);
  });

  test('a hold response ends with its question, after the hold, the release and a word of praise', () => {
    const atLastStep = inRoutine({ variant: 'LYING', holdIndex: 0, stage: 'setup', step: VARIANTS.LYING.setupSteps - 1 });
    const reply = respond(atLastStep, { type: 'ready' }, ctx());
    expect(keys(reply.say)).toEqual(['hold.leadIn', 'HOLD', 'hold.release.0', 'hold.praise.0']);
    expect(holdOf(reply)).toEqual({ variant: 'LYING', seconds: 30, holdIndex: 0 });
    expect(reply.ask).toEqual([{ key: 'hold.askNext', params: { round: 1, legPhrase: { key: 'legPhrase.left' } } }]);
    expect(reply.state.conversation.routine?.hold).toEqual({ startedAt: T0, offsetSeconds: 4, seconds: 30 });
  });

  test('the leg switch is one action per turn, with the belt tip for the second leg too', () => {
    const released = inRoutine({ variant: 'LYING', holdIndex: 0, stage: 'released', step: 0 });
    const steps: string[] = [];
    let reply = respond(released, { type: 'ready' }, ctx());
    while (!holdOf(reply)) {
      steps.push(...keys(reply.say));
      reply = respond(reply.state, { type: 'ready' }, ctx());
    }
    expect(steps).toEqual(['switch.LYING.0', 'switch.LYING.1', 'switch.LYING.2']);
  });

  test('previous goes back a step; at the first step it says so', () => {
    const first = respond(initialState(returning()), { type: 'choose', variant: 'STANDING' }, ctx());
    expect(keys(respond(first.state, { type: 'previous' }, ctx()).say)).toEqual(['routine.firstStep', 'setup.STANDING.0']);
    const second = respond(first.state, { type: 'ready' }, ctx());
    expect(respond(second.state, { type: 'previous' }, ctx()).state.conversation.routine?.step).toBe(0);
  });

  test('"go back" after a hold says to get back into position and waits for ready before holding again', () => {
    const released = inRoutine({ variant: 'SITTING', holdIndex: 1, stage: 'released', step: 0 });
    const back = respond(released, { type: 'previous' }, ctx());
    expect(holdOf(back)).toBeUndefined();
    expect(keys(back.say)).toEqual(['routine.redoHold', 'setup.SITTING.4']);
    expect(keys(back.ask)).toEqual(['step.askReady']);
    const again = respond(back.state, { type: 'ready' }, ctx());
    expect(holdOf(again)).toEqual({ variant: 'SITTING', seconds: 30, holdIndex: 1 });
  });

  test('repeat says the current step again and changes nothing', () => {
    const chosen = respond(initialState(returning()), { type: 'choose', variant: 'LYING' }, ctx());
    const again = respond(chosen.state, { type: 'repeat' }, ctx());
    expect(again.state).toEqual(chosen.state);
    expect(keys(again.say)).toEqual(['setup.LYING.0']);
  });

  test('after a hold, repeat asks its question again, never the hold', () => {
    const released = inRoutine({ variant: 'SITTING', holdIndex: 0, stage: 'released', step: 0 });
    const again = respond(released, { type: 'repeat' }, ctx());
    expect(holdOf(again)).toBeUndefined();
    expect(keys([...again.say, ...(again.ask ?? [])])).toEqual(['hold.askNext']);
  });
});

describe('the counter way (no step)', () => {
  test('stretches both legs at once: setup, two holds, and a short switch between them', () => {
    const started = run(initialState(returning()), { type: 'obstacle', obstacle: 'NO_STEP' });
    expect(keys(started.say)).toEqual(['obstacle.noStep', 'routine.startBothLegs', 'setup.COUNTER.0']);
    expect(holdCount('COUNTER')).toBe(2);
    const said: string[] = [];
    let reply = started;
    for (let turn = 0; turn < 20 && reply.session === 'open'; turn++) {
      reply = run(reply.state, { type: 'ready' });
      said.push(...keys(reply.say));
    }
    expect(said.filter((key) => key === 'HOLD')).toHaveLength(2);
    expect(said).toEqual(expect.arrayContaining(['setup.COUNTER.3', 'switch.COUNTER.0', 'switch.COUNTER.1', 'wrapUp.done.0']));
    expect(reply.state.user.prefs.variant).toBe('COUNTER');
  });
});

describe('the hold clock', () => {
  const holding = (holdSeconds = 30): MachineState =>
    inRoutine({ variant: 'SITTING', holdIndex: 0, stage: 'holding', step: 0, hold: { startedAt: T0, offsetSeconds: 4, seconds: holdSeconds } });

  test('"pause" partway through a hold keeps what is left of it, erring toward holding longer, and says both ways back', () => {
    // 14 s into the response; the 4 s lead-in is taken as a slower voice would say it (5 s): 9 s held, 21 left.
    const paused = respond(holding(), { type: 'pause' }, ctx(T0 + 14_000));
    expect(paused.state.conversation.routine).toMatchObject({ stage: 'paused', remainingSeconds: 21 });
    expect(paused.say).toEqual([{ key: 'pause.hold', params: { length: seconds(21), legPhrase: { key: 'legPhrase.right' } } }]);
    const resumed = respond(paused.state, { type: 'resume' }, ctx(T0 + 60_000));
    expect(holdOf(resumed)?.seconds).toBe(21);
    expect(keys(resumed.say)[0]).toBe('hold.leadInResumed');
  });

  test('a request after the hold has run its course finds it released', () => {
    const settled = settleHold(holding(), T0 + 40_000);
    expect(settled.conversation.routine?.stage).toBe('released');
  });

  test('stop mid-hold keeps the place; resume starts that leg\'s whole setup again', () => {
    const stopped = respond(holding(), { type: 'stop' }, ctx(T0 + 10_000));
    expect(keys(stopped.say)).toEqual(['stop.placeKept']);
    const cursor = stopped.state.conversation.routine!;
    expect(resumePoint(cursor)).toEqual({ variant: 'SITTING', holdIndex: 0, stage: 'setup', step: 0 });
  });
});

describe('pause outside a hold', () => {
  test('in a step it keeps the place, says how to come back now or later, and keeps listening', () => {
    const step = inRoutine({ variant: 'LYING', holdIndex: 0, stage: 'setup', step: 2 });
    const paused = respond(step, { type: 'pause' }, ctx());
    expect(keys(paused.say)).toEqual(['pause.placeKept']);
    expect(keys(paused.reprompt)).toEqual(['pause.reprompt']);
    expect(paused.session).toBe('open');
    expect(paused.state).toEqual(step);
  });

  test('on the very first step there is no place to keep, and it does not pretend there is', () => {
    const first = inRoutine({ variant: 'LYING', holdIndex: 0, stage: 'setup', step: 0 });
    expect(keys(respond(first, { type: 'pause' }, ctx()).say)).toEqual(['pause.notStarted']);
    expect(keys(respond(first, { type: 'stop' }, ctx()).say)).toEqual(['stop.goodbye']);
  });

  test('at the menu it says how to come back, and ends', () => {
    const reply = respond(initialState(returning()), { type: 'pause' }, ctx());
    expect(keys(reply.say)).toEqual(['pause.menu']);
    expect(reply.session).toBe('end');
  });
});

describe('resuming an unfinished routine', () => {
  const unfinishedAt = (cursor: RoutineCursor) => initialState(returning({ unfinished: { cursor, savedAt: T0 } }));

  test('starts the current leg\'s setup from its first step, and says how many holds are done', () => {
    const midSwitch = unfinishedAt({ variant: 'STANDING', holdIndex: 2, stage: 'switch', step: 1 });
    const resumed = run(midSwitch, { type: 'launch' }, { type: 'yes' });
    expect(resumed.state.conversation.routine).toEqual({ variant: 'STANDING', holdIndex: 2, stage: 'setup', step: 0 });
    expect(resumed.say).toEqual([
      { key: 'resume.accepted', params: { done: 2, total: 4 } },
      { key: 'setup.STANDING.0', params: { leg: { key: 'legName.right' }, otherLeg: { key: 'legName.left' } } },
    ]);
  });

  test('is offered only when at least one step was done', () => {
    expect(resumePoint({ variant: 'SITTING', holdIndex: 0, stage: 'setup', step: 0 })).toBeUndefined();
    expect(resumePoint({ variant: 'SITTING', holdIndex: 0, stage: 'setup', step: 1 })).toBeDefined();
    const nothingDone = unfinishedAt({ variant: 'SITTING', holdIndex: 0, stage: 'setup', step: 0 });
    expect(respond(nothingDone, { type: 'launch' }, ctx()).state.conversation.phase).toBe('menu');
  });

  test('"usual" is only offered after a completed routine, not after one that was started and stopped', () => {
    const started = run(initialState(returning()), { type: 'choose', variant: 'SITTING' }, { type: 'stop' });
    expect(started.state.user.prefs.variant).toBeUndefined();
  });
});

describe('safety', () => {
  const holding = inRoutine({ variant: 'SITTING', holdIndex: 0, stage: 'holding', step: 0, hold: { startedAt: T0, offsetSeconds: 4, seconds: 30 } });

  test.each([
    ['pain', 'pain.stop'],
    ['unwell', 'unwell.stop'],
    ['needHelp', 'needHelp.answer'],
  ] as const)('"%s" mid-hold stops at once, ends the session and forgets the unfinished routine', (type, key) => {
    const reply = respond(holding, { type }, ctx(T0 + 10_000));
    expect(keys(reply.say)).toEqual([key]);
    expect(reply.session).toBe('end');
    expect(reply.state.conversation.routine).toBeUndefined();
    expect(reply.state.user.unfinished).toBeUndefined();
  });

  test('pain said before any stretch is heard, and the lying-down stretch is offered; yes starts it', () => {
    const offer = respond(initialState(returning()), { type: 'pain' }, ctx());
    expect(keys(offer.say)).toEqual(['pain.beforeStretch']);
    expect(keys(offer.ask)).toEqual(['offer.gentle']);
    expect(offer.session).toBe('open');
    const yes = respond(offer.state, { type: 'yes' }, ctx());
    expect(yes.state.conversation.routine).toMatchObject({ variant: 'LYING', stage: 'setup', step: 0 });
  });
});

describe('obstacles, answered where the user is', () => {
  const step = (variant: RoutineCursor['variant']) => inRoutine({ variant, holdIndex: 0, stage: 'setup', step: 2 });

  test.each([
    ['NO_STEP', 'STANDING', ['obstacle.noStep', 'routine.startBothLegs', 'setup.COUNTER.0']],
    ['NO_STEP', 'SITTING', ['obstacle.noStepNeeded', 'setup.SITTING.2']],
    ['CANT_STAND', 'STANDING', ['obstacle.cantStand', 'routine.start', 'setup.SITTING.0']],
    ['CANT_STAND', 'LYING', ['obstacle.noStandingNeeded', 'setup.LYING.2']],
    ['CANT_GET_DOWN', 'LYING', ['obstacle.bedWorks', 'setup.LYING.2']],
    ['CANT_GET_DOWN', 'SITTING', ['obstacle.noFloorNeeded', 'setup.SITTING.2']],
    ['CANT_REACH', 'LYING', ['obstacle.cantReach', 'setup.LYING.2']],
    ['NO_BELT', 'LYING', ['obstacle.noBelt', 'setup.LYING.2']],
  ] as const)('%s during the %s stretch', (obstacle, variant, expected) => {
    expect(keys(respond(step(variant), { type: 'obstacle', obstacle }, ctx()).say)).toEqual(expected);
  });

  test('at the menu: no floor offers sitting (a firm bed works too); yes starts it', () => {
    const offer = respond(initialState(returning()), { type: 'obstacle', obstacle: 'CANT_GET_DOWN' }, ctx());
    expect(keys(offer.say)).toEqual(['obstacle.cantGetDown']);
    expect(keys(offer.ask)).toEqual(['offer.seated']);
    expect(respond(offer.state, { type: 'yes' }, ctx()).state.conversation.routine?.variant).toBe('SITTING');
    expect(respond(offer.state, { type: 'no' }, ctx()).state.conversation.phase).toBe('menu');
  });
});

describe('progress', () => {
  test('"which leg, how many left" is answered from the state, then the step again', () => {
    const reply = respond(inRoutine({ variant: 'SITTING', holdIndex: 1, stage: 'released', step: 0 }), { type: 'progress' }, ctx());
    expect(reply.say[0]).toEqual({
      key: 'progress.routine',
      params: { round: 2, rounds: 2, legPhrase: { key: 'legPhrase.right' }, done: 2, total: 4, length: seconds(30) },
    });
    expect(keys(reply.ask)).toEqual(['hold.askNext']);
  });

  test('before any stretch it says none has started', () => {
    expect(keys(respond(initialState(returning()), { type: 'progress' }, ctx()).say)).toEqual(['progress.notStarted']);
  });
});

describe('recovering from what was not understood', () => {
  test('first a brief re-ask, then an offer of help, then a kind goodbye with the place kept; never the same words twice in a row', () => {
    const step = inRoutine({ variant: 'LYING', holdIndex: 0, stage: 'setup', step: 2 });
    const first = respond(step, { type: 'fallback' }, ctx());
    const second = respond(first.state, { type: 'fallback' }, ctx());
    const third = respond(second.state, { type: 'fallback' }, ctx());
    expect(keys([...first.say, ...(first.ask ?? [])])).toEqual(['recover.sorry', 'step.reprompt']);
    expect(keys([...second.say, ...(second.ask ?? [])])).toEqual(['recover.offerHelp', 'step.askReady']);
    expect(keys(third.say)).toEqual(['recover.giveUpPlaceKept']);
    expect(third.session).toBe('end');
    expect(third.state.conversation.routine).toEqual(step.conversation.routine);
  });

  test('an understood answer starts the count again', () => {
    const menu = initialState(returning());
    const once = respond(menu, { type: 'choose' }, ctx());
    expect(once.state.conversation.misses).toBe(1);
    const repeated = respond(once.state, { type: 'repeat' }, ctx());
    expect(repeated.state.conversation.misses).toBeUndefined();
    expect(keys(respond(repeated.state, { type: 'fallback' }, ctx()).say)).toEqual(['recover.sorry']);
  });
});

describe('settings and data', () => {
  test('hold time is clamped to 20 s – one minute and the user is told which way', () => {
    const state = initialState(returning());
    expect(keys(respond(state, { type: 'setHold', seconds: 90 }, ctx()).say)).toEqual(['holdTime.tooLong']);
    expect(respond(state, { type: 'setHold', seconds: 90 }, ctx()).state.user.prefs.holdSeconds).toBe(60);
    expect(keys(respond(state, { type: 'setHold', seconds: 5 }, ctx()).say)).toEqual(['holdTime.tooShort']);
    expect(respond(state, { type: 'setHold', seconds: 5 }, ctx()).state.user.prefs.holdSeconds).toBe(20);
    expect(respond(state, { type: 'setHold', seconds: 60 }, ctx()).say[0]).toEqual({ key: 'holdTime.set', params: { length: { key: 'length.oneMinute' } } });
    expect(keys(respond(state, { type: 'setHold' }, ctx()).say)).toEqual(['holdTime.missing']);
  });

  test('pace goes slower and faster one step at a time and says when it can go no further', () => {
    const slow = respond(initialState(returning()), { type: 'slower' }, ctx());
    expect(slow.state.user.prefs.pace).toBe('slow');
    expect(keys(respond(slow.state, { type: 'slower' }, ctx()).say)[0]).toBe('pace.slowest');
  });

  test('forget me asks first; yes asks the handler to forget, and once it has, nothing is kept; no keeps it', () => {
    const user = returning({ completedSessions: 4, prefs: { variant: 'LYING', holdSeconds: 50, pace: 'slow' } });
    const asked = respond(initialState(user), { type: 'forget' }, ctx());
    expect(keys(asked.ask)).toEqual(['forget.confirm']);
    expect(respond(asked.state, { type: 'ready' }, ctx()).effect).toBeUndefined();
    const yes = respond(asked.state, { type: 'yes' }, ctx());
    expect(yes.effect).toEqual({ kind: 'forgetUser' });
    const done = respond(yes.state, { type: 'outcome', outcome: { kind: 'userForgotten', ok: true } }, ctx());
    expect(keys(done.say)).toEqual(['forget.done']);
    expect(done.session).toBe('end');
    expect(done.state.user).toEqual(newUserProfile());
    const failed = respond(yes.state, { type: 'outcome', outcome: { kind: 'userForgotten', ok: false } }, ctx());
    expect(keys(failed.say)).toEqual(['forget.failed']);
    expect(failed.state.user).toEqual(user);
    const no = respond(asked.state, { type: 'no' }, ctx());
    expect(no.effect).toBeUndefined();
    expect(no.state.user).toEqual(user);
  });

  test('the streak counts consecutive days', () => {
    const atLastHold = inRoutine({ variant: 'SITTING', holdIndex: 3, stage: 'released', step: 0 }, returning({ streak: { days: 3, lastDay: '2026-11-24' } }));
    const done = respond(atLastHold, { type: 'ready' }, ctx());
    expect(done.state.user.streak).toEqual({ days: 4, lastDay: '2026-11-25' });
    expect(done.say).toContainEqual({ key: 'wrapUp.streak', params: { count: 4 } });
    const afterGap = respond({ ...atLastHold, user: returning({ streak: { days: 3, lastDay: '2026-11-20' } }) }, { type: 'ready' }, ctx());
    expect(afterGap.state.user.streak.days).toBe(1);
  });
});

describe('the last hold', () => {
  const afterLastHold = (): MachineState => inRoutine({ variant: 'LYING', holdIndex: 3, stage: 'released', step: 0 });

  test('keeps the session open and asks whether the user is ready to finish', () => {
    const lastStep = inRoutine({ variant: 'LYING', holdIndex: 3, stage: 'switch', step: VARIANTS.LYING.switchSteps - 1 });
    const reply = respond(lastStep, { type: 'ready' }, ctx());
    expect(keys(reply.say)).toEqual(['hold.leadIn', 'HOLD', 'hold.release.0', 'hold.praise.0']);
    expect(keys(reply.ask)).toEqual(['hold.askFinish']);
    expect(reply.session).toBe('open');
    expect(reply.state.user.completedSessions).toBe(0);
  });

  test('walking away (session ended) or saying stop after it still counts the routine as done', () => {
    for (const type of ['sessionEnded', 'stop'] as const) {
      const reply = respond(afterLastHold(), { type }, ctx());
      expect(reply.state.user.completedSessions).toBe(1);
      expect(reply.state.conversation.routine).toBeUndefined();
      expect(reply.session).toBe(type === 'stop' ? 'end' : 'silent');
    }
  });
});

describe('reading state back from outside', () => {
  test('damaged or hostile values fall back to safe ones', () => {
    expect(readConversation({ phase: 'routine', routine: { variant: 'SITTING', holdIndex: 99, stage: 'setup', step: 0 } })).toEqual({ phase: 'menu' });
    expect(readConversation({ phase: 'routine', routine: { variant: 'SITTING', holdIndex: 0, stage: 'setup', step: 9 } })).toEqual({ phase: 'menu' });
    expect(readConversation({ phase: 'routine', routine: { variant: 'COUNTER', holdIndex: 2, stage: 'switch', step: 0 } })).toEqual({ phase: 'menu' });
    expect(readConversation({ phase: 'offerWay', offer: { variant: 'HEADSTAND', reason: 'usual' } })).toEqual({ phase: 'menu' });
    expect(readConversation('<break time="60s"/>')).toEqual({ phase: 'menu' });
    const user = readUserProfile({ prefs: { holdSeconds: 1e9, pace: 'warp', variant: 'HEADSTAND' }, completedSessions: -3, heardNotice: 'yes' });
    expect(user).toEqual({ ...newUserProfile(), prefs: { holdSeconds: 60, pace: 'normal' } });
  });
});
