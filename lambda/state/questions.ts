/**
 * The session's start and the yes/no questions it can ask: carry on from last
 * time, try a longer hold, the usual (or a suggested) way, "forget me?".
 */
import { HOLD_LIMITS, holdCount, longerHold } from '../routine/routine';
import { lengthPhrase, say } from '../vocabulary/say';
import { clearUnfinished, holdsDone, resumePoint, returnPhaseOf, withPhase, withRoutine } from './cursor';
import type { MachineEvent } from './events';
import { promptReply } from './prompts';
import type { Reply } from './reply';
import type { MachineState, UserProfile } from './types';
import { newUserProfile } from './profile';
import { startRoutine } from './routine-moves';

/** An unfinished routine older than this is not offered for resume. */
export const RESUME_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Completed routines at one hold length before a longer hold is suggested. */
export const SESSIONS_BEFORE_LONGER_HOLD = 3;

export function launch(state: MachineState, now: number): Reply {
  const { user } = state;
  const greeting = user.heardNotice ? [say('welcome.back')] : [say('welcome.new'), say('notice.doctor')];
  const fresh: MachineState = { ...state, user: { ...user, heardNotice: true }, conversation: { phase: 'menu' } };

  if (resumableUnfinished(user, now)) return promptReply(withPhase(fresh, 'offerResume'), greeting);
  const withoutStale = clearUnfinished(fresh);
  if (suggestsLongerHold(user)) return promptReply(withPhase(withoutStale, 'offerLonger'), greeting);
  return promptReply(offerUsualOrMenu(withoutStale), greeting);
}

function resumableUnfinished(user: UserProfile, now: number): boolean {
  const unfinished = user.unfinished;
  return unfinished !== undefined && now - unfinished.savedAt < RESUME_WINDOW_MS && resumePoint(unfinished.cursor) !== undefined;
}

function suggestsLongerHold(user: UserProfile): boolean {
  const { holdRun, prefs } = user;
  return (
    prefs.variant !== undefined &&
    holdRun.count >= SESSIONS_BEFORE_LONGER_HOLD &&
    holdRun.seconds === prefs.holdSeconds &&
    prefs.holdSeconds < HOLD_LIMITS.max
  );
}

/** "Your usual sitting stretch?" once a routine has been completed; the menu before that. */
export function offerUsualOrMenu(state: MachineState): MachineState {
  const variant = state.user.prefs.variant;
  return variant ? withPhase(state, 'offerWay', { offer: { variant, reason: 'usual' } }) : withPhase(state, 'menu');
}

export function answerResume(state: MachineState, event: MachineEvent): Reply {
  const unfinished = state.user.unfinished;
  const point = unfinished && resumePoint(unfinished.cursor);
  if (isYes(event) && point) {
    const done = holdsDone(point);
    const lead = done > 0 ? say('resume.accepted', { done, total: holdCount(point.variant) }) : say('resume.acceptedNoHolds');
    // The stored place stays until a step of the picked-up routine is done, so walking away at once loses nothing.
    return promptReply(withRoutine(state, point), [lead]);
  }
  if (event.type === 'no' || event.type === 'startOver' || event.type === 'previous' || isYes(event)) {
    return promptReply(offerUsualOrMenu(clearUnfinished(state)), [say('resume.declined')]);
  }
  return promptReply(state, []);
}

export function answerLonger(state: MachineState, event: MachineEvent): Reply {
  if (!isYes(event) && event.type !== 'no') return repeatQuestion(state, event);
  const current = state.user.prefs.holdSeconds;
  const seconds = isYes(event) ? longerHold(current) : current;
  const user: UserProfile = {
    ...state.user,
    prefs: { ...state.user.prefs, holdSeconds: seconds },
    holdRun: { seconds, count: 0 },
  };
  const next = { ...state, user };
  const note = say(isYes(event) ? 'longer.accepted' : 'longer.declined', { length: lengthPhrase(seconds) });
  const variant = user.prefs.variant;
  return variant ? startRoutine(next, variant, [note]) : promptReply(withPhase(next, 'menu'), [note]);
}

export function answerOffer(state: MachineState, event: MachineEvent): Reply {
  const offer = state.conversation.offer;
  if (isYes(event) && offer) return startRoutine(state, offer.variant, []);
  if (event.type === 'no' || !offer) return promptReply(withPhase(state, 'menu'), []);
  return repeatQuestion(state, event);
}

export function askForget(state: MachineState): Reply {
  return promptReply(withPhase(state, 'confirmForget', { returnPhase: returnPhaseOf(state) }), []);
}

export function answerForget(state: MachineState, event: MachineEvent): Reply {
  if (event.type === 'yes') {
    // The daily reminder goes too: the handler deletes it before the data.
    const alertToken = state.user.reminder?.alertToken;
    return { state, say: [], session: 'silent', effect: alertToken ? { kind: 'forgetUser', alertToken } : { kind: 'forgetUser' } };
  }
  if (event.type === 'no') {
    return promptReply(withPhase(state, state.conversation.returnPhase ?? 'menu'), [say('forget.kept')]);
  }
  return promptReply(state, []);
}

/** After a confirmed "forget me": nothing is kept; or, if the delete failed, say so and keep everything as it was. */
export function forgotten(state: MachineState, ok: boolean): Reply {
  if (!ok) return { state, say: [say('forget.failed')], session: 'end' };
  return { state: { user: newUserProfile(), conversation: { phase: 'ended' } }, say: [say('forget.done')], session: 'end' };
}

/** Anything but yes or no to a question: navigation words go back to the menu, the rest hear the question again. */
export function repeatQuestion(state: MachineState, event: MachineEvent): Reply {
  if (event.type === 'previous' || event.type === 'startOver') return promptReply(withPhase(state, 'menu'), []);
  return promptReply(state, []);
}

function isYes(event: MachineEvent): boolean {
  return event.type === 'yes' || event.type === 'ready' || event.type === 'next' || event.type === 'resume';
}

export function menuEvent(state: MachineState, event: MachineEvent, now: number): Reply {
  // "Alexa, ask hamstring coach to carry on": the user asks for the unfinished routine by name.
  if (event.type === 'resume' && resumableUnfinished(state.user, now)) return answerResume(state, event);
  const lead = isYes(event) ? [say('menu.needVariant')] : [];
  return promptReply(withPhase(state, 'menu'), lead);
}
