/**
 * A response as a timeline: speech, silence and sound, in order. The same
 * segments are turned into SSML for Alexa and measured for timing, so what
 * is said and how long it is believed to take cannot drift apart.
 */
export type Segment =
  | { kind: 'speech'; text: string }
  | { kind: 'break'; ms: number }
  | { kind: 'audio'; src: string; seconds: number };

/** Alexa's limit for one `<break>`. */
export const MAX_BREAK_MS = 10_000;

/** The release chime, from the Alexa Skills Kit sound library. */
export const RELEASE_CHIME = {
  src: 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_03',
  // The library lists this family of short chimes at about a second; the hold
  // ends when the chime starts, so this length only shifts what follows.
  seconds: 1,
} as const;

/** How long a sound the skill plays lasts, in seconds (0 for a sound it does not know). */
export function knownAudioSeconds(src: string): number {
  return src === RELEASE_CHIME.src ? RELEASE_CHIME.seconds : 0;
}
