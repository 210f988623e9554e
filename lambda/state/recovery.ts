/**
 * An answer that was not understood: first a brief re-ask with what to say,
 * then an offer of help, then the session ends kindly with the place kept.
 * Each time the words differ, so nobody hears the same sentence twice in a row.
 */
import { say } from '../vocabulary/say';
import type { MachineEvent } from './events';
import { menuPrompt, promptFor } from './prompts';
import type { Reply } from './reply';
import type { MachineState } from './types';
import { placeKept } from './cursor';

/** Answers in a row not understood before the session ends kindly, place kept. */
export const MISSES_BEFORE_GIVING_UP = 3;

export function isMiss(event: MachineEvent): boolean {
  return event.type === 'fallback' || (event.type === 'choose' && !event.variant) || (event.type === 'obstacle' && !event.obstacle);
}

/**
 * An answer that was not understood: first a brief re-ask with what to say,
 * then an offer of help, then the session ends kindly with the place kept.
 * Each time the words differ, so nobody hears the same sentence twice in a row.
 */
export function recover(state: MachineState): Reply {
  const misses = (state.conversation.misses ?? 0) + 1;
  const prompt = state.conversation.phase === 'ended' ? menuPrompt() : promptFor(state);
  if (misses >= MISSES_BEFORE_GIVING_UP) {
    return { state, say: [say(placeKept(state) ? 'recover.giveUpPlaceKept' : 'recover.giveUp')], session: 'end' };
  }
  const counted: MachineState = { ...state, conversation: { ...state.conversation, misses } };
  if (misses === 1) return { state: counted, say: [say('recover.sorry')], ask: prompt.reprompt, reprompt: prompt.reprompt, session: 'open' };
  const ask = prompt.ask.length > 0 ? prompt.ask : prompt.reprompt;
  return { state: counted, say: [say('recover.offerHelp')], ask, reprompt: prompt.reprompt, session: 'open' };
}

/** An understood turn starts the count of misunderstandings again. */
export function understood(reply: Reply): Reply {
  if (reply.state.conversation.misses === undefined) return reply;
  const conversation = { ...reply.state.conversation };
  delete conversation.misses;
  return { ...reply, state: { ...reply.state, conversation } };
}
