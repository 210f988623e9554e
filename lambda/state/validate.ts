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
import { isClockTime, type ClockTime } from '../vocabulary/clock';
import { SIDE_QUESTIONS } from './types';
import type { Conversation, HoldClock, MachineState, Offer, OfferReason, PendingReminder, Phase, RoutineCursor, Stage, UserProfile } from './types';

const PHASES: readonly Phase[] = [
  'menu',
  'offerWay',
  'offerResume',
  'offerLonger',
  'routine',
  'confirmForget',
  'offerReminder',
  'askReminderTime',
  'confirmReminderTime',
  'awaitConsent',
  'ended',
];
/** An alert token is an opaque string from the Reminders API; anything else is not kept. */
const ALERT_TOKEN = /^[\x21-\x7e]{1,512}$/;
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
    reminderOffered: raw.reminderOffered === true,
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
  const alertToken = asObject(raw.reminder)?.alertToken;
  if (typeof alertToken === 'string' && ALERT_TOKEN.test(alertToken)) profile.reminder = { alertToken };
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
  const reminderTime = readClockTime(raw.reminderTime);
  const pendingReminder = readPendingReminder(raw.pendingReminder);
  const lostOwnData =
    (phase === 'routine' && !routine) ||
    (phase === 'offerWay' && !offer) ||
    (phase === 'confirmReminderTime' && !reminderTime) ||
    (phase === 'awaitConsent' && !pendingReminder);
  if (lostOwnData) return { phase: 'menu' };
  const aside = SIDE_QUESTIONS.includes(phase);
  const conversation: Conversation = { phase };
  if (routine && (phase === 'routine' || aside)) conversation.routine = routine;
  if (offer && (phase === 'offerWay' || aside)) conversation.offer = offer;
  if (aside) {
    const returnPhase = oneOf(raw.returnPhase, PHASES);
    const lost =
      (returnPhase === 'routine' && !routine) || (returnPhase === 'offerWay' && !offer) || (returnPhase !== undefined && SIDE_QUESTIONS.includes(returnPhase));
    conversation.returnPhase = lost ? 'menu' : (returnPhase ?? 'menu');
  }
  if (reminderTime && phase === 'confirmReminderTime') conversation.reminderTime = reminderTime;
  if (pendingReminder && phase === 'awaitConsent') conversation.pendingReminder = pendingReminder;
  if (raw.consentAsked === true && aside && phase !== 'confirmForget') conversation.consentAsked = true;
  const misses = wholeInRange(raw.misses, 1, 10);
  if (misses !== undefined) conversation.misses = misses;
  return conversation;
}

function readClockTime(value: unknown): ClockTime | undefined {
  const raw = asObject(value);
  return raw && isClockTime(raw.hour, raw.minute) ? { hour: raw.hour as number, minute: raw.minute as number } : undefined;
}

function readPendingReminder(value: unknown): PendingReminder | undefined {
  const raw = asObject(value);
  if (raw?.action === 'cancel' || raw?.action === 'read') return { action: raw.action };
  const time = readClockTime(raw?.time);
  return raw?.action === 'set' && time ? { action: 'set', time } : undefined;
}

export function readMachineState(user: unknown, conversation: unknown): MachineState {
  return { user: readUserProfile(user), conversation: readConversation(conversation) };
}
