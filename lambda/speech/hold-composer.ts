/**
 * Lays out a timed hold as a plain timeline: the hold's exact length and, for
 * each spoken cue, the exact moment it starts. The hold is played as APL for
 * audio (see apla/hold-document.ts): pauses of exactly the hold time, with each
 * cue on its own track, so the hold lasts its time whatever the voice.
 *
 * A track must never outlast the next cue or the hold, or the cues would talk
 * over each other and the hold would stretch. So every cue is given room for a
 * voice CUE_SLACK times slower than the timing model says.
 *
 * Rules, for someone with their eyes closed:
 * - a cue at halfway, and "five more seconds" near the end;
 * - "N seconds to go" on the tens, where they don't crowd the others;
 * - no silence longer than MAX_SILENCE_SECONDS: a gentle breathing or form
 *   reminder fills a longer gap, so the user never wonders whether it stopped;
 * - a hold of REMINDER_FROM_SECONDS or more has at least the first reminder
 *   (the caller puts the one that matters most first);
 * - the chime, after the timeline, marks the end of the hold.
 * Pure: text and timing come in as functions.
 */
import { MAX_BREAK_MS } from './segments';

export interface HoldCues {
  halfway: string;
  fiveLeft: string;
  secondsLeft(count: number): string;
  /** Breathing and form reminders, in the order to use them; the first is always said in a long enough hold. */
  reminders: readonly string[];
}

/** One cue of a hold: what is said, and when it starts, in ms from the start of the hold. */
export interface HoldCue {
  atMs: number;
  text: string;
}

/** A hold as it is played: exactly `holdMs` long, cues in the order they start. */
export interface HoldTimeline {
  holdMs: number;
  cues: HoldCue[];
}

export const MAX_SILENCE_SECONDS = MAX_BREAK_MS / 1000;
/** Room left for each cue, as a multiple of the timing model's estimate: a voice may be this much slower. */
export const CUE_SLACK = 2;
/** Holds at least this long always carry a reminder. */
export const REMINDER_FROM_SECONDS = 20;
/** Cue starts closer than this to each other feel like chatter... */
const MIN_CUE_SPACING_MS = 6000;
/** ...except halfway and five-left, which a short hold needs both of. */
const MIN_ANCHOR_SPACING_MS = 5000;
/** Nothing is counted down in the first seconds: the user is settling into the stretch. */
const FIRST_COUNTDOWN_AFTER_MS = 6000;

interface Placed {
  atMs: number;
  text: string;
  /** The model's estimate of how long it takes to say, in ms. */
  ms: number;
  /** 3 halfway, 2 five-left, 1 countdown, 0 reminder. */
  priority: number;
}

export function composeHold(seconds: number, cues: HoldCues, speechSeconds: (text: string) => number): HoldTimeline {
  const holdMs = Math.max(0, Math.round(seconds * 1000));
  const lengthMs = (text: string) => Math.ceil(speechSeconds(text) * 1000);
  const placed = anchorCues(holdMs, cues, lengthMs);
  fillSilences(placed, holdMs, cues.reminders, lengthMs);
  if (seconds >= REMINDER_FROM_SECONDS && cues.reminders.length > 0) ensureReminder(placed, holdMs, cues.reminders[0], lengthMs);
  return { holdMs, cues: byStart(placed).map(({ atMs, text }) => ({ atMs, text })) };
}

/** The end of a cue's room: where the next may start, even if the voice is CUE_SLACK times slower. */
function roomEnd(cue: Placed): number {
  return cue.atMs + CUE_SLACK * cue.ms;
}

function byStart(cues: Placed[]): Placed[] {
  return [...cues].sort((a, b) => a.atMs - b.atMs);
}

function overlaps(a: Placed, b: Placed): boolean {
  return a.atMs < roomEnd(b) && b.atMs < roomEnd(a);
}

