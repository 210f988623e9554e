/**
 * The daily reminder conversation, pure: offer it, ask and confirm the time, and answer
 * what came of the effects the handler carried out (the Reminders API, the permission).
 *
 *   offer (first wrap-up) --yes--> readLocalTime --> confirm "every day at 9:15 AM?"
 *   "remind me at nine" ---------------------------> confirm "every day at 9 AM?"
 *   "remind me" / an unclear time --> ask the time --> confirm
 *   confirm --yes--> setReminder --> set | updated | a kind failure
 *           --no---> ask the time again
 *   setReminder / cancelReminder / readReminder --noPermission--> askConsent (once)
 *   consent ACCEPTED --> the action again; DENIED --> a kind answer; NOT_ANSWERED --> the card
 *
 * Each side trip returns to where it was asked from (`returnPhase`): the menu, the
 * routine, or, after the wrap-up, the end of the session.
 */
import type { ClockTime } from '../vocabulary/clock';
import { say, spokenTime, wording, type Say } from '../vocabulary/say';
import { returnPhaseOf, withPhase } from './cursor';
import type { ConsentAnswer, EffectOutcome, MachineEvent, ReminderFailure } from './events';
import { promptReply } from './prompts';
import type { Effect, Reply } from './reply';
import type { Conversation, MachineState, PendingReminder, Phase } from './types';

/** "Every day at this time" is proposed on the nearest quarter hour: 9:15, not 9:13. */
export const PROPOSAL_STEP_MINUTES = 15;

/**
 * A completed routine's wrap-up ends by offering a daily reminder, once per user: at the first
 * completion, or at the next one for someone who completed routines before reminders existed.
 */
export function offersReminder(state: MachineState): boolean {
  const { user } = state;
  return !user.reminderOffered && user.reminder === undefined;
}

/** After the wrap-up: the offer is asked, and the answer is waited for. */
export function offerAfterWrapUp(state: MachineState, said: Say[]): Reply {
  const user = { ...state.user, reminderOffered: true };
  const asking: MachineState = { user, conversation: { phase: 'offerReminder', returnPhase: 'ended' } };
  return { ...promptReply(asking, []), say: said };
}

/** "Remind me every day at nine", at any point. */
export function setReminderAsked(state: MachineState, event: Extract<MachineEvent, { type: 'setReminder' }>): Reply {
    if (event.time) return confirmTime(state, event.time);
  return askTime(state, event.unclear === true);
}

/** A bare number while the time is asked ("nine" heard as a hold length): no AM or PM, so ask again. */
export function unclearTime(state: MachineState): Reply {
  return askTime(state, true);
}

export function cancelAsked(state: MachineState): Reply {
  const token = state.user.reminder?.alertToken;
  if (!token) return finish(state, [say('reminder.cancelledNone')]);
  return call(state, { action: 'cancel' }, { kind: 'cancelReminder', alertToken: token });
}

export function statusAsked(state: MachineState): Reply {
  const token = state.user.reminder?.alertToken;
  if (!token) return finish(state, [say('reminder.none')]);
  return call(state, { action: 'read' }, { kind: 'readReminder', alertToken: token });
}

/** An answer in one of the reminder phases, other than the events every phase handles. */
export function answerReminderQuestion(state: MachineState, event: MachineEvent): Reply | undefined {
  const { phase, reminderTime } = state.conversation;
  const yes = event.type === 'yes' || event.type === 'ready' || event.type === 'next' || event.type === 'resume';
  switch (phase) {
    case 'offerReminder':
      if (yes) return { state, say: [], session: 'silent', effect: { kind: 'readLocalTime' } };
      if (event.type === 'no') return finish(state, [say('reminder.declined')]);
      return undefined;
    case 'askReminderTime':
      if (event.type === 'no') return finish(state, [say('reminder.declined')]);
      if (yes) return askTime(state, false);
      return undefined;
    case 'confirmReminderTime':
      if (yes && reminderTime) return call(state, { action: 'set', time: reminderTime }, setEffect(state, reminderTime));
      if (event.type === 'no' || !reminderTime) return askTime(state, false);
      return undefined;
    default:
      return undefined;
  }
}

/** Alexa's answer to the permission question. */
export function consentAnswered(state: MachineState, answer: ConsentAnswer): Reply {
    const pending = state.conversation.pendingReminder;
  if (answer === 'ACCEPTED') {
    if (!pending) return askTime(state, false);
    const asked = { ...state, conversation: { ...state.conversation, consentAsked: true } };
    if (pending.action === 'cancel') return cancelAsked(asked);
    if (pending.action === 'read') return statusAsked(asked);
    return call(asked, pending, setEffect(asked, pending.time));
  }
  if (answer === 'DENIED') return finish(state, [say('reminder.permissionDenied')]);
  return { ...finish(state, [say('reminder.permissionCard')]), effect: { kind: 'permissionCard' } };
}

