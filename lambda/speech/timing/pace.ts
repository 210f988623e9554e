/**
 * Speech paces of the coach's voice. Pure: no Node APIs, safe to bundle anywhere.
 *
 * Each pace is rendered in SSML as a `<prosody rate="…%">` wrapper (none at 100%), and, for
 * timing calibration, as an espeak-ng words-per-minute rate scaled from espeak's default (175).
 */
export type Pace = 'slow' | 'normal' | 'fast';

/** All paces, slowest first. */
export const PACES: readonly Pace[] = Object.freeze(['slow', 'normal', 'fast'] as const);

/** espeak-ng's default speaking rate, in words per minute (`-s 175`). */
export const ESPEAK_DEFAULT_WPM = 175;

const RATE_PERCENT: Readonly<Record<Pace, number>> = Object.freeze({ slow: 80, normal: 100, fast: 120 });

/** The SSML prosody rate of a pace, in percent: slow 80, normal 100, fast 120. */
export function paceRatePercent(p: Pace): number {
  const rate = RATE_PERCENT[p];
  if (rate === undefined) throw new RangeError(`Unknown pace: ${String(p)}`);
  return rate;
}

/** The espeak-ng `-s` rate of a pace: round(175 × rate% / 100), i.e. 140, 175, 210. */
export function espeakWordsPerMinute(p: Pace): number {
  return Math.round((ESPEAK_DEFAULT_WPM * paceRatePercent(p)) / 100);
}
