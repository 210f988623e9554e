/**
 * The conversation as a pure state machine: given the state, what the user did
 * and the time, it returns the next state and what to say. No SDK, no I/O.
 *
 * Speech is returned as keys and parameters (`Say`), rendered later, so the
 * same machine serves every locale and every speech pace.
 */
import {
  VARIANTS,
  HOLD_LIMITS,
  ROUNDS_PER_LEG,
  VariantId,
  clampHoldSeconds,
  holdCount,
  legOfHold,
  longerHold,
  otherLeg,
  roundOfHold,
} from '../routine/routine';
import type { SpeechKey } from '../speech/locales/en-US';
import { PACES } from '../speech/timing/pace';
import type { MachineEvent } from './events';
import type { Conversation, MachineState, Phase, RoutineCursor, UserProfile } from './types';

export type SpeechParams = Record<string, string | number>;

/** A hold to time: the composer turns it into pauses and cues. */
export interface HoldPlan {
  variant: VariantId;
  seconds: number;
}

export type Say = { key: SpeechKey; params?: SpeechParams } | { hold: HoldPlan };

export interface Reply {
  state: MachineState;
  say: Say[];
  /** The question the response ends with; also said again as the reprompt. */
  ask?: Say[];
  reprompt?: Say[];
  endSession: boolean;
  /** The user confirmed "forget me": delete everything stored about them. */
  forgetUser?: boolean;
}

export interface MachineContext {
  /** Request time, ms since epoch. */
  now: number;
  /** How long the given speech takes to say at the user's pace, in seconds. */
  speechSeconds(say: Say[], state: MachineState): number;
}

/** An unfinished routine older than this is not offered for resume. */
export const RESUME_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Completed routines at one hold length before a longer hold is suggested. */
export const SESSIONS_BEFORE_LONGER_HOLD = 3;
/** A hold interrupted with less than this left counts as finished. */
const MIN_REMAINING_SECONDS = 3;

export function newUserProfile(): UserProfile {
  return {
    heardNotice: false,
    prefs: { holdSeconds: HOLD_LIMITS.default, pace: 'normal' },
    completedSessions: 0,
    streak: { days: 0 },
    holdRun: { seconds: HOLD_LIMITS.default, count: 0 },
  };
}

export function initialState(user: UserProfile): MachineState {
  return { user, conversation: { phase: 'menu' } };
}

interface Prompt {
  say: Say[];
  ask: Say[];
  reprompt: Say[];
}

const say = (key: SpeechKey, params?: SpeechParams): Say => (params ? { key, params } : { key });

export function respond(state: MachineState, event: MachineEvent, ctx: MachineContext): Reply {
  const settled = settleHold(state, ctx.now);
  const reply = dispatch(settled, event, ctx);
  return withDoctorNotice(reply, event);
}

/**
 * The lead-in before a hold is speech, timed by the model; a voice may be this
 * much slower. The hold after it is exact (an APLA timeline of pauses).
 */
const LEAD_IN_SLACK = 1.25;

/**
 * A hold response may have been cut short by the wake word ("Alexa, pause").
 * The request timestamps tell how far into the response the user got; the
 * hold starts after the lead-in and runs exactly its seconds. The lead-in's
 * length is only estimated, so it is taken as long as a slower voice would
 * make it: the estimate errs toward less held, and so toward holding longer.
 * What is still owed becomes a paused hold, otherwise the hold counts as done.
 */
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

