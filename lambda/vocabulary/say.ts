/**
 * What to say, as the state machine decides it and the speech layer renders
 * it: speech keys with parameters, and timed holds. Words themselves live in
 * the locale resources, so the same decision serves every language and pace.
 */
import type { SpeechKey } from '../locales/speech';
import type { Leg, VariantId } from '../routine/routine';
import { clockParts } from './clock';

export type { SpeechKey };

/** A sentence to say, with its parameters. */
export interface SpeechRef {
  key: SpeechKey;
  params?: SpeechParams;
}

/**
 * A parameter is a number, or a phrase that is itself a sentence to render
 * ("right leg", "one minute"), so the machine never handles words.
 */
export type SpeechParam = number | SpeechRef;
export type SpeechParams = Record<string, SpeechParam>;

/** A hold to time: the composer turns it into pauses and cues. */
export interface HoldPlan {
  variant: VariantId;
  seconds: number;
  /** Which hold of the routine this is: cues and praise are taken in turn, so no two holds sound the same. */
  holdIndex: number;
}

export type Say = SpeechRef | { hold: HoldPlan };

export function say(key: SpeechKey, params?: SpeechParams): SpeechRef {
  return params ? { key, params } : { key };
}

/** "30 seconds", or "one minute" for a whole minute. */
export function lengthPhrase(seconds: number): SpeechRef {
  return seconds === 60 ? say('length.oneMinute') : say('length.seconds', { count: seconds });
}

export function legName(leg: Leg): SpeechRef {
  return say(`legName.${leg}`);
}

/** "right leg", "both legs". */
export function legPhrase(leg: Leg): SpeechRef {
  return say(`legPhrase.${leg}`);
}

export function variantName(variant: VariantId): SpeechRef {
  return say(`variantName.${variant}`);
}

/** Lines said often enough to need several wordings, taken in turn (keys `<line>.0` to `<line>.2`). */
export type WordedLine = 'hold.cue.halfway' | 'hold.cue.fiveLeft' | 'hold.release' | 'hold.praise' | 'wrapUp.done' | 'wrapUp.tip' | 'wrapUp.goodbye';
export const WORDINGS = 3;

/** The wording of a line for this turn (hold number, session count): the compiler checks all three exist. */
export function wording(line: WordedLine, turn: number): SpeechKey {
  const index = (((Math.trunc(turn) % WORDINGS) + WORDINGS) % WORDINGS) as 0 | 1 | 2;
  const key: `${WordedLine}.${0 | 1 | 2}` = `${line}.${index}`;
  return key;
}

/**
 * A clock time to say: "9 AM", "8:05 PM" in English, always with AM or PM, since
 * AMAZON.TIME gives "09:00" for a plain "nine". `hour24` is passed too, for languages
 * that say times on a 24-hour clock, and `minute` for languages that say the minutes as
 * a number of their own ("5 मिनट", "5分") rather than as two digits after a colon.
 */
export function spokenTime(hour: number, minute: number): SpeechRef {
  const parts = clockParts(hour, minute);
  const period = say(parts.period === 'AM' ? 'time.am' : 'time.pm');
  if (minute === 0) return say('time.onTheHour', { hour12: parts.hour12, hour24: parts.hour24, period });
  return say('time.withMinutes', {
    hour12: parts.hour12,
    hour24: parts.hour24,
    minute,
    minuteTens: Math.floor(minute / 10),
    minuteOnes: minute % 10,
    period,
  });
}
