/**
 * The conversation as a pure state machine: given the state, what the user did
 * and the time, it returns the next state and what to say. No SDK, no I/O.
 *
 * Speech is returned as keys and parameters (`Say`), rendered later, so the
 * same machine serves every locale and every speech pace. What the user is
 * asked at each point lives in prompts.ts; cursor moves in cursor.ts.
 */
import {
  HOLD_LIMITS,
  ROUNDS_PER_LEG,
  VARIANTS,
  clampHoldSeconds,
  holdCount,
  legOfHold,
  longerHold,
  roundOfHold,
  type ObstacleId,
  type VariantId,
} from '../routine/routine';
import { PACES } from '../vocabulary/pace';
import { lengthPhrase, legPhrase, say, variantName, wording, type Say, type SpeechRef } from '../vocabulary/say';
import {
  base,
  clearUnfinished,
  returnPhaseOf,
  finishedAllHolds,
  holdsDone,
  intoPositionFor,
  isPositioning,
  positioningSteps,
  resumePoint,
  startOfRoutine,
  towardNextHold,
  withPhase,
  withRoutine,
} from './cursor';
import type { MachineEvent } from './events';
import { settleHold } from './hold-clock';
import { menuPrompt, promptFor, promptReply, routinePrompt } from './prompts';
import type { MachineContext, Reply } from './reply';
import {
  answerReminderQuestion,
  cancelAsked,
  consentAnswered,
  offerAfterWrapUp,
  offersReminder,
  reminderOutcome,
  setReminderAsked,
  statusAsked,
  unclearTime,
} from './reminder';
import type { MachineState, Offer, RoutineCursor, UserProfile } from './types';
import { newUserProfile } from './profile';

/** An unfinished routine older than this is not offered for resume. */
export const RESUME_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Completed routines at one hold length before a longer hold is suggested. */
export const SESSIONS_BEFORE_LONGER_HOLD = 3;
/** Answers in a row not understood before the session ends kindly, place kept. */
export const MISSES_BEFORE_GIVING_UP = 3;

export function respond(state: MachineState, event: MachineEvent, ctx: MachineContext): Reply {
  const settled = settleHold(state, ctx.now);
  const reply = dispatch(settled, event, ctx);
  return withDoctorNotice(isMiss(event) ? reply : understood(reply), event);
}

function dispatch(state: MachineState, event: MachineEvent, ctx: MachineContext): Reply {
  switch (event.type) {
    case 'sessionEnded':
      return sessionEnded(state, ctx.now);
    case 'pain':
      return pain(state);
    case 'unwell':
      return stopForSafety(state, 'unwell.stop');
    case 'needHelp':
      return stopForSafety(state, 'needHelp.answer');
    case 'stop':
      return stop(state, ctx.now);
    case 'launch':
      return launch(state, ctx.now);
    case 'forget':
      return askForget(state);
    case 'help':
      return help(state);
    case 'repeat':
      return promptReply(state, []);
    case 'progress':
      return progress(state);
    case 'fallback':
      return recover(state);
    case 'slower':
    case 'faster':
      return changePace(state, event.type);
    case 'setHold':
      return isAskingTime(state) ? unclearTime(state) : setHold(state, event.seconds);
    case 'setReminder':
      return setReminderAsked(state, event);
    case 'cancelReminder':
      return cancelAsked(state);
    case 'reminderStatus':
      return statusAsked(state);
    case 'consent':
      return consentAnswered(state, event.answer);
    case 'outcome':
      return event.outcome.kind === 'userForgotten' ? forgotten(state, event.outcome.ok) : reminderOutcome(state, event.outcome);
    case 'choose':
      return event.variant ? choose(state, event.variant) : recover(state);
    case 'obstacle':
      return event.obstacle ? obstacle(state, event.obstacle) : recover(state);
    case 'pause':
      return pause(state);
    default:
      break;
  }
  switch (state.conversation.phase) {
    case 'confirmForget':
      return answerForget(state, event);
    case 'offerResume':
      return answerResume(state, event);
    case 'offerLonger':
      return answerLonger(state, event);
    case 'offerWay':
      return answerOffer(state, event);
    case 'offerReminder':
    case 'askReminderTime':
    case 'confirmReminderTime':
      return answerReminderQuestion(state, event) ?? repeatQuestion(state, event);
    case 'awaitConsent':
      // Something said while Alexa had the permission question: that question is over.
      return dispatch(withPhase(state, returnPhaseOf(state)), event, ctx);
    case 'routine':
      return routineEvent(state, event, ctx);
    default:
      return menuEvent(state, event, ctx.now);
  }
}

