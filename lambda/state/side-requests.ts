/**
 * Requests that can come at any point and leave the conversation where it is,
 * or end it politely: stop, pause, where am I, pace, hold length, help.
 */
import { ROUNDS_PER_LEG, clampHoldSeconds, holdCount, legOfHold, roundOfHold } from '../routine/routine';
import { PACES } from '../vocabulary/pace';
import { lengthPhrase, legPhrase, say, type SpeechRef } from '../vocabulary/say';
import { finishedAllHolds, holdsDone, isPositioning, placeKept, positioningSteps } from './cursor';
import { onLeg, promptFor, promptReply } from './prompts';
import type { Reply } from './reply';
import type { MachineState, RoutineCursor } from './types';
import { complete } from './routine-moves';
import { offerUsualOrMenu } from './questions';

export function stop(state: MachineState, now: number): Reply {
  const cursor = state.conversation.routine;
  if (cursor && finishedAllHolds(cursor)) {
    return { ...complete(state, now, [], false), say: [say('stop.goodbye')] };
  }
  return { state, say: [say(placeKept(state) ? 'stop.placeKept' : 'stop.goodbye')], session: 'end' };
}

/**
 * The microphone stays open only seconds, so "pause" never promises to wait:
 * it keeps the place and says both ways back, now or later.
 */
export function pause(state: MachineState): Reply {
  const cursor = state.conversation.phase === 'routine' ? state.conversation.routine : undefined;
  if (!cursor) return { state, say: [say('pause.menu')], session: 'end' };
  if (cursor.stage === 'paused') return promptReply(state, []);
  const words = placeKept(state) ? say('pause.placeKept') : say('pause.notStarted');
  return { state, say: [words], reprompt: [say('pause.reprompt')], session: 'open' };
}

export function progress(state: MachineState): Reply {
  const cursor = state.conversation.routine;
  const length = lengthPhrase(state.user.prefs.holdSeconds);
  if (!cursor) return promptReply(state, [say('progress.notStarted', { length })]);
  const { variant } = cursor;
  const total = holdCount(variant);
  const done = holdsDone(cursor);
  if (cursor.stage === 'paused') {
    const left = lengthPhrase(cursor.remainingSeconds ?? 0);
    const words = onLeg(legOfHold(variant, cursor.holdIndex), 'progress.paused', 'progress.pausedBothLegs', { length: left, done, total });
    return { state, say: [words], reprompt: [say('pause.reprompt')], session: 'open' };
  }
  const current = Math.min(done, total - 1);
  const words = say('progress.routine', {
    round: roundOfHold(variant, current),
    rounds: ROUNDS_PER_LEG,
    legPhrase: legPhrase(legOfHold(variant, current)),
    done,
    total,
    length,
  });
  return promptReply(state, [words]);
}

export function changePace(state: MachineState, direction: 'slower' | 'faster'): Reply {
  const index = PACES.indexOf(state.user.prefs.pace);
  const target = direction === 'slower' ? index - 1 : index + 1;
  if (target < 0 || target >= PACES.length) {
    return promptReply(state, [say(direction === 'slower' ? 'pace.slowest' : 'pace.fastest')]);
  }
  const user = { ...state.user, prefs: { ...state.user.prefs, pace: PACES[target] } };
  return promptReply({ ...state, user }, [say(direction === 'slower' ? 'pace.slower' : 'pace.faster')]);
}

export function setHold(state: MachineState, requested: number | undefined): Reply {
  if (requested === undefined || !Number.isFinite(requested)) {
    return promptReply(state, [say('holdTime.missing')]);
  }
  const { seconds, clamped } = clampHoldSeconds(requested);
  const user = { ...state.user, prefs: { ...state.user.prefs, holdSeconds: seconds } };
  const next = { ...state, user };
  // A suggestion to hold longer makes no sense once the user has chosen a length.
  const settled = state.conversation.phase === 'offerLonger' ? offerUsualOrMenu(next) : next;
  const note = clamped === 'up' ? say('holdTime.tooShort') : clamped === 'down' ? say('holdTime.tooLong') : say('holdTime.set', { length: lengthPhrase(seconds) });
  return promptReply(settled, [note]);
}

/** Help about where the user is, short, ending with what they can say or are asked. */
export function help(state: MachineState): Reply {
  const { phase, routine } = state.conversation;
  const prompt = promptFor(state);
  if (phase === 'routine' && routine) {
    return { state, say: [helpInRoutine(routine)], reprompt: prompt.reprompt, session: 'open' };
  }
  const about =
    phase === 'menu' || phase === 'ended' ? say('help.menu') : phase === 'askReminderTime' ? say('reminder.askTimeReprompt') : say('help.question');
  return { state, say: [about], ask: prompt.ask, reprompt: prompt.reprompt, session: 'open' };
}

function helpInRoutine(cursor: RoutineCursor): SpeechRef {
  if (isPositioning(cursor)) return say('help.step', { step: cursor.step + 1, steps: positioningSteps(cursor) });
  if (cursor.stage === 'paused') return say('help.paused');
  if (finishedAllHolds(cursor)) return say('help.allHoldsDone');
  return onLeg(legOfHold(cursor.variant, holdsDone(cursor)), 'help.released', 'help.releasedBothLegs', {});
}
