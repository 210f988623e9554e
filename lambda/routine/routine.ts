/**
 * The routine as data: the three ways to stretch, the order of legs and rounds,
 * and the hold limits. Every sentence lives in the speech resources; this file
 * only says which sentence comes when.
 */
export type VariantId = 'SITTING' | 'STANDING' | 'LYING';
export type Leg = 'right' | 'left';

export const VARIANT_IDS: readonly VariantId[] = ['SITTING', 'STANDING', 'LYING'];

export interface Variant {
  id: VariantId;
  /** How many one-at-a-time positioning steps lead into the first hold. */
  setupSteps: number;
  /** How many steps move the user onto the other leg between holds. */
  switchSteps: number;
  /** How many form reminders the variant has for the quiet parts of a hold. */
  formCues: number;
}

export const VARIANTS: Readonly<Record<VariantId, Variant>> = {
  SITTING: { id: 'SITTING', setupSteps: 5, switchSteps: 2, formCues: 3 },
  STANDING: { id: 'STANDING', setupSteps: 5, switchSteps: 2, formCues: 3 },
  LYING: { id: 'LYING', setupSteps: 4, switchSteps: 2, formCues: 3 },
};

/** Breathing reminders shared by all variants, used in turn with the form reminders. */
export const BREATHING_CUES = 3;

/** The article: hold at least 20 seconds and up to a minute. */
export const HOLD_LIMITS = { min: 20, max: 60, default: 30 } as const;
export const ROUNDS_PER_LEG = 2;
export const LEG_ORDER: readonly Leg[] = ['right', 'left'];

/** Holds are numbered 0..holdCount-1: right then left, round after round. */
export function holdCount(): number {
  return ROUNDS_PER_LEG * LEG_ORDER.length;
}

export function legOfHold(holdIndex: number): Leg {
  return LEG_ORDER[holdIndex % LEG_ORDER.length];
}

export function otherLeg(leg: Leg): Leg {
  return leg === 'right' ? 'left' : 'right';
}

export function roundOfHold(holdIndex: number): number {
  return Math.floor(holdIndex / LEG_ORDER.length) + 1;
}

export function isVariantId(value: unknown): value is VariantId {
  return typeof value === 'string' && (VARIANT_IDS as readonly string[]).includes(value);
}

/** Clamps a requested hold to the article's range; says whether it had to. */
export function clampHoldSeconds(requested: number): { seconds: number; clamped: boolean } {
  const rounded = Math.round(requested);
  const seconds = Math.min(HOLD_LIMITS.max, Math.max(HOLD_LIMITS.min, rounded));
  return { seconds, clamped: seconds !== rounded };
}

/** The next, longer hold to suggest to someone who has settled at one length. */
export function longerHold(current: number): number {
  return Math.min(HOLD_LIMITS.max, current + 10);
}
