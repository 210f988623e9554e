/** Turns a segment timeline into Amazon SSML (the body of `<speak>`). */
import { MAX_BREAK_MS, Segment } from './segments';
import { Pace, paceRatePercent } from '../vocabulary/pace';

export function toSsml(segments: readonly Segment[], pace: Pace): string {
  const rate = paceRatePercent(pace);
  return segments
    .map((segment) => {
      switch (segment.kind) {
        case 'speech': {
          const text = escapeXml(segment.text);
          // Pauses and sounds stay outside <prosody>: their length must not depend on the pace.
          return rate === 100 ? text : `<prosody rate="${rate}%">${text}</prosody>`;
        }
        case 'break':
          return breakTag(segment.ms);
        case 'audio':
          return `<audio src="${escapeXml(segment.src)}"/>`;
      }
    })
    .join(' ');
}

function breakTag(ms: number): string {
  const bounded = Math.min(MAX_BREAK_MS, Math.max(0, Math.round(ms)));
  return `<break time="${bounded}ms"/>`;
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as SSML character data: the five XML special characters escaped, as Alexa's SSML parser expects. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]);
}
