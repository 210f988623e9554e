/**
 * A pace as espeak-ng hears it, for calibrating and checking the timing model:
 * a words-per-minute rate scaled from espeak's default (175) by the pace's
 * SSML prosody rate.
 */
import { paceRatePercent, type Pace } from '../../vocabulary/pace';

/** espeak-ng's default speaking rate, in words per minute (`-s 175`). */
export const ESPEAK_DEFAULT_WPM = 175;

/** The espeak-ng `-s` rate of a pace: round(175 × rate% / 100), i.e. 140, 175, 210. */
export function espeakWordsPerMinute(p: Pace): number {
  return Math.round((ESPEAK_DEFAULT_WPM * paceRatePercent(p)) / 100);
}
