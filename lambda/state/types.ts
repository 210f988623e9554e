/**
 * The whole state of a conversation, split by lifetime:
 * - `UserProfile` outlives sessions (it is what gets stored about a user);
 * - `Conversation` lives in session attributes for one session.
 * Both are plain JSON so they can be saved and restored whole.
 */
import type { VariantId } from '../routine/routine';
import type { Pace } from '../speech/timing/pace';

/** Where in a routine the user is. */
export type Stage =
  /** Positioning steps before the first hold. */
  | 'setup'
  /** Positioning steps that move the user onto the other leg. */
  | 'switch'
  /** A hold response was sent and may still be playing. */
  | 'holding'
  /** The hold finished; the user was asked whether to go on. */
  | 'released'
  /** A hold was interrupted; `remainingSeconds` of it are still owed. */
  | 'paused';

export interface HoldClock {
  /** Request timestamp (ms since epoch) of the request whose response holds. */
  startedAt: number;
  /** Seconds of speech in that response before the hold itself begins. */
  offsetSeconds: number;
  seconds: number;
}

export interface RoutineCursor {
  variant: VariantId;
  /** Which hold is next or under way: 0..holdCount()-1. */
  holdIndex: number;
  stage: Stage;
  /** Index into the setup or switch steps; 0 in other stages. */
  step: number;
  hold?: HoldClock;
  remainingSeconds?: number;
}

export interface Preferences {
  variant?: VariantId;
  holdSeconds: number;
  pace: Pace;
}

export interface UserProfile {
  heardNotice: boolean;
  prefs: Preferences;
  completedSessions: number;
  /** Consecutive days (UTC) with a completed routine. */
  streak: { days: number; lastDay?: string };
  /** How many completed routines in a row used the same hold length. */
  holdRun: { seconds: number; count: number };
  /** A routine left unfinished in an earlier session, offered for resume. */
  unfinished?: { cursor: RoutineCursor; savedAt: number };
}

export type Phase =
  | 'menu'
  | 'offerUsual'
  | 'offerResume'
  | 'offerLonger'
  | 'routine'
  | 'confirmForget'
  | 'ended';

export interface Conversation {
  phase: Phase;
  routine?: RoutineCursor;
  /** The phase to return to when the user says no to forgetting their data. */
  returnPhase?: Phase;
}

export interface MachineState {
  user: UserProfile;
  conversation: Conversation;
}
