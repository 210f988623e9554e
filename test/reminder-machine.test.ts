/**
 * The reminder conversation in the pure state machine: what it asks, the effect it names
 * for the handler to carry out, and what it says once told how that went. No SDK, no HTTP.
 */
import { respond } from '../lambda/state/machine';
import { nearestProposal } from '../lambda/state/reminder';
import { initialState, newUserProfile } from '../lambda/state/profile';
import type { MachineContext, Reply } from '../lambda/state/reply';
import type { EffectOutcome, MachineEvent } from '../lambda/state/events';
import type { MachineState, UserProfile } from '../lambda/state/types';
import { readConversation, readUserProfile } from '../lambda/state/validate';
import { spokenTime, type Say } from '../lambda/vocabulary/say';
import { translator } from '../lambda/speech/i18n';

const T0 = Date.parse('2026-11-25T14:00:00Z');
const ctx: MachineContext = { now: T0, speechSeconds: () => 4 };
const keys = (items: Say[] | undefined) => (items ?? []).map((item) => ('key' in item ? item.key : 'HOLD'));
const user = (overrides: Partial<UserProfile> = {}): UserProfile => ({ ...newUserProfile(), heardNotice: true, ...overrides });
const at = (state: MachineState, ...events: MachineEvent[]): Reply => {
  let reply: Reply = { state, say: [], session: 'open' };
  for (const event of events) reply = respond(reply.state, event, ctx);
  return reply;
};
const outcome = (o: EffectOutcome): MachineEvent => ({ type: 'outcome', outcome: o });
const nine = { hour: 9, minute: 0 };

describe('spoken times', () => {
  const en = translator('en-US');
  test.each([
    [9, 0, '9 AM'],
    [21, 30, '9:30 PM'],
    [7, 5, '7:05 AM'],
    [0, 0, '12 AM'],
    [12, 0, '12 PM'],
    [12, 45, '12:45 PM'],
    [23, 59, '11:59 PM'],
  ])('%i:%i is said "%s", and carries hour24 for 24-hour languages', (hour, minute, said) => {
    const ref = spokenTime(hour, minute);
    expect(en(ref.key, ref.params)).toBe(said);
    expect(ref.params?.hour24).toBe(hour);
  });

  test.each([
    [{ hour: 9, minute: 7 }, { hour: 9, minute: 0 }],
    [{ hour: 9, minute: 8 }, { hour: 9, minute: 15 }],
    [{ hour: 18, minute: 52 }, { hour: 18, minute: 45 }],
    [{ hour: 23, minute: 53 }, { hour: 0, minute: 0 }],
  ])('"at this time" at %o proposes %o', (now, proposed) => {
    expect(nearestProposal(now)).toEqual(proposed);
  });
});

describe('asking, confirming, setting', () => {
  test('a time is confirmed first; yes names the setReminder effect; the outcome is said and the token kept', () => {
    const asked = at(initialState(user()), { type: 'setReminder', time: nine });
    expect(asked.state.conversation).toMatchObject({ phase: 'confirmReminderTime', reminderTime: nine, returnPhase: 'menu' });
    expect(keys(asked.ask)).toEqual(['reminder.confirm']);
    expect(asked.effect).toBeUndefined();

    const yes = respond(asked.state, { type: 'yes' }, ctx);
    expect(yes.effect).toEqual({ kind: 'setReminder', time: nine });
    expect(yes.session).toBe('silent');

    const set = respond(yes.state, outcome({ kind: 'reminderSet', alertToken: 'tok-1', created: true, time: nine }), ctx);
    expect(set.state.user.reminder).toEqual({ alertToken: 'tok-1' });
    expect(set.say[0]).toEqual({ key: 'reminder.set', params: { time: spokenTime(9, 0) } });
    expect(set.state.conversation.phase).toBe('menu');
    expect(set.session).toBe('open');
  });

  test('with a stored reminder, yes asks to update it, and the answer says "now at"', () => {
    const yes = at(initialState(user({ reminder: { alertToken: 'tok-1' } })), { type: 'setReminder', time: { hour: 18, minute: 0 } }, { type: 'yes' });
    expect(yes.effect).toEqual({ kind: 'setReminder', time: { hour: 18, minute: 0 }, alertToken: 'tok-1' });
    const done = respond(yes.state, outcome({ kind: 'reminderSet', alertToken: 'tok-1', created: false, time: { hour: 18, minute: 0 } }), ctx);
    expect(keys(done.say)[0]).toBe('reminder.updated');
  });

  test('"no" to the time asks for it again; no time, or an unusable one, asks for it; a bare number asks again', () => {
    const no = at(initialState(user()), { type: 'setReminder', time: nine }, { type: 'no' });
    expect(no.state.conversation.phase).toBe('askReminderTime');
    expect(keys(no.ask)).toEqual(['reminder.askTime']);
    expect(keys(at(initialState(user()), { type: 'setReminder' }).ask)).toEqual(['reminder.askTime']);
    expect(keys(at(initialState(user()), { type: 'setReminder', unclear: true }).ask)).toEqual(['reminder.askTimeAgain']);
    const bare = respond(no.state, { type: 'setHold', seconds: 9 }, ctx);
    expect(keys(bare.ask)).toEqual(['reminder.askTimeAgain']);
    expect(bare.state.user.prefs.holdSeconds).toBe(30);
    const declined = respond(no.state, { type: 'no' }, ctx);
    expect(keys(declined.say)[0]).toBe('reminder.declined');
    expect(declined.state.conversation.phase).toBe('menu');
  });

  test('in a routine, the reminder is a side trip: the routine is kept and its step asked again after', () => {
    const cursor = { variant: 'SITTING' as const, holdIndex: 0, stage: 'setup' as const, step: 1 };
    const state: MachineState = { user: user(), conversation: { phase: 'routine', routine: cursor } };
    const yes = at(state, { type: 'setReminder', time: nine }, { type: 'yes' });
    expect(yes.state.conversation.routine).toEqual(cursor);
    const done = respond(yes.state, outcome({ kind: 'reminderSet', alertToken: 't', created: true, time: nine }), ctx);
    expect(done.state.conversation).toEqual({ phase: 'routine', routine: cursor });
    expect(keys(done.say)).toEqual(['reminder.set', 'setup.SITTING.1']);
  });
});