/** What came of a reminder effect, as the user hears it. */
export function reminderOutcome(state: MachineState, outcome: EffectOutcome): Reply {
  switch (outcome.kind) {
    case 'localTime':
      return confirmTime(state, nearestProposal(outcome.time));
    case 'reminderSet': {
      const user = { ...state.user, reminder: { alertToken: outcome.alertToken } };
      const key = outcome.created ? 'reminder.set' : 'reminder.updated';
      return finish({ ...state, user }, [say(key, { time: spokenTime(outcome.time.hour, outcome.time.minute) })]);
    }
    case 'reminderCancelled':
      return finish(withoutReminder(state), [say(outcome.alreadyGone ? 'reminder.cancelledNone' : 'reminder.cancelled')]);
    case 'reminderRead':
      if (!outcome.time) return finish(withoutReminder(state), [say('reminder.none')]);
      return finish(state, [say('reminder.status', { time: spokenTime(outcome.time.hour, outcome.time.minute) })]);
    case 'failed':
      return failure(state, outcome.failure);
    default:
      return finish(state, []);
  }
}

function failure(state: MachineState, failed: ReminderFailure): Reply {
  const { phase, pendingReminder, consentAsked } = state.conversation;
  // The clock for "at this time" could not be read: ask for the time instead.
  if (phase === 'offerReminder' && !pendingReminder) return askTime(state, false);
  const action = pendingReminder?.action;
  if (failed === 'noPermission') {
    if (!consentAsked && pendingReminder) {
      const asking = withPhase(state, 'awaitConsent');
      const conversation: Conversation = { ...asking.conversation, pendingReminder, consentAsked: true };
      return { state: { ...asking, conversation }, say: [], session: 'silent', effect: { kind: 'askConsent' } };
    }
    return { ...finish(state, [say('reminder.permissionCard')]), effect: { kind: 'permissionCard' } };
  }
  if (failed === 'notFound' && action !== 'set') {
    return finish(withoutReminder(state), [say(action === 'cancel' ? 'reminder.cancelledNone' : 'reminder.none')]);
  }
  return finish(state, [say(failureKey(failed, action === 'set'))]);
}

function failureKey(failed: ReminderFailure, setting: boolean) {
  switch (failed) {
    case 'unsupportedDevice':
      return 'reminder.failed.unsupportedDevice' as const;
    case 'tooMany':
      return 'reminder.failed.tooMany' as const;
    case 'rejected':
    case 'notFound':
      return setting ? ('reminder.failed.rejected' as const) : ('reminder.failed.unavailable' as const);
    default:
      return 'reminder.failed.unavailable' as const;
  }
}

/** The clock now, on the nearest quarter hour (wrapping past midnight). */
export function nearestProposal(now: ClockTime): ClockTime {
  const day = 24 * 60;
  const minutes = (Math.round((now.hour * 60 + now.minute) / PROPOSAL_STEP_MINUTES) * PROPOSAL_STEP_MINUTES) % day;
  return { hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

// ---------------------------------------------------------------- helpers

function askTime(state: MachineState, again: boolean): Reply {
  const asking = moveTo(state, 'askReminderTime');
  const reply = promptReply(asking, []);
  return again ? { ...reply, ask: [say('reminder.askTimeAgain')] } : reply;
}

function confirmTime(state: MachineState, time: ClockTime): Reply {
  const confirming = moveTo(state, 'confirmReminderTime');
  return promptReply({ ...confirming, conversation: { ...confirming.conversation, reminderTime: time } }, []);
}

/** Another reminder phase, keeping where to return and whether the permission was asked. */
function moveTo(state: MachineState, phase: Phase): MachineState {
  const moved = withPhase(state, phase, { returnPhase: returnPhaseOf(state) });
  const { consentAsked } = state.conversation;
  return consentAsked ? { ...moved, conversation: { ...moved.conversation, consentAsked } } : moved;
}

function call(state: MachineState, pending: PendingReminder, effect: Effect): Reply {
  const conversation: Conversation = { ...state.conversation, pendingReminder: pending };
  delete conversation.reminderTime;
  return { state: { ...state, conversation }, say: [], session: 'silent', effect };
}

function setEffect(state: MachineState, time: ClockTime): Effect {
  const token = state.user.reminder?.alertToken;
  return token ? { kind: 'setReminder', time, alertToken: token } : { kind: 'setReminder', time };
}

function withoutReminder(state: MachineState): MachineState {
  if (!state.user.reminder) return state;
  const user = { ...state.user };
  delete user.reminder;
  return { ...state, user };
}

/**
 * The reminder trip is over: say how it went, and go back. After the wrap-up that is
 * goodbye; otherwise the question the user was at.
 */
function finish(state: MachineState, lead: Say[]): Reply {
  const back = returnPhaseOf(state);
  if (back === 'ended') {
    const ended: MachineState = { ...state, conversation: { phase: 'ended' } };
    const turn = Math.max(0, state.user.completedSessions - 1);
    return { state: ended, say: [...lead, say(wording('wrapUp.goodbye', turn))], session: 'end' };
  }
  return promptReply(withPhase(state, back), lead);
}
