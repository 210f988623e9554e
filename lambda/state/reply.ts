/** What the state machine returns for each turn, and what it needs to know about the turn. */
import type { Say } from '../vocabulary/say';
import type { ClockTime } from '../vocabulary/clock';
import type { MachineState } from './types';

/**
 * Something outside the conversation the handler must do for a reply. The machine stays
 * pure: it names the effect, the handler carries it out.
 * - Calls (`readLocalTime`, `setReminder`, `cancelReminder`, `readReminder`, `forgetUser`)
 *   end in an outcome: such a reply is never sent; the handler feeds the outcome back as
 *   an `outcome` event and sends the reply to that.
 * - `askConsent` (Alexa asks for the reminders permission: a Connections.SendRequest) and
 *   `permissionCard` (the card in the Alexa app) go out with the reply.
 */
export type Effect =
  | { kind: 'readLocalTime' }
  | { kind: 'setReminder'; time: ClockTime; alertToken?: string }
  | { kind: 'cancelReminder'; alertToken: string }
  | { kind: 'readReminder'; alertToken: string }
  | { kind: 'forgetUser'; alertToken?: string }
  | { kind: 'askConsent' }
  | { kind: 'permissionCard' };

export type EffectKind = Effect['kind'];

/** Effects whose outcome the machine must hear before anything is said. */
export function isCall(effect: Effect | undefined): boolean {
  return effect !== undefined && effect.kind !== 'askConsent' && effect.kind !== 'permissionCard';
}

/**
 * How the session goes on after a reply:
 * - `open`: the reply ends with a question and the microphone opens (with a reprompt);
 * - `end`: the reply says goodbye and the session ends;
 * - `silent`: nothing is said and nothing is decided: Alexa has already closed the session,
 *   or has the turn itself (asking for a permission), or the reply waits for a call's outcome.
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
  /** What the handler must do for this reply (see Effect). */
  effect?: Effect;
}

export interface MachineContext {
  /** Request time, ms since epoch. */
  now: number;
  /** How long the given speech takes to say at the user's pace, in seconds. */
  speechSeconds(say: Say[], state: MachineState): number;
}