/** Halfway, five-left and on-the-tens countdown cues, thinned so none crowd or overlap. */
function anchorCues(holdMs: number, cues: HoldCues, lengthMs: (text: string) => number): Placed[] {
  const candidates: Placed[] = [];
  const add = (atMs: number, text: string, priority: number) => candidates.push({ atMs: Math.round(atMs), text, ms: lengthMs(text), priority });
  if (holdMs >= 15_000) add(holdMs / 2, cues.halfway, 3);
  if (holdMs >= 10_000) add(holdMs - 5000, cues.fiveLeft, 2);
  for (let left = 10; holdMs - left * 1000 >= FIRST_COUNTDOWN_AFTER_MS; left += 10) add(holdMs - left * 1000, cues.secondsLeft(left), 1);

  const chosen: Placed[] = [];
  for (const cue of [...candidates].sort((a, b) => b.priority - a.priority || a.atMs - b.atMs)) {
    if (roomEnd(cue) > holdMs) continue;
    const roomy = (other: Placed) =>
      !overlaps(other, cue) &&
      Math.abs(other.atMs - cue.atMs) >= (Math.min(other.priority, cue.priority) >= 2 ? MIN_ANCHOR_SPACING_MS : MIN_CUE_SPACING_MS);
    if (chosen.every(roomy)) chosen.push(cue);
  }
  return chosen;
}

interface Gap {
  /** Where the silence starts: the end of the cue before, by the model (0 at the start of the hold). */
  quietFrom: number;
  /** Where a new cue may start: the end of the room of the cue before. */
  freeFrom: number;
  /** Where the next cue starts (or the hold ends). */
  until: number;
}

function gapsOf(placed: Placed[], holdMs: number): Gap[] {
  const sorted = byStart(placed);
  const gaps: Gap[] = [];
  for (let i = 0; i <= sorted.length; i++) {
    const before = sorted[i - 1];
    gaps.push({
      quietFrom: before ? before.atMs + before.ms : 0,
      freeFrom: before ? roomEnd(before) : 0,
      until: i < sorted.length ? sorted[i].atMs : holdMs,
    });
  }
  return gaps;
}

/** Where a cue of `ms` goes in a gap: centred in its silence, within the room there is; undefined if it does not fit. */
function placeIn(gap: Gap, ms: number): number | undefined {
  const earliest = gap.freeFrom;
  const latest = gap.until - CUE_SLACK * ms;
  if (latest < earliest) return undefined;
  const centred = Math.round((gap.quietFrom + gap.until - ms) / 2);
  return Math.min(latest, Math.max(earliest, centred));
}

/** Puts a reminder in every silence that would be too long, using the reminders in turn. */
function fillSilences(placed: Placed[], holdMs: number, reminders: readonly string[], lengthMs: (text: string) => number): void {
  if (reminders.length === 0) return;
  let next = 0;
  const unfillable = new Set<number>();
  for (;;) {
    const gap = gapsOf(placed, holdMs).find((g) => g.until - g.quietFrom > MAX_BREAK_MS && !unfillable.has(g.until));
    if (!gap) return;
    let filled = false;
    // Try each reminder once, starting with the next in turn: a shorter one may fit where a longer one does not.
    for (let tried = 0; tried < reminders.length && !filled; tried++) {
      const index = (next + tried) % reminders.length;
      const text = reminders[index];
      const ms = lengthMs(text);
      const atMs = placeIn(gap, ms);
      if (atMs === undefined) continue;
      placed.push({ atMs, text, ms, priority: 0 });
      next = index + 1;
      filled = true;
    }
    if (!filled) unfillable.add(gap.until);
  }
}

/** A long hold always carries the first reminder: in the longest silence it fits, dropping countdowns if it fits nowhere. */
function ensureReminder(placed: Placed[], holdMs: number, reminder: string, lengthMs: (text: string) => number): void {
  if (placed.some((cue) => cue.text === reminder)) return;
  const ms = lengthMs(reminder);
  for (;;) {
    const fits = gapsOf(placed, holdMs)
      .map((gap) => ({ gap, atMs: placeIn(gap, ms) }))
      .filter((f): f is { gap: Gap; atMs: number } => f.atMs !== undefined)
      .sort((a, b) => b.gap.until - b.gap.quietFrom - (a.gap.until - a.gap.quietFrom));
    if (fits.length > 0) {
      placed.push({ atMs: fits[0].atMs, text: reminder, ms, priority: 0 });
      return;
    }
    // Make room: the least needed cue goes (the last countdown or reminder first, halfway last).
    const candidates = placed.filter((cue) => cue.priority < 3);
    if (candidates.length === 0) return;
    const drop = candidates.sort((a, b) => a.priority - b.priority || b.atMs - a.atMs)[0];
    placed.splice(placed.indexOf(drop), 1);
  }
}
