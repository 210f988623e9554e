/**
 * From the state machine's `Say` items to timed segments, SSML, APLA and seconds.
 * This is the one place where keys become words and words become time.
 */
import { BREATHING_CUES, VARIANTS, VariantId } from '../routine/routine';
import type { HoldPlan, Say } from '../state/machine';
import type { AplaDocument } from './apla/document';
import { holdDocument } from './apla/hold-document';
import { composeHold, HoldCues, HoldTimeline } from './hold-composer';
import { Translate, translator } from './i18n';
import { SpeechKey } from './locales/en-US';
import { Segment } from './segments';
import { toSsml } from './ssml';
import { estimateSpeechSeconds } from './timing/speech-duration';
import { Pace } from './timing/pace';

export interface Voice {
  t: Translate;
  pace: Pace;
}

export function voiceFor(locale: string, pace: Pace): Voice {
  return { t: translator(locale), pace };
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
  return composeHold(hold.seconds, holdCues(voice.t, hold.variant), (text) => estimateSpeechSeconds(text, voice.pace));
}

/** How long the items take to say aloud, by the calibrated timing model. */
export function segmentsSeconds(segments: readonly Segment[], pace: Pace): number {
  let total = 0;
  for (const segment of segments) {
    if (segment.kind === 'speech') total += estimateSpeechSeconds(segment.text, pace);
    else if (segment.kind === 'break') total += segment.ms / 1000;
    else total += segment.seconds;
  }
  return total;
}

export function holdCues(t: Translate, variant: VariantId): HoldCues {
  const reminders: string[] = [];
  const count = Math.max(BREATHING_CUES, VARIANTS[variant].formCues);
  for (let i = 0; i < count; i++) {
    if (i < BREATHING_CUES) reminders.push(t(`hold.cue.breathe.${i}` as SpeechKey));
    if (i < VARIANTS[variant].formCues) reminders.push(t(`form.${variant}.${i}` as SpeechKey));
  }
  return {
    halfway: t('hold.cue.halfway'),
    fiveLeft: t('hold.cue.fiveLeft'),
    secondsLeft: (count) => t('hold.cue.secondsLeft', { count }),
    reminders,
  };
}
