/**
 * Moving through a routine: choosing a way, the steps one at a time, the timed
 * hold of each leg, going back, and the wrap-up when every hold is done.
 */
import { ROUNDS_PER_LEG, VARIANTS, legOfHold, roundOfHold, type VariantId } from '../routine/routine';
import { lengthPhrase, legPhrase, say, variantName, wording, type Say } from '../vocabulary/say';
import { base, clearUnfinished, finishedAllHolds, intoPositionFor, isPositioning, positioningSteps, startOfRoutine, towardNextHold, withPhase, withRoutine } from './cursor';
import type { MachineEvent } from './events';
import { promptReply, routinePrompt } from './prompts';
import type { MachineContext, Reply } from './reply';
import type { MachineState, RoutineCursor, UserProfile } from './types';
import { offerAfterWrapUp, offersReminder } from './reminder';

export function choose(state: MachineState, variant: VariantId): Reply {
  if (state.conversation.routine?.variant === variant && state.conversation.phase === 'routine') {
    return promptReply(state, [say('routine.alreadyDoing', { variant: variantName(variant) })]);
  }
  return startRoutine(clearUnfinished(state), variant, []);
}

export function startRoutine(state: MachineState, variant: VariantId, lead: Say[]): Reply {
  const bothLegs = VARIANTS[variant].legs.length === 1;
  const intro = say(bothLegs ? 'routine.startBothLegs' : 'routine.start', {
    variant: variantName(variant),
    rounds: ROUNDS_PER_LEG,
    length: lengthPhrase(state.user.prefs.holdSeconds),
  });
  return promptReply(withRoutine(state, startOfRoutine(variant)), [...lead, intro]);
}

export function routineEvent(state: MachineState, event: MachineEvent, ctx: MachineContext): Reply {
  const cursor = state.conversation.routine;
  if (!cursor) return promptReply(withPhase(state, 'menu'), []);
  switch (event.type) {
    case 'ready':
    case 'yes':
      return forward(state, cursor, ctx, []);
    case 'next':
      return cursor.stage === 'paused'
        ? forward(state, { ...base(cursor), stage: 'released', step: 0 }, ctx, [say('routine.skipHold')])
        : forward(state, cursor, ctx, []);
    case 'resume':
      return cursor.stage === 'paused' || cursor.stage === 'released'
        ? forward(state, cursor, ctx, [])
        : promptReply(state, [say('routine.carryOn')]);
    case 'no':
      return promptReply(state, [say('routine.noRush')]);
    case 'previous':
      return back(state, cursor);
    case 'startOver':
      return promptReply(withRoutine(state, startOfRoutine(cursor.variant)), [
        say('routine.startOver', { variant: variantName(cursor.variant) }),
      ]);
    default:
      return promptReply(state, []);
  }
}

function forward(state: MachineState, cursor: RoutineCursor, ctx: MachineContext, lead: Say[]): Reply {
  if (isPositioning(cursor)) {
    if (cursor.step + 1 < positioningSteps(cursor)) {
      return promptReply(withRoutine(state, { ...cursor, step: cursor.step + 1 }), lead);
    }
    return hold(state, cursor, state.user.prefs.holdSeconds, false, ctx, lead);
  }
  if (cursor.stage === 'paused') {
    return hold(state, cursor, cursor.remainingSeconds ?? state.user.prefs.holdSeconds, true, ctx, lead);
  }
  if (finishedAllHolds(cursor)) return complete(state, ctx.now, lead);
  return promptReply(withRoutine(state, towardNextHold(cursor)), lead);
}

function back(state: MachineState, cursor: RoutineCursor): Reply {
  if (isPositioning(cursor) && cursor.step > 0) {
    return promptReply(withRoutine(state, { ...cursor, step: cursor.step - 1 }), []);
  }
  if (cursor.stage === 'released' || cursor.stage === 'paused') {
    // Doing a hold again starts with getting back into position, at the user's own pace.
    return promptReply(withRoutine(state, intoPositionFor(cursor.variant, cursor.holdIndex)), [say('routine.redoHold')]);
  }
  return promptReply(state, [say('routine.firstStep')]);
}

/**
 * One response holds one leg: lead-in, the timed hold, release, and then the
 * question (or, after the last hold, whether to finish). The question comes
 * after the hold, so the microphone opens only when the hold is over.
 */
function hold(state: MachineState, cursor: RoutineCursor, seconds: number, resumed: boolean, ctx: MachineContext, lead: Say[]): Reply {
  const { variant, holdIndex } = cursor;
  const leg = legPhrase(legOfHold(variant, holdIndex));
  const length = lengthPhrase(seconds);
  const leadIn = resumed
    ? say('hold.leadInResumed', { legPhrase: leg, length })
    : say('hold.leadIn', { round: roundOfHold(variant, holdIndex), rounds: ROUNDS_PER_LEG, legPhrase: leg, length });
  const before = [...lead, leadIn];
  const body: Say[] = [{ hold: { variant, seconds, holdIndex } }, say(wording('hold.release', holdIndex)), say(wording('hold.praise', holdIndex))];
  const holding: RoutineCursor = {
    ...base(cursor),
    stage: 'holding',
    step: 0,
    hold: { startedAt: ctx.now, offsetSeconds: ctx.speechSeconds(before, state), seconds },
  };
  // Even the last hold keeps the session open, so "Alexa, it hurts" during it still reaches the skill.
  const after = routinePrompt({ ...holding, stage: 'released' });
  return { state: withRoutine(state, holding), say: [...before, ...body], ask: after.ask, reprompt: after.reprompt, session: 'open' };
}

/** The wrap-up; `offer` false when it is not heard (stop, walking away), so the reminder offer is not made. */
export function complete(state: MachineState, now: number, lead: Say[], offer = true): Reply {
  const { user } = state;
  const today = utcDay(now);
  const days =
    user.streak.lastDay === today
      ? Math.max(1, user.streak.days)
      : user.streak.lastDay === utcDay(now - 86_400_000)
        ? user.streak.days + 1
        : 1;
  const seconds = user.prefs.holdSeconds;
  const variant = state.conversation.routine?.variant ?? user.prefs.variant;
  const finished: UserProfile = {
    ...user,
    prefs: { ...user.prefs, variant },
    unfinished: undefined,
    completedSessions: user.completedSessions + 1,
    streak: { days, lastDay: today },
    holdRun: { seconds, count: user.holdRun.seconds === seconds ? user.holdRun.count + 1 : 1 },
  };
  const turn = user.completedSessions;
  const streak = days >= 2 ? [say('wrapUp.streak', { count: days })] : [];
  const wrapUp = [...lead, say(wording('wrapUp.done', turn)), ...streak, say(wording('wrapUp.tip', turn))];
  const done: MachineState = { user: finished, conversation: { phase: 'ended' } };
  // The first completed routine asks about a daily reminder before goodbye (once per user).
  if (offer && offersReminder(state)) return offerAfterWrapUp(done, wrapUp);
  return { state: done, say: [...wrapUp, say(wording('wrapUp.goodbye', turn))], session: 'end' };
}

export function sessionEnded(state: MachineState, now: number): Reply {
  // A user who walks away after the last hold has still done the whole routine.
  const cursor = state.conversation.routine;
  if (cursor && finishedAllHolds(cursor)) return { ...complete(state, now, [], false), say: [], session: 'silent' };
  return { state, say: [], session: 'silent' };
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