function dispatch(state: MachineState, event: MachineEvent, ctx: MachineContext): Reply {
  const { phase } = state.conversation;
  switch (event.type) {
    case 'sessionEnded': {
      // A user who walks away after the last hold has still done the whole routine.
      const cursor = state.conversation.routine;
      if (cursor && finishedAllHolds(cursor)) return { ...complete(state, ctx.now, []), say: [] };
      return { state, say: [], endSession: true };
    }
    case 'pain':
      return painStop(state);
    case 'stop':
      return stop(state, ctx.now);
    case 'launch':
      return launch(state, ctx.now);
    case 'forget':
      return promptReply(withPhase(state, 'confirmForget', phase === 'confirmForget' ? state.conversation.returnPhase : phase), []);
    case 'help':
      return help(state);
    case 'fallback':
      return fallback(state);
    case 'slower':
    case 'faster':
      return changePace(state, event.type);
    case 'setHold':
      return setHold(state, event.seconds);
    case 'choose':
      return choose(state, event.variant);
    default:
      break;
  }
  switch (phase) {
    case 'confirmForget':
      return answerForget(state, event);
    case 'offerResume':
      return answerResume(state, event);
    case 'offerLonger':
      return answerLonger(state, event);
    case 'offerUsual':
      return answerUsual(state, event);
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
  if (user.prefs.variant) return promptReply(withPhase(withoutStale, 'offerUsual'), greeting);
  return promptReply(withoutStale, greeting);
}

function resumableUnfinished(user: UserProfile, now: number): boolean {
  const unfinished = user.unfinished;
  return unfinished !== undefined && now - unfinished.savedAt < RESUME_WINDOW_MS && resumePoint(unfinished.cursor) !== undefined;
}

function suggestsLongerHold(user: UserProfile): boolean {
  const { holdRun, prefs } = user;
  return (
    holdRun.count >= SESSIONS_BEFORE_LONGER_HOLD &&
    holdRun.seconds === prefs.holdSeconds &&
    prefs.holdSeconds < HOLD_LIMITS.max
  );
}

/** Where to pick an unfinished routine up: back in position before the hold it was on. */
export function resumePoint(cursor: RoutineCursor): RoutineCursor | undefined {
  if (cursor.stage === 'setup' || cursor.stage === 'switch') return base(cursor);
  if (cursor.stage === 'released') {
    const next = cursor.holdIndex + 1;
    return next < holdCount() ? { variant: cursor.variant, holdIndex: next, stage: 'switch', step: 0 } : undefined;
  }
  return lastStepBeforeHold(cursor.variant, cursor.holdIndex);
}

function lastStepBeforeHold(variant: VariantId, holdIndex: number): RoutineCursor {
  const stage = holdIndex === 0 ? 'setup' : 'switch';
  const steps = stage === 'setup' ? VARIANTS[variant].setupSteps : VARIANTS[variant].switchSteps;
  return { variant, holdIndex, stage, step: steps - 1 };
}

// ---------------------------------------------------------------- questions

function answerResume(state: MachineState, event: MachineEvent): Reply {
  const unfinished = state.user.unfinished;
  const point = unfinished && resumePoint(unfinished.cursor);
  if (isYes(event) && point) {
    const resumed = withRoutine(clearUnfinished(state), point);
    return promptReply(resumed, [say('resume.accepted')]);
  }
  if (event.type === 'no' || event.type === 'startOver' || event.type === 'previous' || (isYes(event) && !point)) {
    const fresh = withPhase(clearUnfinished(state), state.user.prefs.variant ? 'offerUsual' : 'menu');
    return promptReply(fresh, [say('resume.declined')]);
  }
  return repeatQuestion(state, event);
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
  const note = say(isYes(event) ? 'longer.accepted' : 'longer.declined', { count: seconds });
  const variant = user.prefs.variant;
  return variant ? startRoutine(next, variant, [note]) : promptReply(withPhase(next, 'menu'), [note]);
}

function answerUsual(state: MachineState, event: MachineEvent): Reply {
  const variant = state.user.prefs.variant;
  if (isYes(event) && variant) return startRoutine(state, variant, []);
  if (event.type === 'no' || !variant) return promptReply(withPhase(state, 'menu'), []);
  return repeatQuestion(state, event);
}

function answerForget(state: MachineState, event: MachineEvent): Reply {
  if (event.type === 'yes') {
    const forgotten: MachineState = { user: newUserProfile(), conversation: { phase: 'ended' } };
    return { state: forgotten, say: [say('forget.done')], endSession: true, forgetUser: true };
  }
  const returnTo = state.conversation.returnPhase ?? 'menu';
  if (event.type === 'no') {
    return promptReply(withPhase(state, returnTo), [say('forget.kept')]);
  }
  return promptReply(state, []);
}

/** The delete after a confirmed "forget me" failed: say so, and keep everything as it was. */
export function forgetFailed(state: MachineState): Reply {
  return { state, say: [say('forget.failed')], endSession: true };
}

/** Anything but yes or no to a question: navigation words get the question again. */
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

function choose(state: MachineState, variant: VariantId | undefined): Reply {
  const inRoutine = state.conversation.phase === 'routine';
  if (!variant) {
    return promptReply(inRoutine ? state : withPhase(state, 'menu'), [say('menu.unknownVariant')]);
  }
  if (state.conversation.routine?.variant === variant) {
    return promptReply(withPhase(state, 'routine'), [say('routine.alreadyDoing', { variant: variantParam(variant) })]);
  }
  return startRoutine(clearUnfinished(state), variant, []);
}

function startRoutine(state: MachineState, variant: VariantId, lead: Say[]): Reply {
  const user: UserProfile = { ...state.user, prefs: { ...state.user.prefs, variant } };
  const cursor: RoutineCursor = { variant, holdIndex: 0, stage: 'setup', step: 0 };
  const next = withRoutine({ ...state, user }, cursor);
  const intro = say('routine.start', {
    variant: variantParam(variant),
    rounds: ROUNDS_PER_LEG,
    count: user.prefs.holdSeconds,
  });
  return promptReply(next, [...lead, intro]);
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
      return back(state, cursor, ctx);
    case 'startOver':
      return startOver(state, cursor);
    case 'pause':
      return pause(state, cursor);
    default:
      return promptReply(state, []);
  }
}

