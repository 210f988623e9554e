/**
 * A hold response may be cut short by the wake word ("Alexa, pause"). The
 * request timestamps tell how far into the hold the user got: what is still
 * owed becomes a paused hold, otherwise the hold counts as done.
 */
import { base, withRoutine } from './cursor';
import type { MachineState, RoutineCursor } from './types';

/** A hold interrupted with less than this left counts as finished. */
export const MIN_REMAINING_SECONDS = 3;

export function settleHold(state: MachineState, now: number): MachineState {
  const cursor = state.conversation.routine;
  if (!cursor || cursor.stage !== 'holding' || !cursor.hold) return state;
  const { startedAt, offsetSeconds, seconds } = cursor.hold;
  const heldSeconds = Math.max(0, (now - startedAt) / 1000 - offsetSeconds);
  const remaining = Math.min(seconds, Math.ceil(seconds - heldSeconds));
  const settledCursor: RoutineCursor =
    remaining >= MIN_REMAINING_SECONDS
      ? { ...base(cursor), stage: 'paused', remainingSeconds: remaining }
      : { ...base(cursor), stage: 'released' };
  return withRoutine(state, settledCursor);
}
