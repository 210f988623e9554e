/**
 * What an Echo Show shows, as plain data. Every visible word arrives already
 * translated, so this folder has no language of its own; it only decides layout,
 * pictures and touch.
 */
import type { Leg, SpokenVariantId } from '../routine/routine';
import type { PoseId } from './poses';

/** The touch buttons; each one stands for an intent (see touch.ts). */
export type ButtonId = 'ready' | 'repeat' | 'pause' | 'stop';

/** The translated label of every button, e.g. { ready: 'Ready', ... }. */
export type ButtonLabels = Readonly<Record<ButtonId, string>>;

/** A pose picture, drawn for the leg being stretched (the left leg is the mirror image). */
export interface Picture {
  pose: PoseId;
  leg: Leg;
}

/** The three ways to stretch, each a touchable picture with its label. */
export interface MenuScreen {
  kind: 'menu';
  title: string;
  /** The label under each picture, e.g. { SITTING: 'Sitting', ... }. */
  choices: Readonly<Record<SpokenVariantId, string>>;
  buttonLabels: ButtonLabels;
}

/** One positioning step: its words in large type, its picture, where it is in the routine. */
export interface StepScreen {
  kind: 'step';
  picture: Picture;
  /** Already rendered, e.g. "Step 2 of 5". */
  progress: string;
  /** Already rendered, e.g. "Right leg". */
  legLabel: string;
  /** The step's words. */
  text: string;
  buttonLabels: ButtonLabels;
}

/** A hold: the picture, leg and round, and a bar that empties over exactly the hold. */
export interface HoldScreen {
  kind: 'hold';
  picture: Picture;
  /** Already rendered, e.g. "Right leg". */
  legLabel: string;
  /** Already rendered, e.g. "Round 1 of 2". */
  roundLabel: string;
  /** Above the bar, e.g. "Hold". */
  holdText: string;
  /** How long the bar runs, in ms: the hold itself. */
  holdMs: number;
  /** How long the bar stays full before it starts, in ms: the speech before the hold. */
  leadInMs: number;
  /** Shown when the bar has run out, e.g. "Release". */
  releasedText?: string;
  buttonLabels: ButtonLabels;
}

/** After a hold: come out of the stretch; what comes next. */
export interface ReleaseScreen {
  kind: 'release';
  title: string;
  text: string;
  picture?: Picture;
  buttonLabels: ButtonLabels;
}

/** The end of a routine, with the streak. */
export interface WrapUpScreen {
  kind: 'wrapUp';
  title: string;
  text: string;
  /** Consecutive days with a completed routine; drawn as ticked days (at most a week). */
  streakDays: number;
  /** Already rendered, e.g. "3 days in a row"; absent below two days (the voice says no streak then either). */
  streakText?: string;
}

/** Plain large text with a title: pause, help and safety answers. */
export interface TextScreen {
  kind: 'text';
  title: string;
  body: string;
  /** Which buttons make sense here, in order (none for a safety stop). */
  buttons: readonly ButtonId[];
  buttonLabels: ButtonLabels;
}

export type Screen = MenuScreen | StepScreen | HoldScreen | ReleaseScreen | WrapUpScreen | TextScreen;
