/**
 * Reads state back from outside (session attributes echoed by Alexa, records
 * from storage) without trusting it: anything missing or out of range falls
 * back to a safe value, so a damaged or hostile value can never crash a turn
 * or put the user on a step that does not exist.
 */
import { HOLD_LIMITS, VARIANTS, clampHoldSeconds, holdCount, isVariantId } from '../routine/routine';
import { PACES, Pace } from '../vocabulary/pace';
import { newUserProfile } from './profile';
import { isPlainObject } from '../support/plain-object';
import type { Conversation, HoldClock, MachineState, Offer, OfferReason, Phase, RoutineCursor, Stage, UserProfile } from './types';

const PHASES: readonly Phase[] = ['menu', 'offerWay', 'offerResume', 'offerLonger', 'routine', 'confirmForget', 'ended'];
const OFFER_REASONS: readonly OfferReason[] = ['usual', 'gentle', 'seated'];
const STAGES: readonly Stage[] = ['setup', 'switch', 'holding', 'released', 'paused'];

type Loose = Record<string, unknown>;

function asObject(value: unknown): Loose | undefined {
  return isPlainObject(value) ? value : undefined;
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function wholeInRange(value: unknown, min: number, max: number): number | undefined {
  const n = finite(value);
  return n !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function readCursor(value: unknown): RoutineCursor | undefined {
  const raw = asObject(value);
  if (!raw || !isVariantId(raw.variant)) return undefined;
  const variant = VARIANTS[raw.variant];
  const holdIndex = wholeInRange(raw.holdIndex, 0, holdCount(variant.id) - 1);
  const stage = oneOf(raw.stage, STAGES);
  if (holdIndex === undefined || !stage) return undefined;
  const positioning = stage === 'setup' || stage === 'switch';
  const steps = stage === 'setup' ? variant.setupSteps : variant.switchSteps;
  // Only positioning stages have steps; elsewhere the step is always 0.
  const step = positioning ? wholeInRange(raw.step, 0, steps - 1) : 0;
  if (step === undefined) return undefined;
  const cursor: RoutineCursor = { variant: variant.id, holdIndex, stage, step };
  if (stage === 'holding') {
    const hold = readHoldClock(raw.hold);
    if (!hold) return { ...cursor, stage: 'released' };
    cursor.hold = hold;
  }
  if (stage === 'paused') {
    cursor.remainingSeconds = wholeInRange(raw.remainingSeconds, 1, HOLD_LIMITS.max) ?? HOLD_LIMITS.min;
  }
  return cursor;
}

function readHoldClock(value: unknown): HoldClock | undefined {
  const raw = asObject(value);
  const startedAt = finite(raw?.startedAt);
  const offsetSeconds = finite(raw?.offsetSeconds);
  const seconds = wholeInRange(raw?.seconds, 1, HOLD_LIMITS.max);
  if (startedAt === undefined || offsetSeconds === undefined || seconds === undefined || offsetSeconds < 0) return undefined;
  return { startedAt, offsetSeconds: Math.min(offsetSeconds, 120), seconds };
}

export function readUserProfile(value: unknown): UserProfile {
  const raw = asObject(value) ?? {};
  const defaults = newUserProfile();
  const prefs = asObject(raw.prefs) ?? {};
  const streak = asObject(raw.streak) ?? {};
  const holdRun = asObject(raw.holdRun) ?? {};
  const unfinished = asObject(raw.unfinished);
  const holdSeconds = finite(prefs.holdSeconds);
  const profile: UserProfile = {
    heardNotice: raw.heardNotice === true,
    prefs: {
      holdSeconds: holdSeconds === undefined ? defaults.prefs.holdSeconds : clampHoldSeconds(holdSeconds).seconds,
      pace: oneOf<Pace>(prefs.pace, PACES) ?? defaults.prefs.pace,
    },
    completedSessions: wholeInRange(raw.completedSessions, 0, Number.MAX_SAFE_INTEGER) ?? 0,
    streak: { days: wholeInRange(streak.days, 0, 100_000) ?? 0 },
    holdRun: {
      seconds: wholeInRange(holdRun.seconds, HOLD_LIMITS.min, HOLD_LIMITS.max) ?? defaults.holdRun.seconds,
      count: wholeInRange(holdRun.count, 0, Number.MAX_SAFE_INTEGER) ?? 0,
    },
  };
  if (isVariantId(prefs.variant)) profile.prefs.variant = prefs.variant;
  if (typeof streak.lastDay === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(streak.lastDay)) {
    profile.streak.lastDay = streak.lastDay;
  }
  const cursor = readCursor(unfinished?.cursor);
  const savedAt = finite(unfinished?.savedAt);
  if (cursor && savedAt !== undefined) profile.unfinished = { cursor, savedAt };
  return profile;
}

function readOffer(value: unknown): Offer | undefined {
  const raw = asObject(value);
  const reason = oneOf(raw?.reason, OFFER_REASONS);
  return raw && isVariantId(raw.variant) && reason ? { variant: raw.variant, reason } : undefined;
}

export function readConversation(value: unknown): Conversation {
  const raw = asObject(value) ?? {};
  const phase = oneOf(raw.phase, PHASES) ?? 'menu';
  const routine = readCursor(raw.routine);
  const offer = readOffer(raw.offer);
  if ((phase === 'routine' && !routine) || (phase === 'offerWay' && !offer)) return { phase: 'menu' };
  const conversation: Conversation = { phase };
  if (routine && (phase === 'routine' || phase === 'confirmForget')) conversation.routine = routine;
  if (offer && (phase === 'offerWay' || phase === 'confirmForget')) conversation.offer = offer;
  if (phase === 'confirmForget') {
    const returnPhase = oneOf(raw.returnPhase, PHASES);
    const lost = (returnPhase === 'routine' && !routine) || (returnPhase === 'offerWay' && !offer);
    conversation.returnPhase = lost ? 'menu' : (returnPhase ?? 'menu');
  }
  const misses = wholeInRange(raw.misses, 1, 10);
  if (misses !== undefined) conversation.misses = misses;
  return conversation;
}

export function readMachineState(user: unknown, conversation: unknown): MachineState {
  return { user: readUserProfile(user), conversation: readConversation(conversation) };
}
