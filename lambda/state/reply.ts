/** What the state machine returns for each turn, and what it needs to know about the turn. */
import type { Say } from '../vocabulary/say';
import type { MachineState } from './types';

/**
 * How the session goes on after a reply:
 * - `open`: the reply ends with a question and the microphone opens (with a reprompt);
 * - `end`: the reply says goodbye and the session ends;
 * - `silent`: nothing is said and nothing is decided (Alexa has already closed the session).
 */
export type SessionBehaviour = 'open' | 'end' | 'silent';

export interface Reply {
  state: MachineState;
  say: Say[];
  /** The question the response ends with. */
  ask?: Say[];
  /** Said if the user says nothing; only for an open session. */
  reprompt?: Say[];
  session: SessionBehaviour;
  /** The user confirmed "forget me": delete everything stored about them. */
  forgetUser?: boolean;
}

export interface MachineContext {
  /** Request time, ms since epoch. */
  now: number;
  /** How long the given speech takes to say at the user's pace, in seconds. */
  speechSeconds(say: Say[], state: MachineState): number;
}