describe('the offer after a completed routine, once per user', () => {
  const lastHoldDone = (u: UserProfile): MachineState => ({
    user: u,
    conversation: { phase: 'routine', routine: { variant: 'SITTING', holdIndex: 3, stage: 'released', step: 0 } },
  });

  test('only the first completion offers, and only once; "yes" reads the clock to propose this time', () => {
    const first = respond(lastHoldDone(user()), { type: 'ready' }, ctx);
    expect(first.session).toBe('open');
    expect(keys(first.ask)).toEqual(['reminder.offer']);
    expect(first.state.user).toMatchObject({ completedSessions: 1, reminderOffered: true });

    const yes = respond(first.state, { type: 'yes' }, ctx);
    expect(yes.effect).toEqual({ kind: 'readLocalTime' });
    const proposed = respond(yes.state, outcome({ kind: 'localTime', time: { hour: 9, minute: 8 } }), ctx);
    expect(proposed.state.conversation).toMatchObject({ phase: 'confirmReminderTime', reminderTime: { hour: 9, minute: 15 }, returnPhase: 'ended' });
    // The clock could not be read: ask for the time instead.
    expect(respond(yes.state, outcome({ kind: 'failed', failure: 'timeout' }), ctx).state.conversation.phase).toBe('askReminderTime');

    const set = respond(respond(proposed.state, { type: 'yes' }, ctx).state, outcome({ kind: 'reminderSet', alertToken: 't', created: true, time: { hour: 9, minute: 15 } }), ctx);
    expect(set.session).toBe('end');
    expect(keys(set.say)).toEqual(['reminder.set', 'wrapUp.goodbye.0']);

    for (const later of [first.state.user, user({ completedSessions: 1, reminderOffered: true }), user({ reminder: { alertToken: 't' } })]) {
      const wrapUp = respond(lastHoldDone(later), { type: 'ready' }, ctx);
      expect(wrapUp.session).toBe('end');
      expect(keys(wrapUp.ask)).toEqual([]);
    }
  });

  test('someone who completed routines before reminders existed is offered one at their next completion, once', () => {
    const before = user({ completedSessions: 4 });
    expect(before.reminderOffered).toBe(false);
    const next = respond(lastHoldDone(before), { type: 'ready' }, ctx);
    expect(keys(next.ask)).toEqual(['reminder.offer']);
    expect(next.state.user).toMatchObject({ completedSessions: 5, reminderOffered: true });
    const declined = respond(next.state, { type: 'no' }, ctx);
    expect(declined.session).toBe('end');
    const after = respond(lastHoldDone(declined.state.user), { type: 'ready' }, ctx);
    expect(keys(after.ask)).toEqual([]);
    expect(after.session).toBe('end');
  });

  test('stopping at the last hold, or walking away, finishes without the offer', () => {
    expect(respond(lastHoldDone(user()), { type: 'stop' }, ctx).session).toBe('end');
    expect(respond(lastHoldDone(user()), { type: 'sessionEnded' }, ctx).state.user.reminderOffered).toBe(false);
  });
});

