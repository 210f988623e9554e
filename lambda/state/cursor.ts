/**
 * The routine cursor: where in a routine the user is, and the state changes
 * that move it or set the conversation's phase. Pure helpers for the machine.
 */
import { VARIANTS, holdCount, type VariantId } from '../routine/routine';
import { SIDE_QUESTIONS, type Conversation, type MachineState, type Offer, type Phase, type RoutineCursor } from './types';

/** The cursor without its hold clock or time left: where the user is, nothing more. */
export function base(cursor: RoutineCursor): RoutineCursor {
  return { variant: cursor.variant, holdIndex: cursor.holdIndex, stage: cursor.stage, step: cursor.step };
}

export function isPositioning(cursor: RoutineCursor): boolean {
  return cursor.stage === 'setup' || cursor.stage === 'switch';
}

/** How many steps the cursor's positioning stage has. */
export function positioningSteps(cursor: RoutineCursor): number {
  const variant = VARIANTS[cursor.variant];
  return cursor.stage === 'setup' ? variant.setupSteps : variant.switchSteps;
}

/** Holds finished so far: a released hold counts, one under way or paused does not. */
export function holdsDone(cursor: RoutineCursor): number {
  return cursor.stage === 'released' ? cursor.holdIndex + 1 : cursor.holdIndex;
}

/** At least one step was done: only then is there a place worth keeping. */
export function progressed(cursor: RoutineCursor): boolean {
  return cursor.holdIndex > 0 || cursor.stage !== 'setup' || cursor.step > 0;
}

/** Every hold is done; only the user's go-ahead for the wrap-up is missing. */
export function finishedAllHolds(cursor: RoutineCursor): boolean {
  return holdsDone(cursor) >= holdCount(cursor.variant);
}

/**
 * Where to pick an unfinished routine up: someone who has just walked back to
 * the speaker starts the current leg's whole setup, not the middle of a switch.
 */
export function resumePoint(cursor: RoutineCursor): RoutineCursor | undefined {
  if (!progressed(cursor) || finishedAllHolds(cursor)) return undefined;
  return { variant: cursor.variant, holdIndex: holdsDone(cursor), stage: 'setup', step: 0 };
}

/** The last positioning step before a hold: the position to get back into to do it again. */
export function intoPositionFor(variant: VariantId, holdIndex: number): RoutineCursor {
  return { variant, holdIndex, stage: 'setup', step: VARIANTS[variant].setupSteps - 1 };
}

/** The first step toward the hold after this one. */
export function towardNextHold(cursor: RoutineCursor): RoutineCursor {
  return { variant: cursor.variant, holdIndex: cursor.holdIndex + 1, stage: 'switch', step: 0 };
}

export function startOfRoutine(variant: VariantId): RoutineCursor {
  return { variant, holdIndex: 0, stage: 'setup', step: 0 };
}

export function withRoutine(state: MachineState, routine: RoutineCursor): MachineState {
  return { ...state, conversation: { phase: 'routine', routine } };
}

/**
 * Moves the conversation to another phase. What belongs to a phase goes with
 * it: the routine stays for the routine (and while a side question such as
 * "forget me?" is asked), the offer for its question; a side question keeps
 * where to return to, given or already known.
 */
export function withPhase(state: MachineState, phase: Phase, extra: { returnPhase?: Phase; offer?: Offer } = {}): MachineState {
  const { routine, offer } = state.conversation;
  const conversation: Conversation = { phase };
  const aside = isSideQuestion(phase);
  if (routine && (phase === 'routine' || aside)) conversation.routine = routine;
  const keptOffer = extra.offer ?? offer;
  if (keptOffer && (phase === 'offerWay' || aside)) conversation.offer = keptOffer;
  if (aside) conversation.returnPhase = extra.returnPhase ?? state.conversation.returnPhase ?? 'menu';
  return { ...state, conversation };
}

export function isSideQuestion(phase: Phase): boolean {
  return SIDE_QUESTIONS.includes(phase);
}

/** Where the conversation goes back to once a side question is answered: from one, where it was asked; otherwise here. */
export function returnPhaseOf(state: MachineState): Phase {
  const { phase, returnPhase } = state.conversation;
  return isSideQuestion(phase) ? (returnPhase ?? 'menu') : phase;
}

export function clearUnfinished(state: MachineState): MachineState {
  return state.user.unfinished ? { ...state, user: { ...state.user, unfinished: undefined } } : state;
}

/** Whether a later "open Hamstring Coach" will offer to carry on: from here, or from the place stored before. */
export function placeKept(state: MachineState): boolean {
  return [state.conversation.routine, state.user.unfinished?.cursor].some((cursor) => cursor !== undefined && resumePoint(cursor) !== undefined);
}
