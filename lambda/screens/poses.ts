/**
 * The positions we draw, as data: a side view of one person, facing right, with the
 * leg being stretched nearest to us (the right leg; the left is drawn as the mirror
 * image). Each pose is a skeleton of joint angles plus the furniture around it;
 * figure.ts turns it into vector graphics. In every lean the back is one straight
 * line from hip to neck: the article says the back never rounds.
 *
 * Angles are in degrees on screen: 0 points right, 90 down, -90 up, 180 left.
 */
import type { SpokenVariantId } from '../routine/routine';

export const POSES = {
  SIT_TALL: 'Sitting upright near the front of a chair, both feet on the floor.',
  SIT_LEG_OUT: 'Sitting on a chair, one leg stretched out in front, heel on the floor, toes up.',
  SIT_LEAN: 'Sitting with one leg out, toes up, leaning forward from the hips with a straight back.',
  STAND_FACING_STEP: 'Standing tall, facing a low step.',
  STAND_HEEL_ON_STEP: 'Standing tall with one heel resting on a low step, toes up.',
  STAND_LEAN_HEEL_ON_STEP: 'Heel on a low step, leaning forward from the hips with a straight back.',
  STAND_FACING_COUNTER: 'Standing tall, a small step back from a kitchen counter.',
  STAND_ELBOWS_ON_COUNTER: 'Standing with straight legs, bent forward from the hips, elbows resting on a counter.',
  LIE_FLAT: 'Lying flat on the back, both legs long on the floor.',
  LIE_HANDS_BEHIND_KNEE: 'Lying on the back, one knee bent toward the chest, fingers laced behind it.',
  LIE_LEG_UP: 'Lying on the back, that leg straightened toward the ceiling, hands behind the thigh.',
  LIE_TOWEL_ROUND_FOOT: 'Lying on the back, the raised leg held up by a towel or belt round the foot.',
} as const;

export type PoseId = keyof typeof POSES;
export const POSE_IDS = Object.keys(POSES) as PoseId[];

/** Thigh, shin and foot angles. */
export type LegAngles = readonly [thigh: number, shin: number, foot: number];
/** Upper arm and forearm angles. */
export type ArmAngles = readonly [upper: number, fore: number];

export type Prop =
  | { kind: 'floor'; y: number }
  | { kind: 'chair'; x: number; seatY: number }
  | { kind: 'step'; x: number; topY: number }
  | { kind: 'counter'; x: number; topY: number }
  /** A towel or belt looped round the near foot, its ends in the near hand. */
  | { kind: 'towel' };

export interface Skeleton {
  hip: readonly [number, number];
  /** From the hip to the neck: the back, always straight. */
  torso: number;
  /** From the neck to the head's centre; the torso's angle when absent. */
  head?: number;
  /** Where the face looks (an eye is drawn that way), so the way a person faces reads at a glance. */
  face: number;
  nearLeg: LegAngles;
  farLeg: LegAngles;
  nearArm: ArmAngles;
  props: readonly Prop[];
  /** Both legs are stretched at once: the far leg is drawn as strongly as the near one. */
  bothLegs?: true;
}

const FLOOR = 178;
const SITTING_HIP: readonly [number, number] = [72, 130];
const STANDING_HIP: readonly [number, number] = [70, 88];
const LYING_HIP: readonly [number, number] = [100, 140];
const chair: Prop = { kind: 'chair', x: 50, seatY: 136 };
const step: Prop = { kind: 'step', x: 124, topY: 148 };
const floor: Prop = { kind: 'floor', y: FLOOR };
const counter: Prop = { kind: 'counter', x: 98, topY: 112 };
const mat: Prop = { kind: 'floor', y: 150 };

/** Leg out in front, knee straight, heel on the floor, toes up. */
const SEATED_LEG_OUT: LegAngles = [30, 30, -60];
/** Heel on the step, knee straight, toes up. */
const HEEL_ON_STEP: LegAngles = [40, 40, -62];
const STANDING_LEG: LegAngles = [90, 90, 0];
const LYING_LEG: LegAngles = [0, 0, -90];
/** Straight up, tipped a little toward the head, sole to the ceiling. */
const LEG_UP: LegAngles = [-96, -96, 174];

export const SKELETONS: Readonly<Record<PoseId, Skeleton>> = {
  SIT_TALL: {
    face: 0, hip: SITTING_HIP, torso: -90, nearLeg: [0, 90, 0], farLeg: [-4, 94, 0], nearArm: [80, 12],
    props: [floor, chair],
  },
  SIT_LEG_OUT: {
    face: 0, hip: SITTING_HIP, torso: -90, nearLeg: SEATED_LEG_OUT, farLeg: [0, 90, 0], nearArm: [80, 20],
    props: [floor, chair],
  },
  SIT_LEAN: {
    face: 20, hip: SITTING_HIP, torso: -52, nearLeg: SEATED_LEG_OUT, farLeg: [0, 90, 0], nearArm: [72, 70],
    props: [floor, chair],
  },
  STAND_FACING_STEP: {
    face: 0, hip: STANDING_HIP, torso: -90, nearLeg: STANDING_LEG, farLeg: [93, 87, 0], nearArm: [96, 88],
    props: [floor, step],
  },
  STAND_HEEL_ON_STEP: {
    face: 0, hip: STANDING_HIP, torso: -90, nearLeg: HEEL_ON_STEP, farLeg: STANDING_LEG, nearArm: [100, 80],
    props: [floor, step],
  },
  STAND_LEAN_HEEL_ON_STEP: {
    face: 25, hip: STANDING_HIP, torso: -48, head: -40, nearLeg: HEEL_ON_STEP, farLeg: STANDING_LEG, nearArm: [82, 92],
    props: [floor, step],
  },
  STAND_FACING_COUNTER: {
    face: 0, hip: [56, 88], torso: -90, nearLeg: STANDING_LEG, farLeg: [93, 87, 0], nearArm: [96, 88],
    props: [floor, counter],
  },
  STAND_ELBOWS_ON_COUNTER: {
    face: 10, hip: [56, 88], torso: -14, head: -32, nearLeg: STANDING_LEG, farLeg: [94, 86, 0], nearArm: [92, 0],
    props: [floor, counter], bothLegs: true,
  },
  LIE_FLAT: {
    face: -90, hip: LYING_HIP, torso: 180, nearLeg: LYING_LEG, farLeg: LYING_LEG, nearArm: [-6, 2],
    props: [mat],
  },
  LIE_HANDS_BEHIND_KNEE: {
    face: -80, hip: LYING_HIP, torso: 180, nearLeg: [-102, 16, -60], farLeg: LYING_LEG, nearArm: [-24, -60],
    props: [mat],
  },
  LIE_LEG_UP: {
    face: -80, hip: LYING_HIP, torso: 180, nearLeg: LEG_UP, farLeg: LYING_LEG, nearArm: [-16, -66],
    props: [mat],
  },
  LIE_TOWEL_ROUND_FOOT: {
    face: -80, hip: LYING_HIP, torso: 180, nearLeg: LEG_UP, farLeg: LYING_LEG, nearArm: [-44, -82],
    props: [mat, { kind: 'towel' }],
  },
};

/** The picture that stands for each way to stretch on the menu. */
export const MENU_POSES = {
  SITTING: 'SIT_LEAN',
  STANDING: 'STAND_LEAN_HEEL_ON_STEP',
  LYING: 'LIE_LEG_UP',
} as const satisfies Record<SpokenVariantId, PoseId>;
