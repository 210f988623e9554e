/**
 * From the state machine's `Say` items to timed segments, SSML and seconds.
 * This is the one place where keys become words and words become time.
 */
import { BREATHING_CUES, VARIANTS, VariantId } from '../routine/routine';
import type { Say } from '../state/machine';
import { composeHold, HoldCues } from './hold-composer';
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

export function toSegments(items: readonly Say[], voice: Voice): Segment[] {
  const segments: Segment[] = [];
  for (const item of items) {
    if ('hold' in item) {
      const cues = holdCues(voice.t, item.hold.variant);
      segments.push(...composeHold(item.hold.seconds, cues, (text) => estimateSpeechSeconds(text, voice.pace)));
      continue;
    }
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
