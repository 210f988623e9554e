/**
 * A hold response may be cut short by the wake word ("Alexa, pause"). The
 * request timestamps tell how far into the response the user got; the hold
 * starts after the lead-in and runs exactly its seconds. The lead-in's length
 * is only estimated, so it is taken as long as a slower voice would make it:
 * the estimate errs toward less held, and so toward holding longer. What is
 * still owed becomes a paused hold, otherwise the hold counts as done.
 */
import { base, withRoutine } from './cursor';
import type { MachineState, RoutineCursor } from './types';

/** A hold interrupted with less than this left counts as finished. */
export const MIN_REMAINING_SECONDS = 3;
/** The lead-in before a hold is speech, timed by the model; a voice may be this much slower. */
export const LEAD_IN_SLACK = 1.25;

export function settleHold(state: MachineState, now: number): MachineState {
  const cursor = state.conversation.routine;
  if (!cursor || cursor.stage !== 'holding' || !cursor.hold) return state;
  const { startedAt, offsetSeconds, seconds } = cursor.hold;
  const heldSeconds = Math.max(0, (now - startedAt) / 1000 - offsetSeconds * LEAD_IN_SLACK);
  const remaining = Math.min(seconds, Math.ceil(seconds - heldSeconds));
  const settledCursor: RoutineCursor =
    remaining >= MIN_REMAINING_SECONDS
      ? { ...base(cursor), stage: 'paused', remainingSeconds: remaining }
      : { ...base(cursor), stage: 'released' };
  return withRoutine(state, settledCursor);
}
