/**
 * The whole state of a conversation, split by lifetime:
 * - `UserProfile` outlives sessions (it is what gets stored about a user);
 * - `Conversation` lives in session attributes for one session.
 * Both are plain JSON so they can be saved and restored whole.
 */
import type { VariantId } from '../routine/routine';
import type { Pace } from '../vocabulary/pace';
import type { ClockTime } from '../vocabulary/clock';

/** Where in a routine the user is. */
export type Stage =
  /** Positioning steps into a leg's position from the start: the routine's start, or picking it up again. */
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
  /** Which hold is next or under way: 0..holdCount(variant)-1. */
  holdIndex: number;
  stage: Stage;
  /** Index into the setup or switch steps; 0 in other stages. */
  step: number;
  hold?: HoldClock;
  remainingSeconds?: number;
}

export interface Preferences {
  /** The way of the last completed routine: "your usual" is only offered after one. */
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
  /** A routine left unfinished in an earlier session, offered for resume once at least one step was done. */
  unfinished?: { cursor: RoutineCursor; savedAt: number };
  /** The wrap-up of the first completed routine has offered a daily reminder: it is not offered again unasked. */
  reminderOffered: boolean;
  /** The daily reminder the skill set, by the token the Reminders API gave it: a second request updates it. */
  reminder?: { alertToken: string };
}

export type Phase =
  | 'menu'
  /** A yes/no offer of one way to stretch: see `Offer`. */
  | 'offerWay'
  | 'offerResume'
  | 'offerLonger'
  | 'routine'
  | 'confirmForget'
  /** "Shall I remind you every day at this time?", after the first completed routine. */
  | 'offerReminder'
  /** What time each day? */
  | 'askReminderTime'
  /** "I'll remind you every day at 9 AM. Is that right?" about `reminderTime`. */
  | 'confirmReminderTime'
  /** Alexa is asking the user for the reminders permission; `pendingReminder` waits for the answer. */
  | 'awaitConsent'
  | 'ended';

/** Phases that ask something on the side: the routine stays while they are asked, and `returnPhase` says where to go after. */
export const SIDE_QUESTIONS: readonly Phase[] = ['confirmForget', 'offerReminder', 'askReminderTime', 'confirmReminderTime', 'awaitConsent'];

/** A reminder action waiting for the user's permission. */
export type PendingReminder = { action: 'set'; time: ClockTime } | { action: 'cancel' } | { action: 'read' };

/** Why a way to stretch is offered, which decides how the offer is worded. */
export type OfferReason =
  /** The way of the user's last completed routine. */
  | 'usual'
  /** Pain said before any stretch: the lying-down way, on the back. */
  | 'gentle'
  /** The user can't stand, or can't get down on the floor. */
  | 'seated';

export interface Offer {
  variant: VariantId;
  reason: OfferReason;
}

export interface Conversation {
  phase: Phase;
  routine?: RoutineCursor;
  /** What the `offerWay` question offers. */
  offer?: Offer;
  /** The phase to return to after a side question (forgetting, a reminder). */
  returnPhase?: Phase;
  /** The daily time being confirmed. */
  reminderTime?: ClockTime;
  /** What to do once the reminders permission is granted. */
  pendingReminder?: PendingReminder;
  /** The permission was asked for in this conversation: a second refusal from the API falls back to the card, never asks again. */
  consentAsked?: boolean;
  /** Answers in a row that were not understood: the recovery gets more helpful, then ends kindly. */
  misses?: number;
}

export interface MachineState {
  user: UserProfile;
  conversation: Conversation;
}
