/** What the user did, reduced to what the state machine needs to know. */
import type { ObstacleId, SpokenVariantId } from '../routine/routine';

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
  | { type: 'help' }
  | { type: 'fallback' }
  | { type: 'stop' }
  | { type: 'sessionEnded' };

export type MachineEventType = MachineEvent['type'];
