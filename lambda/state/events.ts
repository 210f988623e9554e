/** What the user did, reduced to what the state machine needs to know. */
import type { VariantId } from '../routine/routine';

export type MachineEvent =
  | { type: 'launch' }
  /** `variant` is absent when the user named no stretch or one we don't know. */
  | { type: 'choose'; variant?: VariantId }
  | { type: 'ready' }
  | { type: 'next' }
  | { type: 'yes' }
  | { type: 'no' }
  | { type: 'previous' }
  | { type: 'repeat' }
  | { type: 'startOver' }
  | { type: 'pause' }
  | { type: 'resume' }
  /** `seconds` is absent when no usable number was heard. */
  | { type: 'setHold'; seconds?: number }
  | { type: 'pain' }
  | { type: 'slower' }
  | { type: 'faster' }
  | { type: 'forget' }
  | { type: 'help' }
  | { type: 'fallback' }
  | { type: 'stop' }
  | { type: 'sessionEnded' };