// ---------------------------------------------------------------- launch

function launch(state: MachineState, now: number): Reply {
  const { user } = state;
  const greeting = user.heardNotice ? [say('welcome.back')] : [say('welcome.new'), say('notice.doctor')];
  const fresh: MachineState = { ...state, user: { ...user, heardNotice: true }, conversation: { phase: 'menu' } };

  if (resumableUnfinished(user, now)) return promptReply(withPhase(fresh, 'offerResume'), greeting);
  const withoutStale = clearUnfinished(fresh);
  if (suggestsLongerHold(user)) return promptReply(withPhase(withoutStale, 'offerLonger'), greeting);
  return promptReply(offerUsualOrMenu(withoutStale), greeting);
}

function resumableUnfinished(user: UserProfile, now: number): boolean {
  const unfinished = user.unfinished;
  return unfinished !== undefined && now - unfinished.savedAt < RESUME_WINDOW_MS && resumePoint(unfinished.cursor) !== undefined;
}

function suggestsLongerHold(user: UserProfile): boolean {
  const { holdRun, prefs } = user;
  return (
    prefs.variant !== undefined &&
    holdRun.count >= SESSIONS_BEFORE_LONGER_HOLD &&
    holdRun.seconds === prefs.holdSeconds &&
    prefs.holdSeconds < HOLD_LIMITS.max
  );
}

/** "Your usual sitting stretch?" once a routine has been completed; the menu before that. */
function offerUsualOrMenu(state: MachineState): MachineState {
  const variant = state.user.prefs.variant;
  return variant ? withPhase(state, 'offerWay', { offer: { variant, reason: 'usual' } }) : withPhase(state, 'menu');
}

// ---------------------------------------------------------------- questions

function answerResume(state: MachineState, event: MachineEvent): Reply {
  const unfinished = state.user.unfinished;
  const point = unfinished && resumePoint(unfinished.cursor);
  if (isYes(event) && point) {
    const done = holdsDone(point);
    const lead = done > 0 ? say('resume.accepted', { done, total: holdCount(point.variant) }) : say('resume.acceptedNoHolds');
    // The stored place stays until a step of the picked-up routine is done, so walking away at once loses nothing.
    return promptReply(withRoutine(state, point), [lead]);
  }
  if (event.type === 'no' || event.type === 'startOver' || event.type === 'previous' || isYes(event)) {
    return promptReply(offerUsualOrMenu(clearUnfinished(state)), [say('resume.declined')]);
  }
  return promptReply(state, []);
}

function answerLonger(state: MachineState, event: MachineEvent): Reply {
  if (!isYes(event) && event.type !== 'no') return repeatQuestion(state, event);
  const current = state.user.prefs.holdSeconds;
  const seconds = isYes(event) ? longerHold(current) : current;
  const user: UserProfile = {
    ...state.user,
    prefs: { ...state.user.prefs, holdSeconds: seconds },
    holdRun: { seconds, count: 0 },
  };
  const next = { ...state, user };
  const note = say(isYes(event) ? 'longer.accepted' : 'longer.declined', { length: lengthPhrase(seconds) });
  const variant = user.prefs.variant;
  return variant ? startRoutine(next, variant, [note]) : promptReply(withPhase(next, 'menu'), [note]);
}

function answerOffer(state: MachineState, event: MachineEvent): Reply {
  const offer = state.conversation.offer;
  if (isYes(event) && offer) return startRoutine(state, offer.variant, []);
  if (event.type === 'no' || !offer) return promptReply(withPhase(state, 'menu'), []);
  return repeatQuestion(state, event);
}

function askForget(state: MachineState): Reply {
  return promptReply(withPhase(state, 'confirmForget', { returnPhase: returnPhaseOf(state) }), []);
}

