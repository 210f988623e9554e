/**
 * Speech paces of the coach's voice: what the user chose ("speak slower"),
 * remembered with their preferences and rendered as an SSML prosody rate.
 */
export type Pace = 'slow' | 'normal' | 'fast';

/** All paces, slowest first. */
export const PACES: readonly Pace[] = Object.freeze(['slow', 'normal', 'fast'] as const);

const RATE_PERCENT: Readonly<Record<Pace, number>> = Object.freeze({ slow: 80, normal: 100, fast: 120 });

/** The SSML prosody rate of a pace, in percent: slow 80, normal 100, fast 120. */
export function paceRatePercent(p: Pace): number {
  const rate = RATE_PERCENT[p];
  if (rate === undefined) throw new RangeError(`Unknown pace: ${String(p)}`);
  return rate;
}
