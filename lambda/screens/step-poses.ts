/**
 * Which picture goes with which moment of a routine, as data: one pose per
 * positioning step (setup and switch, in the order the steps are said), the
 * pose held, and the pose to come out into after a hold.
 */
import type { VariantId } from '../routine/routine';
import type { PoseId } from './poses';

export interface VariantPictures {
  /** One per setup step: `setup.<VARIANT>.<i>`. */
  setup: readonly PoseId[];
  /** One per switch step: `switch.<VARIANT>.<i>`. */
  switch: readonly PoseId[];
  /** The position held. */
  hold: PoseId;
  /** Out of the stretch, after the hold. */
  rest: PoseId;
}

export const VARIANT_PICTURES: Readonly<Record<VariantId, VariantPictures>> = {
  SITTING: {
    // chair; leg out; toes up; sit tall; lean
    setup: ['SIT_TALL', 'SIT_LEG_OUT', 'SIT_LEG_OUT', 'SIT_LEG_OUT', 'SIT_LEAN'],
    // sit back up; other leg out; sit tall and lean
    switch: ['SIT_TALL', 'SIT_LEG_OUT', 'SIT_LEAN'],
    hold: 'SIT_LEAN',
    rest: 'SIT_TALL',
  },
  STANDING: {
    // face the step; heel up; knees straight; stand tall; lean
    setup: ['STAND_FACING_STEP', 'STAND_HEEL_ON_STEP', 'STAND_HEEL_ON_STEP', 'STAND_HEEL_ON_STEP', 'STAND_LEAN_HEEL_ON_STEP'],
    // stand up, foot down; other heel up; lean
    switch: ['STAND_FACING_STEP', 'STAND_HEEL_ON_STEP', 'STAND_LEAN_HEEL_ON_STEP'],
    hold: 'STAND_LEAN_HEEL_ON_STEP',
    rest: 'STAND_FACING_STEP',
  },
  COUNTER: {
    // face the counter; knees straight; stand tall; elbows on the counter
    setup: ['STAND_FACING_COUNTER', 'STAND_FACING_COUNTER', 'STAND_FACING_COUNTER', 'STAND_ELBOWS_ON_COUNTER'],
    // lift the elbows, stand tall; elbows down again
    switch: ['STAND_FACING_COUNTER', 'STAND_ELBOWS_ON_COUNTER'],
    hold: 'STAND_ELBOWS_ON_COUNTER',
    rest: 'STAND_FACING_COUNTER',
  },
  LYING: {
    // lie down; knee up; fingers behind the knee (or a belt); straighten toward the ceiling
    setup: ['LIE_FLAT', 'LIE_HANDS_BEHIND_KNEE', 'LIE_HANDS_BEHIND_KNEE', 'LIE_LEG_UP'],
    // lower the other leg; knee up, fingers behind it (or a belt); straighten
    switch: ['LIE_FLAT', 'LIE_HANDS_BEHIND_KNEE', 'LIE_LEG_UP'],
    hold: 'LIE_LEG_UP',
    rest: 'LIE_FLAT',
  },
};

/**
 * Someone lying down who can't reach their leg is told to loop a belt or towel
 * round the foot: from then on this turn's picture shows the belt.
 */
export const WITH_A_BELT: Partial<Record<PoseId, PoseId>> = {
  LIE_HANDS_BEHIND_KNEE: 'LIE_TOWEL_ROUND_FOOT',
  LIE_LEG_UP: 'LIE_TOWEL_ROUND_FOOT',
};
