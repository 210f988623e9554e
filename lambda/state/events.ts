/** What the user did, reduced to what the state machine needs to know. */
import type { ObstacleId, SpokenVariantId } from '../routine/routine';
import type { ClockTime } from '../vocabulary/clock';

/**
 * Every way a call to Alexa's Reminders or settings API can fail, as the conversation
 * answers it (the API's statuses and codes are told apart in reminders/api-outcome.ts).
 */
export type ReminderFailure =
  | 'noPermission'
  | 'unsupportedDevice'
  | 'throttled'
  | 'tooMany'
  | 'serverError'
  | 'timeout'
  | 'notFound'
  | 'rejected';

/** The user's answer to Alexa's permission question. */
export type ConsentAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

/** How an effect the handler carried out ended: fed back to the machine as an event. */
export type EffectOutcome =
  /** The device's clock now, for "every day at this time". */
  | { kind: 'localTime'; time: ClockTime }
  /** The daily reminder is set: `created` false when an existing one was updated. */
  | { kind: 'reminderSet'; alertToken: string; created: boolean; time: ClockTime }
  /** The reminder is deleted; `alreadyGone` when it no longer existed. */
  | { kind: 'reminderCancelled'; alreadyGone: boolean }
  /** The stored reminder as the API reports it; `time` absent when it is gone. */
  | { kind: 'reminderRead'; time?: ClockTime }
  /** Everything stored about the user is deleted (`ok`), or could not be. */
  | { kind: 'userForgotten'; ok: boolean }
  | { kind: 'failed'; failure: ReminderFailure };

export type MachineEvent =
  | { type: 'launch' }
  /** `variant` is absent when the user named no stretch or one we don't know. */
  | { type: 'choose'; variant?: SpokenVariantId }
  | { type: 'ready' }
  | { type: 'next' }
  | { type: 'yes' }
  | { type: 'no' }
  | { type: 'previous' }
  | { type: 'repeat' }
  | { type: 'startOver' }
  | { type: 'pause' }
  | { type: 'resume' }
  /** `seconds` is absent when no usable length was heard. */
  | { type: 'setHold'; seconds?: number }
  | { type: 'pain' }
  | { type: 'unwell' }
  | { type: 'needHelp' }
  /** `obstacle` is absent when what is in the way was not understood. */
  | { type: 'obstacle'; obstacle?: ObstacleId }
  | { type: 'progress' }
  | { type: 'slower' }
  | { type: 'faster' }
  | { type: 'forget' }
  /** "Remind me every day at nine": `time` absent when none was said; `unclear` when something was said that is no time of day. */
  | { type: 'setReminder'; time?: ClockTime; unclear?: boolean }
  | { type: 'cancelReminder' }
  | { type: 'reminderStatus' }
  | { type: 'consent'; answer: ConsentAnswer }
  /** What came of the effect the last reply asked for. */
  | { type: 'outcome'; outcome: EffectOutcome }
  | { type: 'help' }
  | { type: 'fallback' }
  | { type: 'stop' }
  | { type: 'sessionEnded' };

export type MachineEventType = MachineEvent['type'];
