/** A new user, and a new session's starting state. */
import { HOLD_LIMITS } from '../routine/routine';
import type { MachineState, UserProfile } from './types';

export function newUserProfile(): UserProfile {
  return {
    heardNotice: false,
    prefs: { holdSeconds: HOLD_LIMITS.default, pace: 'normal' },
    completedSessions: 0,
    streak: { days: 0 },
    holdRun: { seconds: HOLD_LIMITS.default, count: 0 },
    reminderOffered: false,
  };
}

export function initialState(user: UserProfile): MachineState {
  return { user, conversation: { phase: 'menu' } };
}
