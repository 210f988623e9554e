/**
 * The routine as data: the ways to stretch, the order of legs and rounds, and
 * the hold limits. Every sentence lives in the speech resources; this file
 * only says which sentence comes when.
 */

/** The ways a user can ask for by name (the interaction model's slot ids). */
export type SpokenVariantId = 'SITTING' | 'STANDING' | 'LYING';
/**
 * Every way the skill guides. COUNTER is the article's second standing option
 * (bend forward, elbows on a counter), offered to someone with no step.
 */
export type VariantId = SpokenVariantId | 'COUNTER';
/** The side being stretched; `both` when a way stretches both legs at once. */
export type Leg = 'right' | 'left' | 'both';

export const SPOKEN_VARIANT_IDS: readonly SpokenVariantId[] = ['SITTING', 'STANDING', 'LYING'];
export const VARIANT_IDS: readonly VariantId[] = [...SPOKEN_VARIANT_IDS, 'COUNTER'];

export interface Variant {
  id: VariantId;
  /** One-at-a-time positioning steps that lead into a leg's first hold. */
  setupSteps: number;
  /** One-at-a-time steps from one hold's position into the next. */
  switchSteps: number;
  /** Form reminders for the quiet parts of a hold; each hold opens with a different one. */
  formCues: number;
  /** The legs in the order they are stretched within a round. */
  legs: readonly Leg[];
  /** Whether the user stands: someone who can't stand is offered another way. */
  standing: boolean;
  /** Whether the user gets down on the floor (a firm bed works too). */
  onTheFloor: boolean;
}

export const VARIANTS: Readonly<Record<VariantId, Variant>> = {
  SITTING: { id: 'SITTING', setupSteps: 5, switchSteps: 3, formCues: 4, legs: ['right', 'left'], standing: false, onTheFloor: false },
  STANDING: { id: 'STANDING', setupSteps: 5, switchSteps: 3, formCues: 4, legs: ['right', 'left'], standing: true, onTheFloor: false },
  COUNTER: { id: 'COUNTER', setupSteps: 4, switchSteps: 2, formCues: 4, legs: ['both'], standing: true, onTheFloor: false },
  LYING: { id: 'LYING', setupSteps: 4, switchSteps: 3, formCues: 4, legs: ['right', 'left'], standing: false, onTheFloor: true },
};

/** Breathing reminders shared by all ways, used in turn with the form reminders. */
export const BREATHING_CUES = 3;

/** The article: hold at least 20 seconds and up to a minute. */
export const HOLD_LIMITS = { min: 20, max: 60, default: 30 } as const;
export const ROUNDS_PER_LEG = 2;

/** Holds are numbered 0..holdCount-1: each leg in turn, round after round. */
export function holdCount(variant: VariantId): number {
  return ROUNDS_PER_LEG * VARIANTS[variant].legs.length;
}

export function legOfHold(variant: VariantId, holdIndex: number): Leg {
  const legs = VARIANTS[variant].legs;
  return legs[holdIndex % legs.length];
}

/** The leg stretched in the hold before this one: the one to come out of on a switch. */
export function previousLeg(variant: VariantId, holdIndex: number): Leg {
  return legOfHold(variant, holdIndex + holdCount(variant) - 1);
}

export function roundOfHold(variant: VariantId, holdIndex: number): number {
  return Math.floor(holdIndex / VARIANTS[variant].legs.length) + 1;
}

export function isVariantId(value: unknown): value is VariantId {
  return typeof value === 'string' && (VARIANT_IDS as readonly string[]).includes(value);
}

export function isSpokenVariantId(value: unknown): value is SpokenVariantId {
  return typeof value === 'string' && (SPOKEN_VARIANT_IDS as readonly string[]).includes(value);
}

/** Clamps a requested hold to the article's range; says which way it had to. */
export function clampHoldSeconds(requested: number): { seconds: number; clamped?: 'up' | 'down' } {
  const rounded = Math.round(requested);
  const seconds = Math.min(HOLD_LIMITS.max, Math.max(HOLD_LIMITS.min, rounded));
  if (seconds === rounded) return { seconds };
  return { seconds, clamped: seconds > rounded ? 'up' : 'down' };
}

/** The next, longer hold to suggest to someone who has settled at one length. */
export function longerHold(current: number): number {
  return Math.min(HOLD_LIMITS.max, current + 10);
}

/** The obstacles a user can name (the interaction model's `Obstacle` slot ids). */
export type ObstacleId = 'NO_STEP' | 'NO_BELT' | 'CANT_REACH' | 'CANT_STAND' | 'CANT_GET_DOWN';
export const OBSTACLE_IDS: readonly ObstacleId[] = ['NO_STEP', 'NO_BELT', 'CANT_REACH', 'CANT_STAND', 'CANT_GET_DOWN'];

export function isObstacleId(value: unknown): value is ObstacleId {
  return typeof value === 'string' && (OBSTACLE_IDS as readonly string[]).includes(value);
}
