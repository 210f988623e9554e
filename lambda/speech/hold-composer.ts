/**
 * Lays out a timed hold: silence with a few spoken cues, so the whole lasts
 * the hold's length when said aloud. Alexa has no clock inside a response, so
 * the length is the sum of the pauses and the estimated time of each cue.
 *
 * Rules, for someone with their eyes closed:
 * - a cue at halfway, and "five more seconds" near the end;
 * - "N seconds to go" on the tens, where they don't crowd the others;
 * - no silence longer than MAX_SILENCE_SECONDS: a gentle breathing or form
 *   reminder fills a longer gap, so the user never wonders whether it stopped;
 * - the chime marks the end of the hold.
 * Pure: text and timing come in as functions.
 */
import { MAX_BREAK_MS, RELEASE_CHIME, Segment } from './segments';

export interface HoldCues {
  halfway: string;
  fiveLeft: string;
  secondsLeft(count: number): string;
  /** Breathing and form reminders, used in turn to fill long silences. */
  reminders: readonly string[];
}

export const MAX_SILENCE_SECONDS = MAX_BREAK_MS / 1000;
/** Cues closer than this to each other feel like chatter... */
const MIN_CUE_SPACING_SECONDS = 6;
/** ...except halfway and five-left, which a short hold needs both of. */
const MIN_ANCHOR_SPACING_SECONDS = 5;
/** Nothing is said in the first seconds: the user is settling into the stretch. */
const FIRST_CUE_AFTER_SECONDS = 6;

interface Cue {
  at: number;
  text: string;
  priority: number;
}

export function composeHold(seconds: number, cues: HoldCues, speechSeconds: (text: string) => number): Segment[] {
  const timeline = fillSilences(anchorCues(seconds, cues), seconds, cues.reminders, speechSeconds);
  const segments: Segment[] = [];
  let clock = 0;
  for (const cue of timeline) {
    pushBreak(segments, cue.at - clock);
    segments.push({ kind: 'speech', text: cue.text });
    clock = cue.at + speechSeconds(cue.text);
  }
  pushBreak(segments, seconds - clock);
  segments.push({ kind: 'audio', src: RELEASE_CHIME.src, seconds: RELEASE_CHIME.seconds });
  return segments;
}

/** Halfway, five-left and on-the-tens countdown cues, thinned so none crowd. */
function anchorCues(seconds: number, cues: HoldCues): Cue[] {
  const candidates: Cue[] = [];
  if (seconds >= 15) candidates.push({ at: seconds / 2, text: cues.halfway, priority: 3 });
  if (seconds >= 10) candidates.push({ at: seconds - 5, text: cues.fiveLeft, priority: 2 });
  for (let left = 10; seconds - left >= FIRST_CUE_AFTER_SECONDS; left += 10) {
    candidates.push({ at: seconds - left, text: cues.secondsLeft(left), priority: 1 });
  }
  const chosen: Cue[] = [];
  for (const cue of [...candidates].sort((a, b) => b.priority - a.priority || a.at - b.at)) {
    const roomy = (other: Cue) =>
      Math.abs(other.at - cue.at) >= (Math.min(other.priority, cue.priority) >= 2 ? MIN_ANCHOR_SPACING_SECONDS : MIN_CUE_SPACING_SECONDS);
    if (chosen.every(roomy)) chosen.push(cue);
  }
  return chosen.sort((a, b) => a.at - b.at);
}

/** Puts a reminder in the middle of every silence that would be too long. */
function fillSilences(
  anchors: Cue[],
  seconds: number,
  reminders: readonly string[],
  speechSeconds: (text: string) => number,
): Cue[] {
  const timeline = [...anchors];
  let used = 0;
  for (let i = 0; i <= timeline.length; i++) {
    const gapStart = i === 0 ? 0 : timeline[i - 1].at + speechSeconds(timeline[i - 1].text);
    const gapEnd = i < timeline.length ? timeline[i].at : seconds;
    if (gapEnd - gapStart <= MAX_SILENCE_SECONDS || reminders.length === 0) continue;
    const text = reminders[used++ % reminders.length];
    const at = gapStart + (gapEnd - gapStart - speechSeconds(text)) / 2;
    timeline.splice(i, 0, { at, text, priority: 0 });
    // Look at the same gap again: it is now two gaps, either may still be too long.
    i--;
  }
  return timeline;
}

function pushBreak(segments: Segment[], seconds: number): void {
  const ms = Math.round(seconds * 1000);
  if (ms > 0) segments.push({ kind: 'break', ms });
}