function forward(state: MachineState, cursor: RoutineCursor, ctx: MachineContext, lead: Say[]): Reply {
  const variant = VARIANTS[cursor.variant];
  switch (cursor.stage) {
    case 'setup':
    case 'switch': {
      const steps = cursor.stage === 'setup' ? variant.setupSteps : variant.switchSteps;
      if (cursor.step + 1 < steps) {
        return promptReply(withRoutine(state, { ...cursor, step: cursor.step + 1 }), lead);
      }
      return hold(state, cursor, state.user.prefs.holdSeconds, false, ctx, lead);
    }
    case 'paused':
      return hold(state, cursor, cursor.remainingSeconds ?? state.user.prefs.holdSeconds, true, ctx, lead);
    default: {
      const next = cursor.holdIndex + 1;
      if (next >= holdCount()) return complete(state, ctx.now, lead);
      return promptReply(withRoutine(state, { variant: cursor.variant, holdIndex: next, stage: 'switch', step: 0 }), lead);
    }
  }
}

function back(state: MachineState, cursor: RoutineCursor, ctx: MachineContext): Reply {
  if ((cursor.stage === 'setup' || cursor.stage === 'switch') && cursor.step > 0) {
    return promptReply(withRoutine(state, { ...cursor, step: cursor.step - 1 }), []);
  }
  if (cursor.stage === 'released' || cursor.stage === 'paused') {
    return hold(state, cursor, state.user.prefs.holdSeconds, false, ctx, [say('routine.redoHold')]);
  }
  return promptReply(state, [say('routine.firstStep')]);
}

function startOver(state: MachineState, cursor: RoutineCursor): Reply {
  const restarted = withRoutine(state, { variant: cursor.variant, holdIndex: 0, stage: 'setup', step: 0 });
  return promptReply(restarted, [say('routine.startOver', { variant: variantParam(cursor.variant) })]);
}

function pause(state: MachineState, cursor: RoutineCursor): Reply {
  if (cursor.stage === 'paused') return promptReply(state, []);
  return { state, say: [say('pause.waiting')], ask: [say('pause.ask')], reprompt: [say('pause.ask')], endSession: false };
}

/**
 * One response holds one leg: lead-in, the timed hold, release, and then the
 * question (or, after the last hold, the wrap-up). The question comes after
 * the pauses, so the microphone opens only when the hold is over.
 */
function hold(
  state: MachineState,
  cursor: RoutineCursor,
  seconds: number,
  resumed: boolean,
  ctx: MachineContext,
  lead: Say[],
): Reply {
  const leg = legParam(legOfHold(cursor.holdIndex));
  const leadIn = resumed
    ? say('hold.leadInResumed', { leg, count: seconds })
    : say('hold.leadIn', { leg, round: roundOfHold(cursor.holdIndex), rounds: ROUNDS_PER_LEG, count: seconds });
  const before = [...lead, leadIn];
  const body: Say[] = [{ hold: { variant: cursor.variant, seconds } }, say('hold.release')];
  const holding: RoutineCursor = {
    ...base(cursor),
    stage: 'holding',
    step: 0,
    hold: { startedAt: ctx.now, offsetSeconds: ctx.speechSeconds(before, state), seconds },
  };

  // Even the last hold keeps the session open, so "Alexa, it hurts" during it still reaches the skill.
  const after = routinePrompt({ ...holding, stage: 'released' });
  return { state: withRoutine(state, holding), say: [...before, ...body], ask: after.ask, reprompt: after.reprompt, endSession: false };
}

