/**
 * Reads our own SSML back as a timeline, for the text console (which prints
 * or waits out the pauses), the APLA reader (each Speech of a hold) and tests
 * that check how long a response lasts.
 * It understands exactly what ssml.ts writes: text, <prosody rate>, <break>,
 * <audio>.
 */
import { knownAudioSeconds, Segment } from './segments';
import { Pace, PACES, paceRatePercent } from '../vocabulary/pace';

export interface TimedSegment {
  segment: Segment;
  pace: Pace;
}

const TOKEN = /<break time="(\d+)ms"\/>|<audio src="([^"]*)"\/>|<prosody rate="(\d+)%">([\s\S]*?)<\/prosody>|([^<]+)/g;

export function readSsml(ssml: string): TimedSegment[] {
  const body = ssml.replace(/^\s*<speak>/, '').replace(/<\/speak>\s*$/, '');
  const timeline: TimedSegment[] = [];
  for (const match of body.matchAll(TOKEN)) {
    const [, breakMs, audioSrc, rate, prosodyText, plainText] = match;
    if (breakMs !== undefined) {
      timeline.push({ segment: { kind: 'break', ms: Number(breakMs) }, pace: 'normal' });
    } else if (audioSrc !== undefined) {
      const src = unescapeXml(audioSrc);
      timeline.push({ segment: { kind: 'audio', src, seconds: knownAudioSeconds(src) }, pace: 'normal' });
    } else {
      const text = unescapeXml((prosodyText ?? plainText ?? '').trim());
      if (text) timeline.push({ segment: { kind: 'speech', text }, pace: paceOfRate(rate) });
    }
  }
  return timeline;
}

function paceOfRate(rate: string | undefined): Pace {
  const percent = rate === undefined ? 100 : Number(rate);
  return PACES.find((pace) => paceRatePercent(pace) === percent) ?? 'normal';
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
