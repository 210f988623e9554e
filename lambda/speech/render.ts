/**
 * From the state machine's `Say` items to timed segments, SSML, APLA and seconds.
 * This is the one place where keys become words and words become time.
 */
import { BREATHING_CUES, VARIANTS } from '../routine/routine';
import { wording, type HoldPlan, type Say, type SpeechKey } from '../vocabulary/say';
import type { AplaDocument } from './apla/document';
import { holdDocument } from './apla/hold-document';
import { composeHold, HoldCues, HoldTimeline } from './hold-composer';
import { Translate, translator } from './i18n';
import { Segment } from './segments';
import { toSsml } from './ssml';
import { estimateSpeechSeconds } from './timing/speech-duration';
import { Pace } from '../vocabulary/pace';

/** How a response is said: the locale's words and timing, at the user's pace. */
export interface Voice {
  locale: string;
  t: Translate;
  pace: Pace;
}

export function voiceFor(locale: string, pace: Pace): Voice {
  return { locale, t: translator(locale), pace };
}

/** Spoken items as segments. A hold is not a segment: it is played as APLA (renderSpeech). */
export function toSegments(items: readonly Say[], voice: Voice): Segment[] {
  const segments: Segment[] = [];
  for (const item of items) {
    if ('hold' in item) throw new Error('A hold is rendered as an APLA document, not as segments');
    const text = voice.t(item.key, item.params);
    const last = segments[segments.length - 1];
    // Sentences that follow each other are one passage: one prosody span, natural joins.
    if (last?.kind === 'speech') last.text = `${last.text} ${text}`;
    else segments.push({ kind: 'speech', text });
  }
  return segments;
}

export function renderSsml(items: readonly Say[], voice: Voice): string {
  return toSsml(toSegments(items, voice), voice.pace);
}

/** What a response says: `ssml` (the body of outputSpeech), then, for a hold, the APLA document played after it. */
export interface RenderedSpeech {
  ssml?: string;
  apla?: AplaDocument;
}

/**
 * Everything before a hold is outputSpeech; the hold, the chime and everything
 * after it (release, the question) are one APLA document, which Alexa plays
 * once outputSpeech is said.
 */
export function renderSpeech(items: readonly Say[], voice: Voice): RenderedSpeech {
  const at = items.findIndex((item) => 'hold' in item);
  if (at < 0) return items.length > 0 ? { ssml: renderSsml(items, voice) } : {};
  const hold = (items[at] as { hold: HoldPlan }).hold;
  const before = items.slice(0, at);
  return {
    ...(before.length > 0 ? { ssml: renderSsml(before, voice) } : {}),
    apla: holdDocument(holdTimeline(hold, voice), toSegments(items.slice(at + 1), voice), voice.pace),
  };
}

/** A hold's cues and their exact starts, spaced by the timing model at the voice's pace. */
export function holdTimeline(hold: HoldPlan, voice: Voice): HoldTimeline {
  return composeHold(hold.seconds, holdCues(voice.t, hold), (text) => estimateSpeechSeconds(text, voice.pace, voice.locale));
}

/** How long the items take to say aloud, by the locale's calibrated timing model. */
export function segmentsSeconds(segments: readonly Segment[], voice: Pick<Voice, 'pace' | 'locale'>): number {
  let total = 0;
  for (const segment of segments) {
    if (segment.kind === 'speech') total += estimateSpeechSeconds(segment.text, voice.pace, voice.locale);
    else if (segment.kind === 'break') total += segment.ms / 1000;
    else total += segment.seconds;
  }
  return total;
}

/**
 * The cues of one hold. Each hold of a routine takes its wordings and
 * reminders in turn, starting with a form reminder of its own, so no two holds
 * sound the same and every hold reminds the user of their form.
 */
export function holdCues(t: Translate, plan: Pick<HoldPlan, 'variant' | 'holdIndex'>): HoldCues {
  const { variant, holdIndex } = plan;
  const forms = VARIANTS[variant].formCues;
  const reminders: string[] = [];
  for (let i = 0; i < Math.max(forms, BREATHING_CUES); i++) {
    reminders.push(t(`form.${variant}.${(holdIndex + i) % forms}` as SpeechKey));
    reminders.push(t(`hold.cue.breathe.${(holdIndex + i) % BREATHING_CUES}` as SpeechKey));
  }
  return {
    halfway: t(wording('hold.cue.halfway', holdIndex)),
    fiveLeft: t(wording('hold.cue.fiveLeft', holdIndex)),
    secondsLeft: (count) => t('hold.cue.secondsLeft', { count }),
    reminders,
  };
}
