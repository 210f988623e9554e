/**
 * Draws a pose as an APL vector graphic (AVG): furniture first, then the far limbs
 * (muted), the body, and last the leg being stretched, in a strong colour and a
 * thicker line. Colour is never the only cue: the pose's shape and the leg's label
 * carry the meaning too.
 */
import { SKELETONS, type PoseId, type Prop, type Skeleton } from './poses';
import { COLORS } from './theme';

/** The drawing area, in AVG units. */
const FIGURE_SIZE = 200;

const TORSO = 50;
const HEAD_OFFSET = 17;
const HEAD_RADIUS = 13;
const THIGH = 42;
const SHIN = 42;
const FOOT = 13;
const UPPER_ARM = 29;
const FOREARM = 27;

type Point = readonly [number, number];

function along(from: Point, degrees: number, length: number): Point {
  const radians = (degrees * Math.PI) / 180;
  return [from[0] + length * Math.cos(radians), from[1] + length * Math.sin(radians)];
}

const n = (value: number): string => String(Math.round(value * 10) / 10);
const pt = (p: Point): string => `${n(p[0])},${n(p[1])}`;
const polyline = (points: readonly Point[]): string => `M${points.map(pt).join('L')}`;

function limb(start: Point, angles: readonly number[], lengths: readonly number[]): Point[] {
  const points: Point[] = [start];
  angles.forEach((angle, i) => points.push(along(points[i], angle, lengths[i])));
  return points;
}

interface Joints {
  hip: Point;
  neck: Point;
  shoulder: Point;
  head: Point;
  nearLeg: Point[];
  farLeg: Point[];
  nearArm: Point[];
}

function joints(skeleton: Skeleton): Joints {
  const hip = skeleton.hip;
  const neck = along(hip, skeleton.torso, TORSO);
  const shoulder = along(hip, skeleton.torso, TORSO * 0.86);
  return {
    hip,
    neck,
    shoulder,
    head: along(neck, skeleton.head ?? skeleton.torso, HEAD_OFFSET),
    nearLeg: limb(hip, skeleton.nearLeg, [THIGH, SHIN, FOOT]),
    farLeg: limb(hip, skeleton.farLeg, [THIGH, SHIN, FOOT]),
    nearArm: limb(shoulder, skeleton.nearArm, [UPPER_ARM, FOREARM]),
  };
}

type AvgPath = Record<string, string | number>;

function stroke(pathData: string, color: string, width: number): AvgPath {
  return { type: 'path', pathData, stroke: color, strokeWidth: width, strokeLineCap: 'round', strokeLineJoin: 'round' };
}

function propPath(prop: Prop, body: Joints): AvgPath {
  switch (prop.kind) {
    case 'floor':
      return stroke(`M8,${prop.y}H192`, COLORS.prop, 4);
    case 'chair': {
      const { x, seatY } = prop;
      // Back, seat and two legs: an outline any chair-user recognises.
      return stroke(`M${x},${seatY - 52}V${seatY}H${x + 52}M${x + 4},${seatY}V178M${x + 48},${seatY}V178`, COLORS.prop, 5);
    }
    case 'step':
      return stroke(`M${prop.x},178V${prop.topY}H${prop.x + 56}V178`, COLORS.prop, 5);
    case 'counter':
      return stroke(`M${prop.x},${prop.topY}H196M${prop.x + 10},${prop.topY}V178`, COLORS.prop, 5);
    case 'towel': {
      // A loop from the hand, over the sole, and back to the hand.
      const hand = body.nearArm[2];
      const [, , ankle, toe] = body.nearLeg;
      const overAnkle = along(ankle, -90 - 6, 6);
      const overToe = along(toe, -90 - 6, 6);
      return stroke(`M${pt(hand)}L${pt(overAnkle)}L${pt(overToe)}L${pt(hand)}`, COLORS.towel, 5);
    }
  }
}

function circle(center: Point, radius: number, color: string): AvgPath {
  const [x, y] = center;
  return {
    type: 'path',
    pathData: `M${n(x - radius)},${n(y)}a${radius},${radius} 0 1,0 ${2 * radius},0a${radius},${radius} 0 1,0 ${-2 * radius},0Z`,
    fill: color,
  };
}

/** The AVG graphic for one pose, facing right (the right leg); mirror it for the left. */
export function poseGraphic(pose: PoseId): Record<string, unknown> {
  const skeleton = SKELETONS[pose];
  const body = joints(skeleton);
  const props = skeleton.props.filter((prop) => prop.kind !== 'towel').map((prop) => propPath(prop, body));
  const towel = skeleton.props.filter((prop) => prop.kind === 'towel').map((prop) => propPath(prop, body));
  return {
    type: 'AVG',
    version: '1.2',
    width: FIGURE_SIZE,
    height: FIGURE_SIZE,
    items: [
      ...props,
      skeleton.bothLegs ? stroke(polyline(body.farLeg), COLORS.stretchedLeg, 10) : stroke(polyline(body.farLeg), COLORS.farLimb, 8),
      stroke(polyline([body.hip, body.neck]), COLORS.figure, 14),
      circle(body.head, HEAD_RADIUS, COLORS.figure),
      circle(along(body.head, skeleton.face, HEAD_RADIUS * 0.5), 2.5, COLORS.background),
      stroke(polyline(body.nearLeg), COLORS.stretchedLeg, 10),
      stroke(polyline(body.nearArm), COLORS.figure, 8),
      ...towel,
    ],
  };
}
