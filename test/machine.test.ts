/**
 * The state machine alone, in milliseconds: no SDK, no envelopes. Speech is
 * checked by key, the timing of speech by a fixed stand-in.
 */
import { initialState, newUserProfile, respond, resumePoint, settleHold, Reply, Say, MachineContext } from '../lambda/state/machine';
import type { MachineState, RoutineCursor, UserProfile } from '../lambda/state/types';
import { readConversation, readUserProfile } from '../lambda/state/validate';
import { VARIANTS } from '../lambda/routine/routine';

const T0 = Date.parse('2026-11-25T08:00:00Z');
const DAY = 86_400_000;
const ctx = (now = T0): MachineContext => ({ now, speechSeconds: () => 4 });

const keys = (items: Say[] | undefined) => (items ?? []).map((item) => ('key' in item ? item.key : 'HOLD'));
const holdOf = (reply: Reply) => reply.say.find((item): item is { hold: { variant: 'SITTING'; seconds: number } } => 'hold' in item);

const returning = (overrides: Partial<UserProfile> = {}): UserProfile => ({ ...newUserProfile(), heardNotice: true, ...overrides });

describe('launch', () => {
  test('a first-time user hears the welcome, the doctor notice once, and the three variants', () => {
    const reply = respond(initialState(newUserProfile()), { type: 'launch' }, ctx());
    expect(keys(reply.say)).toEqual(['welcome.new', 'notice.doctor']);
    expect(keys(reply.ask)).toEqual(['menu.question']);
    expect(reply.endSession).toBe(false);
    expect(reply.state.user.heardNotice).toBe(true);
  });

  test('a returning user is not read the notice again', () => {
    const reply = respond(initialState(returning()), { type: 'launch' }, ctx());
    expect(keys(reply.say)).toEqual(['welcome.back']);
  });

  test('a returning user with a usual stretch is offered it; yes starts it', () => {
    const user = returning({ prefs: { variant: 'LYING', holdSeconds: 45, pace: 'normal' } });
    const offer = respond(initialState(user), { type: 'launch' }, ctx());
    expect(offer.ask).toEqual([{ key: 'usual.question', params: { variant: 'variantName.LYING', count: 45 } }]);
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

  test('after three sessions at one hold length a longer hold is suggested, never past 60', () => {
    const user = returning({ holdRun: { seconds: 30, count: 3 }, prefs: { holdSeconds: 30, pace: 'normal', variant: 'SITTING' } });
    const offer = respond(initialState(user), { type: 'launch' }, ctx());
    expect(offer.ask).toEqual([{ key: 'longer.question', params: { count: 30, longer: 40, sessions: 3 } }]);
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
    let reply = respond(initialState(returning()), { type: 'choose', variant: 'SITTING' }, ctx());
    let now = T0;
    const holds: string[] = [];
    for (let turn = 0; turn < 40 && !reply.endSession; turn++) {
      now += 120_000;
      reply = respond(reply.state, { type: 'ready' }, ctx(now));
      const hold = holdOf(reply);
      if (hold) {
        const leadIn = reply.say.find((item) => 'key' in item && item.key === 'hold.leadIn');
        const params = leadIn && 'key' in leadIn ? leadIn.params : undefined;
        holds.push(`${params?.leg}:${params?.round}`);
      }
    }
    expect(holds).toEqual(['legName.right:1', 'legName.left:1', 'legName.right:2', 'legName.left:2']);
    expect(reply.endSession).toBe(true);
    expect(keys(reply.say)).toEqual(['wrapUp.done', 'wrapUp.tip', 'wrapUp.goodbye']);
    expect(reply.state.user.completedSessions).toBe(1);
    expect(reply.state.user.unfinished).toBeUndefined();
  });

  test('a hold response ends with its question, after the hold and the release', () => {
    const atLastStep = initialState(returning());
    atLastStep.conversation = { phase: 'routine', routine: { variant: 'LYING', holdIndex: 0, stage: 'setup', step: VARIANTS.LYING.setupSteps - 1 } };
    const reply = respond(atLastStep, { type: 'ready' }, ctx());
    expect(keys(reply.say)).toEqual(['hold.leadIn', 'HOLD', 'hold.release']);
    expect(reply.ask).toEqual([{ key: 'hold.askNext', params: { round: 1, leg: 'legName.left' } }]);
    expect(reply.state.conversation.routine?.hold).toEqual({ startedAt: T0, offsetSeconds: 4, seconds: 30 });
  });

  test('previous goes back a step; at the first step it says so', () => {
    const first = respond(initialState(returning()), { type: 'choose', variant: 'STANDING' }, ctx());
    expect(keys(respond(first.state, { type: 'previous' }, ctx()).say)).toEqual(['routine.firstStep', 'setup.STANDING.0']);
    const second = respond(first.state, { type: 'ready' }, ctx());
    expect(respond(second.state, { type: 'previous' }, ctx()).state.conversation.routine?.step).toBe(0);
  });

  test('repeat says the current step again and changes nothing', () => {
    const chosen = respond(initialState(returning()), { type: 'choose', variant: 'LYING' }, ctx());
    const again = respond(chosen.state, { type: 'repeat' }, ctx());
    expect(again.state).toEqual(chosen.state);
    expect(keys(again.say)).toEqual(['setup.LYING.0']);
  });
});

describe('the hold clock', () => {
  const holding = (seconds = 30): MachineState => ({
    user: returning(),
    conversation: { phase: 'routine', routine: { variant: 'SITTING', holdIndex: 0, stage: 'holding', step: 0, hold: { startedAt: T0, offsetSeconds: 4, seconds } } },
  });

  test('"pause" partway through a hold keeps what is left of it, erring toward holding longer', () => {
    // 14 s into the response; the 4 s lead-in is taken as a slower voice would say it (5 s): 9 s held, 21 left.
    const paused = respond(holding(), { type: 'pause' }, ctx(T0 + 14_000));
    expect(paused.state.conversation.routine).toMatchObject({ stage: 'paused', remainingSeconds: 21 });
    const resumed = respond(paused.state, { type: 'resume' }, ctx(T0 + 60_000));
    expect(holdOf(resumed)?.hold.seconds).toBe(21);
    expect(keys(resumed.say)[0]).toBe('hold.leadInResumed');
  });

  test('a request after the hold has run its course finds it released', () => {
    const settled = settleHold(holding(), T0 + 40_000);
    expect(settled.conversation.routine?.stage).toBe('released');
  });

  test('"it hurts" mid-hold stops at once, ends the session and forgets the unfinished routine', () => {
    const reply = respond(holding(), { type: 'pain' }, ctx(T0 + 10_000));
    expect(keys(reply.say)).toEqual(['pain.stop']);
    expect(reply.endSession).toBe(true);
    expect(reply.state.conversation.routine).toBeUndefined();
    expect(reply.state.user.unfinished).toBeUndefined();
  });

  test('stop mid-hold keeps the place; resume picks up back in position before that hold', () => {
    const stopped = respond(holding(), { type: 'stop' }, ctx(T0 + 10_000));
    expect(keys(stopped.say)).toEqual(['stop.placeKept']);
    const cursor = stopped.state.conversation.routine!;
    expect(resumePoint(cursor)).toEqual({ variant: 'SITTING', holdIndex: 0, stage: 'setup', step: VARIANTS.SITTING.setupSteps - 1 });
  });
});

describe('settings and data', () => {
  test('hold time is clamped to 20–60 and the user is told', () => {
    const state = initialState(returning());
    expect(respond(state, { type: 'setHold', seconds: 90 }, ctx()).say[0]).toEqual({ key: 'holdTime.clamped', params: { count: 60 } });
    expect(respond(state, { type: 'setHold', seconds: 5 }, ctx()).state.user.prefs.holdSeconds).toBe(20);
    expect(respond(state, { type: 'setHold', seconds: 45 }, ctx()).say[0]).toEqual({ key: 'holdTime.set', params: { count: 45 } });
    expect(keys(respond(state, { type: 'setHold' }, ctx()).say)).toEqual(['holdTime.missing']);
  });

  test('pace goes slower and faster one step at a time and says when it can go no further', () => {
    const slow = respond(initialState(returning()), { type: 'slower' }, ctx());
    expect(slow.state.user.prefs.pace).toBe('slow');
    expect(keys(respond(slow.state, { type: 'slower' }, ctx()).say)[0]).toBe('pace.slowest');
  });

  test('forget me asks first; yes forgets everything, no keeps it', () => {
    const user = returning({ completedSessions: 4, prefs: { variant: 'LYING', holdSeconds: 50, pace: 'slow' } });
    const asked = respond(initialState(user), { type: 'forget' }, ctx());
    expect(keys(asked.ask)).toEqual(['forget.confirm']);
    expect(respond(asked.state, { type: 'ready' }, ctx()).forgetUser).toBeUndefined();
    const yes = respond(asked.state, { type: 'yes' }, ctx());
    expect(yes.forgetUser).toBe(true);
    expect(yes.state.user).toEqual(newUserProfile());
    const no = respond(asked.state, { type: 'no' }, ctx());
    expect(no.forgetUser).toBeUndefined();
    expect(no.state.user).toEqual(user);
  });

  test('the streak counts consecutive days', () => {
    const atLastHold: MachineState = {
      user: returning({ streak: { days: 3, lastDay: '2026-11-24' } }),
      conversation: { phase: 'routine', routine: { variant: 'SITTING', holdIndex: 3, stage: 'released', step: 0 } },
    };
    const done = respond(atLastHold, { type: 'ready' }, ctx());
    expect(done.state.user.streak).toEqual({ days: 4, lastDay: '2026-11-25' });
    expect(done.say).toContainEqual({ key: 'wrapUp.streak', params: { count: 4 } });
    const afterGap = respond({ ...atLastHold, user: returning({ streak: { days: 3, lastDay: '2026-11-20' } }) }, { type: 'ready' }, ctx());
    expect(afterGap.state.user.streak.days).toBe(1);
  });
});

describe('the last hold', () => {
  const afterLastHold = (): MachineState => ({
    user: returning(),
    conversation: { phase: 'routine', routine: { variant: 'LYING', holdIndex: 3, stage: 'released', step: 0 } },
  });

  test('keeps the session open and asks whether the user is ready to finish', () => {
    const lastStep: MachineState = {
      user: returning(),
      conversation: { phase: 'routine', routine: { variant: 'LYING', holdIndex: 3, stage: 'switch', step: VARIANTS.LYING.switchSteps - 1 } },
    };
    const reply = respond(lastStep, { type: 'ready' }, ctx());
    expect(keys(reply.say)).toEqual(['hold.leadIn', 'HOLD', 'hold.release']);
    expect(keys(reply.ask)).toEqual(['hold.askFinish']);
    expect(reply.endSession).toBe(false);
    expect(reply.state.user.completedSessions).toBe(0);
  });

  test('walking away (session ended) or saying stop after it still counts the routine as done', () => {
    for (const type of ['sessionEnded', 'stop'] as const) {
      const reply = respond(afterLastHold(), { type }, ctx());
      expect(reply.state.user.completedSessions).toBe(1);
      expect(reply.state.conversation.routine).toBeUndefined();
      expect(reply.endSession).toBe(true);
    }
  });
});

describe('reading state back from outside', () => {
  test('damaged or hostile values fall back to safe ones', () => {
    expect(readConversation({ phase: 'routine', routine: { variant: 'SITTING', holdIndex: 99, stage: 'setup', step: 0 } })).toEqual({ phase: 'menu' });
    expect(readConversation({ phase: 'routine', routine: { variant: 'SITTING', holdIndex: 0, stage: 'setup', step: 9 } })).toEqual({ phase: 'menu' });
    expect(readConversation('<break time="60s"/>')).toEqual({ phase: 'menu' });
    const user = readUserProfile({ prefs: { holdSeconds: 1e9, pace: 'warp', variant: 'HEADSTAND' }, completedSessions: -3, heardNotice: 'yes' });
    expect(user).toEqual({ ...newUserProfile(), prefs: { holdSeconds: 60, pace: 'normal' } });
  });
});