function complete(state: MachineState, now: number, lead: Say[]): Reply {
  const { user } = state;
  const today = utcDay(now);
  const days =
    user.streak.lastDay === today
      ? Math.max(1, user.streak.days)
      : user.streak.lastDay === utcDay(now - 86_400_000)
        ? user.streak.days + 1
        : 1;
  const seconds = user.prefs.holdSeconds;
  const finished: UserProfile = {
    ...user,
    unfinished: undefined,
    completedSessions: user.completedSessions + 1,
    streak: { days, lastDay: today },
    holdRun: { seconds, count: user.holdRun.seconds === seconds ? user.holdRun.count + 1 : 1 },
  };
  const streak = days >= 2 ? [say('wrapUp.streak', { count: days })] : [];
  return {
    state: { user: finished, conversation: { phase: 'ended' } },
    say: [...lead, say('wrapUp.done', { rounds: ROUNDS_PER_LEG }), ...streak, say('wrapUp.tip'), say('wrapUp.goodbye')],
    endSession: true,
  };
}

// ---------------------------------------------------------------- anywhere

function painStop(state: MachineState): Reply {
  const stopped: MachineState = {
    user: { ...state.user, unfinished: undefined },
    conversation: { phase: 'ended' },
  };
  return { state: stopped, say: [say('pain.stop')], endSession: true };
}

function stop(state: MachineState, now: number): Reply {
  const cursor = state.conversation.routine;
  if (cursor && finishedAllHolds(cursor)) {
    return { ...complete(state, now, []), say: [say('stop.goodbye')] };
  }
  const waiting = cursor ?? state.user.unfinished?.cursor;
  const placeKept = waiting !== undefined && resumePoint(waiting) !== undefined;
  return { state, say: [say(placeKept ? 'stop.placeKept' : 'stop.goodbye')], endSession: true };
}

/** Every hold is done; only the user's go-ahead for the wrap-up is missing. */
function finishedAllHolds(cursor: RoutineCursor): boolean {
  return cursor.stage === 'released' && cursor.holdIndex + 1 >= holdCount();
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
  const settled = state.conversation.phase === 'offerLonger' ? withPhase(next, user.prefs.variant ? 'offerUsual' : 'menu') : next;
  return promptReply(settled, [say(clamped ? 'holdTime.clamped' : 'holdTime.set', { count: seconds })]);
}

function help(state: MachineState): Reply {
  const { phase, routine } = state.conversation;
  const about: Say[] = [];
  if (phase === 'routine' && routine) {
    about.push(...whereInRoutine(routine), say(`help.variant.${routine.variant}`));
  } else if (isQuestion(phase)) {
    about.push(say('help.question'));
  } else {
    about.push(say('help.about'));
  }
  const prompt = promptFor(state);
  return {
    state,
    say: [...about, say('help.commands'), say('notice.doctor')],
    ask: prompt.ask,
    reprompt: prompt.reprompt,
    endSession: false,
  };
}

function whereInRoutine(cursor: RoutineCursor): Say[] {
  const variant = VARIANTS[cursor.variant];
  switch (cursor.stage) {
    case 'setup':
    case 'switch':
      return [
        say('help.step', {
          variant: variantParam(cursor.variant),
          step: cursor.step + 1,
          steps: cursor.stage === 'setup' ? variant.setupSteps : variant.switchSteps,
        }),
      ];
    case 'paused':
      return [say('help.paused', { count: cursor.remainingSeconds ?? 0, leg: legParam(legOfHold(cursor.holdIndex)) })];
    default: {
      if (finishedAllHolds(cursor)) return [say('help.allHoldsDone')];
      const next = cursor.holdIndex + 1;
      return [say('help.released', { round: roundOfHold(next), leg: legParam(legOfHold(next)) })];
    }
  }
}

function fallback(state: MachineState): Reply {
  const { phase, routine } = state.conversation;
  const options = isQuestion(phase)
    ? say('fallback.question')
    : phase === 'routine' && routine
      ? say(routine.stage === 'paused' ? 'fallback.paused' : 'fallback.step')
      : say('fallback.menu');
  const prompt = promptFor(state);
  return { state, say: [say('fallback.intro'), options], ask: prompt.ask, reprompt: prompt.reprompt, endSession: false };
}

function isQuestion(phase: Phase): boolean {
  return phase === 'offerUsual' || phase === 'offerResume' || phase === 'offerLonger' || phase === 'confirmForget';
}

// ---------------------------------------------------------------- prompts

