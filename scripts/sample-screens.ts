/**
 * One screen of each kind, in US English, as the skill shows them: each is the
 * screen `screenForReply` picks for a real reply of the state machine, played from
 * a new user's first turn. For docs/screens/.
 */
import { speechSecondsFor } from '../lambda/handlers/render-reply';
import type { Screen } from '../lambda/screens';
import { screenForReply } from '../lambda/screens/for-reply';
import { translator } from '../lambda/speech/i18n';
import type { MachineEvent } from '../lambda/state/events';
import { respond } from '../lambda/state/machine';
import { initialState, newUserProfile } from '../lambda/state/profile';
import type { MachineState } from '../lambda/state/types';

const LOCALE = 'en-US';
const DAY_MS = 86_400_000;
const START = Date.parse('2026-11-25T08:00:00Z');

/** Plays events from a state; returns the screen of each reply, and the state after the last. */
function play(from: MachineState, events: readonly MachineEvent[], now = START): { screens: Screen[]; state: MachineState } {
  const t = translator(LOCALE);
  const screens: Screen[] = [];
  let state = from;
  events.forEach((event, i) => {
    // A minute between turns: every hold is over by the next one.
    const reply = respond(state, event, { now: now + i * 60_000, speechSeconds: speechSecondsFor(LOCALE) });
    const screen = screenForReply(reply, state, t);
    if (screen) screens.push(screen);
    state = reply.state;
  });
  return { screens, state };
}

const readies = (n: number): MachineEvent[] => Array.from({ length: n }, () => ({ type: 'ready' }));
const last = <T>(items: readonly T[]): T => items[items.length - 1];
const fresh = (): MachineState => initialState(newUserProfile());

function samples(): Record<string, Screen> {
  const sitting = play(fresh(), [{ type: 'launch' }, { type: 'choose', variant: 'SITTING' }, ...readies(4), { type: 'help' }, { type: 'ready' }, { type: 'repeat' }]);
  const [menu, , , , , step, help, , release] = sitting.screens;
  const standing = play(fresh(), [{ type: 'launch' }, { type: 'choose', variant: 'STANDING' }, ...readies(5), ...readies(4)]);
  const counter = play(fresh(), [{ type: 'launch' }, { type: 'obstacle', obstacle: 'NO_STEP' }, ...readies(3)]);
  const belt = play(fresh(), [{ type: 'launch' }, { type: 'choose', variant: 'LYING' }, ...readies(5), ...readies(2), { type: 'obstacle', obstacle: 'CANT_REACH' }]);
  const paused = play(fresh(), [{ type: 'launch' }, { type: 'choose', variant: 'LYING' }, ...readies(4), { type: 'pause' }]);
  const pain = play(fresh(), [{ type: 'launch' }, { type: 'choose', variant: 'SITTING' }, { type: 'pain' }]);
  // Three days running: the wrap-up shows the streak.
  let user = newUserProfile();
  let wrapUp: Screen | undefined;
  for (let day = 0; day < 3; day++) {
    const routine = play(initialState(user), [{ type: 'launch' }, { type: 'choose', variant: 'SITTING' }, ...readies(5 + 3 * 4 + 1)], START + day * DAY_MS);
    wrapUp = last(routine.screens);
    user = routine.state.user;
  }
  const question = play(initialState(user), [{ type: 'launch' }], START + 3 * DAY_MS).screens[0];
  const hold = last(standing.screens) as Extract<Screen, { kind: 'hold' }>;
  return {
    menu,
    step,
    stepCounter: last(counter.screens),
    stepBelt: last(belt.screens),
    // The renderer runs 8 s of virtual time: a 12 s hold after the real lead-in shows the bar part-way down.
    hold: { ...hold, holdMs: 12_000 },
    release,
    wrapUp: wrapUp!,
    help,
    paused: last(paused.screens),
    safety: last(pain.screens),
    question,
  };
}

export const SAMPLE_SCREENS: Record<string, Screen> = samples();