describe('permission and failures', () => {
  const confirming = () => at(initialState(user()), { type: 'setReminder', time: nine }, { type: 'yes' });

  test('noPermission asks for consent once, keeping what to do; refused again after ACCEPTED, the card', () => {
    const asked = respond(confirming().state, outcome({ kind: 'failed', failure: 'noPermission' }), ctx);
    expect(asked.effect).toEqual({ kind: 'askConsent' });
    expect(asked.say).toEqual([]);
    expect(asked.state.conversation).toMatchObject({ phase: 'awaitConsent', pendingReminder: { action: 'set', time: nine }, consentAsked: true });
    // Kept in the session across Alexa's question.
    expect(readConversation(JSON.parse(JSON.stringify(asked.state.conversation)))).toEqual(asked.state.conversation);

    const accepted = respond(asked.state, { type: 'consent', answer: 'ACCEPTED' }, ctx);
    expect(accepted.effect).toEqual({ kind: 'setReminder', time: nine });
    const again = respond(accepted.state, outcome({ kind: 'failed', failure: 'noPermission' }), ctx);
    expect(again.effect).toEqual({ kind: 'permissionCard' });
    expect(keys(again.say)[0]).toBe('reminder.permissionCard');

    expect(keys(respond(asked.state, { type: 'consent', answer: 'DENIED' }, ctx).say)[0]).toBe('reminder.permissionDenied');
    const unanswered = respond(asked.state, { type: 'consent', answer: 'NOT_ANSWERED' }, ctx);
    expect(unanswered.effect).toEqual({ kind: 'permissionCard' });
  });

  test('consent with nothing pending (the session was lost) asks for the time', () => {
    expect(respond(initialState(user()), { type: 'consent', answer: 'ACCEPTED' }, ctx).state.conversation.phase).toBe('askReminderTime');
  });

  test.each([
    ['unsupportedDevice', 'reminder.failed.unsupportedDevice'],
    ['tooMany', 'reminder.failed.tooMany'],
    ['throttled', 'reminder.failed.unavailable'],
    ['serverError', 'reminder.failed.unavailable'],
    ['timeout', 'reminder.failed.unavailable'],
    ['rejected', 'reminder.failed.rejected'],
  ] as const)('setting, %s is answered with %s and nothing is stored', (failure, key) => {
    const reply = respond(confirming().state, outcome({ kind: 'failed', failure }), ctx);
    expect(keys(reply.say)[0]).toBe(key);
    expect(reply.state.user.reminder).toBeUndefined();
    expect(reply.effect).toBeUndefined();
  });

  test('status and cancel without a stored reminder need no call; with one, they name it', () => {
    expect(keys(respond(initialState(user()), { type: 'reminderStatus' }, ctx).say)[0]).toBe('reminder.none');
    expect(keys(respond(initialState(user()), { type: 'cancelReminder' }, ctx).say)[0]).toBe('reminder.cancelledNone');
    const withOne = initialState(user({ reminder: { alertToken: 'tok' } }));
    expect(respond(withOne, { type: 'reminderStatus' }, ctx).effect).toEqual({ kind: 'readReminder', alertToken: 'tok' });
    const cancel = respond(withOne, { type: 'cancelReminder' }, ctx);
    expect(cancel.effect).toEqual({ kind: 'cancelReminder', alertToken: 'tok' });
    const gone = respond(cancel.state, outcome({ kind: 'failed', failure: 'notFound' }), ctx);
    expect(gone.state.user.reminder).toBeUndefined();
    expect(keys(gone.say)[0]).toBe('reminder.cancelledNone');
  });

  test('forget me names the reminder to delete with the data', () => {
    const asked = respond(initialState(user({ reminder: { alertToken: 'tok' } })), { type: 'forget' }, ctx);
    expect(respond(asked.state, { type: 'yes' }, ctx).effect).toEqual({ kind: 'forgetUser', alertToken: 'tok' });
  });
});

describe('what is read back', () => {
  test('the stored token and the offer flag load; anything else is dropped', () => {
    expect(readUserProfile({ reminderOffered: true, reminder: { alertToken: 'amzn1.alert.abc-123' } })).toMatchObject({
      reminderOffered: true,
      reminder: { alertToken: 'amzn1.alert.abc-123' },
    });
    for (const reminder of [{ alertToken: '' }, { alertToken: 'has space' }, { alertToken: 7 }, { alertToken: 'x'.repeat(513) }, 'tok', null]) {
      expect(readUserProfile({ reminder }).reminder).toBeUndefined();
    }
    expect(readUserProfile({ reminderOffered: 'yes' }).reminderOffered).toBe(false);
  });

  test('reminder phases without what they need fall back to the menu; stray fields are dropped', () => {
    expect(readConversation({ phase: 'confirmReminderTime' })).toEqual({ phase: 'menu' });
    expect(readConversation({ phase: 'confirmReminderTime', reminderTime: { hour: 24, minute: 0 } })).toEqual({ phase: 'menu' });
    expect(readConversation({ phase: 'awaitConsent', pendingReminder: { action: 'explode' } })).toEqual({ phase: 'menu' });
    expect(readConversation({ phase: 'menu', reminderTime: nine, pendingReminder: { action: 'read' }, consentAsked: true })).toEqual({ phase: 'menu' });
    expect(readConversation({ phase: 'askReminderTime', returnPhase: 'awaitConsent' })).toEqual({ phase: 'askReminderTime', returnPhase: 'menu' });
  });
});