/** What the user is being asked right now; Repeat says it again. */
export function promptFor(state: MachineState): Prompt {
  const { conversation, user } = state;
  switch (conversation.phase) {
    case 'offerUsual': {
      const params = { variant: variantParam(user.prefs.variant ?? 'SITTING'), count: user.prefs.holdSeconds };
      return question(say('usual.question', params), say('usual.reprompt', params));
    }
    case 'offerResume': {
      const cursor = user.unfinished && resumePoint(user.unfinished.cursor);
      const params = cursor
        ? { variant: variantParam(cursor.variant), leg: legParam(legOfHold(cursor.holdIndex)) }
        : { variant: variantParam('SITTING'), leg: legParam('right') };
      return question(say('resume.question', params), say('resume.reprompt'));
    }
    case 'offerLonger': {
      const count = user.prefs.holdSeconds;
      const params = { count, longer: longerHold(count), sessions: user.holdRun.count };
      return question(say('longer.question', params), say('longer.reprompt', params));
    }
    case 'confirmForget':
      return question(say('forget.confirm'), say('forget.reprompt'));
    case 'routine':
      if (conversation.routine) return routinePrompt(conversation.routine);
      return question(say('menu.question'), say('menu.reprompt'));
    default:
      return question(say('menu.question'), say('menu.reprompt'));
  }
}

function routinePrompt(cursor: RoutineCursor): Prompt {
  const leg = legParam(legOfHold(cursor.holdIndex));
  switch (cursor.stage) {
    case 'setup':
    case 'switch': {
      const otherLegName = legParam(otherLeg(legOfHold(cursor.holdIndex)));
      const step = say(`${cursor.stage}.${cursor.variant}.${cursor.step}` as SpeechKey, { leg, otherLeg: otherLegName });
      return { say: [step], ask: [say('step.askReady')], reprompt: [say('step.reprompt')] };
    }
    case 'paused':
      return {
        say: [say('pause.hold', { count: cursor.remainingSeconds ?? 0, leg })],
        ask: [say('pause.ask')],
        reprompt: [say('pause.ask')],
      };
    default: {
      if (finishedAllHolds(cursor)) return question(say('hold.askFinish'), say('hold.repromptFinish'));
      const next = cursor.holdIndex + 1;
      const nextLeg = legParam(legOfHold(next));
      return question(say('hold.askNext', { round: roundOfHold(next), leg: nextLeg }), say('hold.repromptNext', { leg: nextLeg }));
    }
  }
}

function question(ask: Say, reprompt: Say): Prompt {
  return { say: [], ask: [ask], reprompt: [reprompt] };
}

function promptReply(state: MachineState, lead: Say[]): Reply {
  const prompt = promptFor(state);
  return { state, say: [...lead, ...prompt.say], ask: prompt.ask, reprompt: prompt.reprompt, endSession: false };
}

/**
 * First contact, however it starts (a one-shot "ask hamstring coach for the
 * sitting stretch" skips the launch), hears the doctor notice once.
 */
function withDoctorNotice(reply: Reply, event: MachineEvent): Reply {
  if (reply.state.user.heardNotice || reply.endSession || event.type === 'launch') return reply;
  const mentioned = reply.say.some((item) => 'key' in item && item.key === 'notice.doctor');
  return {
    ...reply,
    say: mentioned ? reply.say : [say('notice.doctor'), ...reply.say],
    state: { ...reply.state, user: { ...reply.state.user, heardNotice: true } },
  };
}

// ---------------------------------------------------------------- helpers

function base(cursor: RoutineCursor): RoutineCursor {
  return { variant: cursor.variant, holdIndex: cursor.holdIndex, stage: cursor.stage, step: cursor.step };
}

function withRoutine(state: MachineState, routine: RoutineCursor): MachineState {
  return { ...state, conversation: { phase: 'routine', routine } };
}

function withPhase(state: MachineState, phase: Phase, returnPhase?: Phase): MachineState {
  const conversation: Conversation = { ...state.conversation, phase };
  if (phase === 'confirmForget') conversation.returnPhase = returnPhase ?? 'menu';
  else delete conversation.returnPhase;
  if (phase !== 'routine' && phase !== 'confirmForget') delete conversation.routine;
  return { ...state, conversation };
}

function clearUnfinished(state: MachineState): MachineState {
  return state.user.unfinished ? { ...state, user: { ...state.user, unfinished: undefined } } : state;
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Leg and variant names are spoken words, so they are passed as speech keys to render. */
function legParam(leg: 'right' | 'left'): string {
  return `legName.${leg}`;
}

function variantParam(variant: VariantId): string {
  return `variantName.${variant}`;
}
