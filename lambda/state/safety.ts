/** Pain, feeling unwell, a fall: stop at once and say what to do; never pretend to call for help. */
import { say } from '../vocabulary/say';
import { withPhase } from './cursor';
import { promptReply } from './prompts';
import type { Reply } from './reply';
import type { MachineState, Offer } from './types';

/** Pain during a routine stops it at once; said before any stretch, it is heard, and the lying-down way offered. */
export function pain(state: MachineState): Reply {
  if (state.conversation.routine) return stopForSafety(state, 'pain.stop');
  const offer: Offer = { variant: 'LYING', reason: 'gentle' };
  return promptReply(withPhase(state, 'offerWay', { offer }), [say('pain.beforeStretch')]);
}

/** Stops everything, says what to do, and forgets the routine: nobody is offered to resume a stretch that hurt. */
export function stopForSafety(state: MachineState, key: 'pain.stop' | 'unwell.stop' | 'needHelp.answer'): Reply {
  const stopped: MachineState = { user: { ...state.user, unfinished: undefined }, conversation: { phase: 'ended' } };
  return { state: stopped, say: [say(key)], session: 'end' };
}
