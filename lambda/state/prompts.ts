/**
 * What the user is being asked right now, rebuilt from the state (never saved
 * as words): Repeat, Help, the recovery from a misunderstanding and every
 * reply that goes on with the conversation end with it.
 */
import { legOfHold, type Leg, longerHold, previousLeg, roundOfHold } from '../routine/routine';
import { lengthPhrase, legName, legPhrase, say, spokenTime, variantName, type Say, type SpeechKey, type SpeechParams, type SpeechRef } from '../vocabulary/say';
import { finishedAllHolds, holdsDone } from './cursor';
import type { Reply } from './reply';
import type { MachineState, Offer, RoutineCursor } from './types';

export interface Prompt {
  /** Said before the question: the step itself, or where a paused hold stands. */
  say: Say[];
  /** The question or instruction the response ends with. */
  ask: Say[];
  /** The same, briefly, with what to say: the reprompt, and the first re-ask after a misunderstanding. */
  reprompt: Say[];
}

export function promptFor(state: MachineState): Prompt {
  const { conversation, user } = state;
  switch (conversation.phase) {
    case 'offerWay':
      return offerPrompt(conversation.offer ?? { variant: user.prefs.variant ?? 'SITTING', reason: 'usual' }, state);
    case 'offerResume': {
      const variant = user.unfinished?.cursor.variant ?? 'SITTING';
      return question(say('resume.question', { variant: variantName(variant) }), say('resume.reprompt'));
    }
    case 'offerLonger': {
      const seconds = user.prefs.holdSeconds;
      const params = { length: lengthPhrase(seconds), longer: lengthPhrase(longerHold(seconds)), sessions: user.holdRun.count };
      return question(say('longer.question', params), say('longer.reprompt', params));
    }
    case 'confirmForget':
      return question(say('forget.confirm'), say('forget.reprompt'));
    case 'offerReminder':
      return question(say('reminder.offer'), say('reminder.offerReprompt'));
    case 'confirmReminderTime':
      if (conversation.reminderTime) {
        const time = spokenTime(conversation.reminderTime.hour, conversation.reminderTime.minute);
        return question(say('reminder.confirm', { time }), say('reminder.confirmReprompt', { time }));
      }
      return question(say('reminder.askTime'), say('reminder.askTimeReprompt'));
    case 'askReminderTime':
    case 'awaitConsent':
      return question(say('reminder.askTime'), say('reminder.askTimeReprompt'));
    case 'routine':
      if (conversation.routine) return routinePrompt(conversation.routine);
      return menuPrompt();
    default:
      return menuPrompt();
  }
}

export function menuPrompt(): Prompt {
  return question(say('menu.question'), say('menu.reprompt'));
}

function offerPrompt(offer: Offer, state: MachineState): Prompt {
  switch (offer.reason) {
    case 'gentle':
      return question(say('offer.gentle'), say('offer.gentleReprompt'));
    case 'seated':
      return question(say('offer.seated'), say('offer.seatedReprompt'));
    default: {
      const params = { variant: variantName(offer.variant), length: lengthPhrase(state.user.prefs.holdSeconds) };
      return question(say('offer.usual', params), say('offer.usualReprompt'));
    }
  }
}

/** The step to take, the paused hold, or the question after a hold. */
export function routinePrompt(cursor: RoutineCursor): Prompt {
  const { variant, holdIndex } = cursor;
  switch (cursor.stage) {
    case 'setup':
    case 'switch': {
      const step = say(stepKey(cursor), {
        leg: legName(legOfHold(variant, holdIndex)),
        otherLeg: legName(previousLeg(variant, holdIndex)),
      });
      return { say: [step], ask: [say('step.askReady')], reprompt: [say('step.reprompt')] };
    }
    case 'paused':
      return {
        say: [onLeg(legOfHold(variant, holdIndex), 'pause.hold', 'pause.holdBothLegs', { length: lengthPhrase(cursor.remainingSeconds ?? 0) })],
        ask: [],
        reprompt: [say('pause.reprompt')],
      };
    default: {
      if (finishedAllHolds(cursor)) return question(say('hold.askFinish'), say('hold.repromptFinish'));
      const next = holdsDone(cursor);
      const nextLeg = legOfHold(variant, next);
      return question(
        onLeg(nextLeg, 'hold.askNext', 'hold.askNextBothLegs', { round: roundOfHold(variant, next) }),
        onLeg(nextLeg, 'hold.repromptNext', 'hold.repromptNextBothLegs', {}),
      );
    }
  }
}

/** The words of a positioning step: `setup.LYING.2`, `switch.SITTING.0`. */
export function stepKey(cursor: RoutineCursor): SpeechKey {
  return `${cursor.stage}.${cursor.variant}.${cursor.step}` as SpeechKey;
}

/**
 * A sentence about one leg ("…your right leg"), or its own wording when a way
 * stretches both legs at once, where "your both legs" would not be English (or any language).
 */
export function onLeg(leg: Leg, oneLeg: SpeechKey, bothLegs: SpeechKey, params: SpeechParams): SpeechRef {
  return leg === 'both' ? say(bothLegs, params) : say(oneLeg, { ...params, legPhrase: legPhrase(leg) });
}

function question(ask: Say, reprompt: Say): Prompt {
  return { say: [], ask: [ask], reprompt: [reprompt] };
}

/** A reply that goes on with the conversation: the lead, then what the user is asked now. */
export function promptReply(state: MachineState, lead: Say[]): Reply {
  const prompt = promptFor(state);
  return { state, say: [...lead, ...prompt.say], ask: prompt.ask, reprompt: prompt.reprompt, session: 'open' };
}