function answerForget(state: MachineState, event: MachineEvent): Reply {
  if (event.type === 'yes') {
    // The daily reminder goes too: the handler deletes it before the data.
    const alertToken = state.user.reminder?.alertToken;
    return { state, say: [], session: 'silent', effect: alertToken ? { kind: 'forgetUser', alertToken } : { kind: 'forgetUser' } };
  }
  if (event.type === 'no') {
    return promptReply(withPhase(state, state.conversation.returnPhase ?? 'menu'), [say('forget.kept')]);
  }
  return promptReply(state, []);
}

/** After a confirmed "forget me": nothing is kept; or, if the delete failed, say so and keep everything as it was. */
function forgotten(state: MachineState, ok: boolean): Reply {
  if (!ok) return { state, say: [say('forget.failed')], session: 'end' };
  return { state: { user: newUserProfile(), conversation: { phase: 'ended' } }, say: [say('forget.done')], session: 'end' };
}

/** While the reminder's time is asked or confirmed, a bare number ("nine") is a time without AM or PM, not a hold length. */
function isAskingTime(state: MachineState): boolean {
  const { phase } = state.conversation;
  return phase === 'askReminderTime' || phase === 'confirmReminderTime';
}

/** Anything but yes or no to a question: navigation words go back to the menu, the rest hear the question again. */
function repeatQuestion(state: MachineState, event: MachineEvent): Reply {
  if (event.type === 'previous' || event.type === 'startOver') return promptReply(withPhase(state, 'menu'), []);
  return promptReply(state, []);
}

function isYes(event: MachineEvent): boolean {
  return event.type === 'yes' || event.type === 'ready' || event.type === 'next' || event.type === 'resume';
}

// ---------------------------------------------------------------- menu

function menuEvent(state: MachineState, event: MachineEvent, now: number): Reply {
  // "Alexa, ask hamstring coach to carry on": the user asks for the unfinished routine by name.
  if (event.type === 'resume' && resumableUnfinished(state.user, now)) return answerResume(state, event);
  const lead = isYes(event) ? [say('menu.needVariant')] : [];
  return promptReply(withPhase(state, 'menu'), lead);
}

function choose(state: MachineState, variant: VariantId): Reply {
  if (state.conversation.routine?.variant === variant && state.conversation.phase === 'routine') {
    return promptReply(state, [say('routine.alreadyDoing', { variant: variantName(variant) })]);
  }
  return startRoutine(clearUnfinished(state), variant, []);
}

function startRoutine(state: MachineState, variant: VariantId, lead: Say[]): Reply {
  const bothLegs = VARIANTS[variant].legs.length === 1;
  const intro = say(bothLegs ? 'routine.startBothLegs' : 'routine.start', {
    variant: variantName(variant),
    rounds: ROUNDS_PER_LEG,
    length: lengthPhrase(state.user.prefs.holdSeconds),
  });
  return promptReply(withRoutine(state, startOfRoutine(variant)), [...lead, intro]);
}

// ---------------------------------------------------------------- routine

