/**
 * The conversation as a pure state machine: given the state, what the user did
 * and the time, it returns the next state and what to say. No SDK, no I/O.
 *
 * Speech is returned as keys and parameters (`Say`), rendered later, so the
 * same machine serves every locale and every speech pace. What the user is
 * asked at each point lives in prompts.ts, cursor moves in cursor.ts, and
 * what each event does in the modules this file dispatches to.
 */
import { say } from '../vocabulary/say';
import type { MachineEvent } from './events';
import { settleHold } from './hold-clock';
import { promptReply } from './prompts';
import type { MachineContext, Reply } from './reply';
import type { MachineState } from './types';
import { choose, routineEvent, sessionEnded } from './routine-moves';
import { answerForget, answerLonger, answerOffer, answerResume, askForget, forgotten, launch, menuEvent, repeatQuestion } from './questions';
import { returnPhaseOf, withPhase } from './cursor';
import { answerReminderQuestion, cancelAsked, consentAnswered, reminderOutcome, setReminderAsked, statusAsked, unclearTime } from './reminder';
import { pain, stopForSafety } from './safety';
import { obstacle } from './obstacles';
import { changePace, help, pause, progress, setHold, stop } from './side-requests';
import { isMiss, recover, understood } from './recovery';

export function respond(state: MachineState, event: MachineEvent, ctx: MachineContext): Reply {
  const settled = settleHold(state, ctx.now);
  const reply = dispatch(settled, event, ctx);
  return withDoctorNotice(isMiss(event) ? reply : understood(reply), event);
}

function dispatch(state: MachineState, event: MachineEvent, ctx: MachineContext): Reply {
  switch (event.type) {
    case 'sessionEnded':
      return sessionEnded(state, ctx.now);
    case 'pain':
      return pain(state);
    case 'unwell':
      return stopForSafety(state, 'unwell.stop');
    case 'needHelp':
      return stopForSafety(state, 'needHelp.answer');
    case 'stop':
      return stop(state, ctx.now);
    case 'launch':
      return launch(state, ctx.now);
    case 'forget':
      return askForget(state);
    case 'help':
      return help(state);
    case 'repeat':
      return promptReply(state, []);
    case 'progress':
      return progress(state);
    case 'fallback':
      return recover(state);
    case 'slower':
    case 'faster':
      return changePace(state, event.type);
    case 'setHold':
      return isAskingTime(state) ? unclearTime(state) : setHold(state, event.seconds);
    case 'setReminder':
      return setReminderAsked(state, event);
    case 'cancelReminder':
      return cancelAsked(state);
    case 'reminderStatus':
      return statusAsked(state);
    case 'consent':
      return consentAnswered(state, event.answer);
    case 'outcome':
      return event.outcome.kind === 'userForgotten' ? forgotten(state, event.outcome.ok) : reminderOutcome(state, event.outcome);
    case 'choose':
      return event.variant ? choose(state, event.variant) : recover(state);
    case 'obstacle':
      return event.obstacle ? obstacle(state, event.obstacle) : recover(state);
    case 'pause':
      return pause(state);
    default:
      break;
  }
  switch (state.conversation.phase) {
    case 'confirmForget':
      return answerForget(state, event);
    case 'offerResume':
      return answerResume(state, event);
    case 'offerLonger':
      return answerLonger(state, event);
    case 'offerWay':
      return answerOffer(state, event);
    case 'offerReminder':
    case 'askReminderTime':
    case 'confirmReminderTime':
      return answerReminderQuestion(state, event) ?? repeatQuestion(state, event);
    case 'awaitConsent':
      // Something said while Alexa had the permission question: that question is over.
      return dispatch(withPhase(state, returnPhaseOf(state)), event, ctx);
    case 'routine':
      return routineEvent(state, event, ctx);
    default:
      return menuEvent(state, event, ctx.now);
  }
}

/** While the reminder's time is asked or confirmed, a bare number ("nine") is a time without AM or PM, not a hold length. */
function isAskingTime(state: MachineState): boolean {
  const { phase } = state.conversation;
  return phase === 'askReminderTime' || phase === 'confirmReminderTime';
}

/**
 * First contact, however it starts (a one-shot "ask hamstring coach for the
 * sitting stretch" skips the launch), hears the doctor notice once.
 */
function withDoctorNotice(reply: Reply, event: MachineEvent): Reply {
  if (reply.state.user.heardNotice || reply.session !== 'open' || event.type === 'launch') return reply;
  return {
    ...reply,
    say: [say('notice.doctor'), ...reply.say],
    state: { ...reply.state, user: { ...reply.state.user, heardNotice: true } },
  };
}