function routineEvent(state: MachineState, event: MachineEvent, ctx: MachineContext): Reply {
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

function complete(state: MachineState, now: number, lead: Say[], offer = true): Reply {
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

function sessionEnded(state: MachineState, now: number): Reply {
  // A user who walks away after the last hold has still done the whole routine.
  const cursor = state.conversation.routine;
  if (cursor && finishedAllHolds(cursor)) return { ...complete(state, now, [], false), say: [], session: 'silent' };
  return { state, say: [], session: 'silent' };
}

// ---------------------------------------------------------------- safety

/** Pain during a routine stops it at once; said before any stretch, it is heard, and the lying-down way offered. */
function pain(state: MachineState): Reply {
  if (state.conversation.routine) return stopForSafety(state, 'pain.stop');
  const offer: Offer = { variant: 'LYING', reason: 'gentle' };
  return promptReply(withPhase(state, 'offerWay', { offer }), [say('pain.beforeStretch')]);
}

/** Stops everything, says what to do, and forgets the routine: nobody is offered to resume a stretch that hurt. */
function stopForSafety(state: MachineState, key: 'pain.stop' | 'unwell.stop' | 'needHelp.answer'): Reply {
  const stopped: MachineState = { user: { ...state.user, unfinished: undefined }, conversation: { phase: 'ended' } };
  return { state: stopped, say: [say(key)], session: 'end' };
}

// ---------------------------------------------------------------- obstacles

/** A way around what is in the user's way, where they are. */
function obstacle(state: MachineState, id: ObstacleId): Reply {
  const routine = state.conversation.phase === 'routine' ? state.conversation.routine : undefined;
  const way = routine ? VARIANTS[routine.variant] : undefined;
  switch (id) {
    case 'NO_STEP':
      if (way && way.id !== 'STANDING') return promptReply(state, [say('obstacle.noStepNeeded')]);
      return startRoutine(clearUnfinished(state), 'COUNTER', [say('obstacle.noStep')]);
    case 'CANT_STAND':
      if (way && !way.standing) return promptReply(state, [say('obstacle.noStandingNeeded')]);
      return startRoutine(clearUnfinished(state), 'SITTING', [say('obstacle.cantStand')]);
    case 'CANT_GET_DOWN':
      if (way) return promptReply(state, [say(way.onTheFloor ? 'obstacle.bedWorks' : 'obstacle.noFloorNeeded')]);
      return promptReply(withPhase(state, 'offerWay', { offer: { variant: 'SITTING', reason: 'seated' } }), [say('obstacle.cantGetDown')]);
    case 'CANT_REACH':
      return promptReply(state, [say('obstacle.cantReach')]);
    case 'NO_BELT':
      return promptReply(state, [say('obstacle.noBelt')]);
  }
}

// ---------------------------------------------------------------- anywhere

function stop(state: MachineState, now: number): Reply {
  const cursor = state.conversation.routine;
  if (cursor && finishedAllHolds(cursor)) {
    return { ...complete(state, now, [], false), say: [say('stop.goodbye')] };
  }
  return { state, say: [say(placeKept(state) ? 'stop.placeKept' : 'stop.goodbye')], session: 'end' };
}

/** Whether a later "open Hamstring Coach" will offer to carry on: from here, or from the place stored before. */
function placeKept(state: MachineState): boolean {
  return [state.conversation.routine, state.user.unfinished?.cursor].some((cursor) => cursor !== undefined && resumePoint(cursor) !== undefined);
}

/**
 * The microphone stays open only seconds, so "pause" never promises to wait:
 * it keeps the place and says both ways back, now or later.
 */
function pause(state: MachineState): Reply {
  const cursor = state.conversation.phase === 'routine' ? state.conversation.routine : undefined;
  if (!cursor) return { state, say: [say('pause.menu')], session: 'end' };
  if (cursor.stage === 'paused') return promptReply(state, []);
  const words = placeKept(state) ? say('pause.placeKept') : say('pause.notStarted');
  return { state, say: [words], reprompt: [say('pause.reprompt')], session: 'open' };
}

function progress(state: MachineState): Reply {
  const cursor = state.conversation.routine;
  const length = lengthPhrase(state.user.prefs.holdSeconds);
  if (!cursor) return promptReply(state, [say('progress.notStarted', { length })]);
  const { variant } = cursor;
  const total = holdCount(variant);
  const done = holdsDone(cursor);
  if (cursor.stage === 'paused') {
    const left = lengthPhrase(cursor.remainingSeconds ?? 0);
    const words = say('progress.paused', { legPhrase: legPhrase(legOfHold(variant, cursor.holdIndex)), length: left, done, total });
    return { state, say: [words], reprompt: [say('pause.reprompt')], session: 'open' };
  }
  const current = Math.min(done, total - 1);
  const words = say('progress.routine', {
    round: roundOfHold(variant, current),
    rounds: ROUNDS_PER_LEG,
    legPhrase: legPhrase(legOfHold(variant, current)),
    done,
    total,
    length,
  });
  return promptReply(state, [words]);
}

function changePace(state: MachineState, direction: 'slower' | 'faster'): Reply {
  const index = PACES.indexOf(state.user.prefs.pace);
  const target = direction === 'slower' ? index - 1 : index + 1;
  if (target < 0 || target >= PACES.length) {
    return promptReply(state, [say(direction === 'slower' ? 'pace.slowest' : 'pace.fastest')]);
  }
  const user = { ...state.user, prefs: { ...state.user.prefs, pace: PACES[target] } };
  return promptReply({ ...state, user }, [say(direction === 'slower' ? 'pace.slower' : 'pace.faster')]);
}

function setHold(state: MachineState, requested: number | undefined): Reply {
  if (requested === undefined || !Number.isFinite(requested)) {
    return promptReply(state, [say('holdTime.missing')]);
  }
  const { seconds, clamped } = clampHoldSeconds(requested);
  const user = { ...state.user, prefs: { ...state.user.prefs, holdSeconds: seconds } };
  const next = { ...state, user };
  // A suggestion to hold longer makes no sense once the user has chosen a length.
  const settled = state.conversation.phase === 'offerLonger' ? offerUsualOrMenu(next) : next;
  const note = clamped === 'up' ? say('holdTime.tooShort') : clamped === 'down' ? say('holdTime.tooLong') : say('holdTime.set', { length: lengthPhrase(seconds) });
  return promptReply(settled, [note]);
}

/** Help about where the user is, short, ending with what they can say or are asked. */
function help(state: MachineState): Reply {
  const { phase, routine } = state.conversation;
  const prompt = promptFor(state);
  if (phase === 'routine' && routine) {
    return { state, say: [helpInRoutine(routine)], reprompt: prompt.reprompt, session: 'open' };
  }
  const about =
    phase === 'menu' || phase === 'ended' ? say('help.menu') : phase === 'askReminderTime' ? say('reminder.askTimeReprompt') : say('help.question');
  return { state, say: [about], ask: prompt.ask, reprompt: prompt.reprompt, session: 'open' };
}

function helpInRoutine(cursor: RoutineCursor): SpeechRef {
  if (isPositioning(cursor)) return say('help.step', { step: cursor.step + 1, steps: positioningSteps(cursor) });
  if (cursor.stage === 'paused') return say('help.paused');
  if (finishedAllHolds(cursor)) return say('help.allHoldsDone');
  return say('help.released', { legPhrase: legPhrase(legOfHold(cursor.variant, holdsDone(cursor))) });
}

// ---------------------------------------------------------------- not understood

function isMiss(event: MachineEvent): boolean {
  return event.type === 'fallback' || (event.type === 'choose' && !event.variant) || (event.type === 'obstacle' && !event.obstacle);
}

/**
 * An answer that was not understood: first a brief re-ask with what to say,
 * then an offer of help, then the session ends kindly with the place kept.
 * Each time the words differ, so nobody hears the same sentence twice in a row.
 */
function recover(state: MachineState): Reply {
  const misses = (state.conversation.misses ?? 0) + 1;
  const prompt = state.conversation.phase === 'ended' ? menuPrompt() : promptFor(state);
  if (misses >= MISSES_BEFORE_GIVING_UP) {
    return { state, say: [say(placeKept(state) ? 'recover.giveUpPlaceKept' : 'recover.giveUp')], session: 'end' };
  }
  const counted: MachineState = { ...state, conversation: { ...state.conversation, misses } };
  if (misses === 1) return { state: counted, say: [say('recover.sorry')], ask: prompt.reprompt, reprompt: prompt.reprompt, session: 'open' };
  const ask = prompt.ask.length > 0 ? prompt.ask : prompt.reprompt;
  return { state: counted, say: [say('recover.offerHelp')], ask, reprompt: prompt.reprompt, session: 'open' };
}

/** An understood turn starts the count of misunderstandings again. */
function understood(reply: Reply): Reply {
  if (reply.state.conversation.misses === undefined) return reply;
  const conversation = { ...reply.state.conversation };
  delete conversation.misses;
  return { ...reply, state: { ...reply.state, conversation } };
}

/**
 * First contact, however it starts (a one-shot "ask hamstring coach for the
 * sitting stretch" skips the launch), hears the doctor notice once.
 */
function withDoctorNotice(reply: Reply, event: MachineEvent): Reply {
  if (reply.state.user.heardNotice || reply.session !== 'open' || event.type === 'launch') return reply;
  return {
    ...reply,
    say: [say('notice.doctor'), ...reply.say],
    state: { ...reply.state, user: { ...reply.state.user, heardNotice: true } },
  };
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
