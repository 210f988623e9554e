/**
 * Reads an APLA document back as a timeline: what starts when, and what is
 * silence, in ms from the start of the document. Pauses and Silence are exact;
 * speech lasts what `speechMs` says (the timing model by default; tests pass 2x
 * the model, or lengths measured with a real synthesizer).
 *
 * Used by the console (prints or waits out the timeline), the voice simulator
 * (its clock), the tests and the benchmark. Understands the components in
 * document.ts and the SSML that ssml.ts writes.
 */
import { knownAudioSeconds } from '../segments';
import { readSsml } from '../ssml-reader';
import type { Pace } from '../../vocabulary/pace';
import { estimateSpeechSeconds } from '../timing/speech-duration';
import type { AplaComponent, AplaDocument } from './document';

export type AplaEvent =
  | { kind: 'speech'; atMs: number; ms: number; text: string; pace: Pace }
  | { kind: 'audio'; atMs: number; ms: number; src: string }
  | { kind: 'silence'; atMs: number; ms: number };

export interface AplaTimeline {
  /** In order of start; silence is every stretch where nothing is heard. */
  events: AplaEvent[];
  totalMs: number;
}

export type SpeechMs = (text: string, pace: Pace) => number;

/** Speech lasts what the timing model of a locale says. */
export function modelSpeechMsFor(locale: string): SpeechMs {
  return (text, pace) => estimateSpeechSeconds(text, pace, locale) * 1000;
}

export const modelSpeechMs: SpeechMs = modelSpeechMsFor('en-US');

type Heard = Exclude<AplaEvent, { kind: 'silence' }>;

export function readApla(document: AplaDocument, speechMs: SpeechMs = modelSpeechMs): AplaTimeline {
  const heard: Heard[] = [];
  const totalMs = play(document.mainTemplate.item, 0, heard, speechMs);
  heard.sort((a, b) => a.atMs - b.atMs);
  const events: AplaEvent[] = [];
  let quietFrom = 0;
  for (const event of heard) {
    if (event.atMs > quietFrom) events.push({ kind: 'silence', atMs: quietFrom, ms: event.atMs - quietFrom });
    events.push(event);
    quietFrom = Math.max(quietFrom, event.atMs + event.ms);
  }
  if (totalMs > quietFrom) events.push({ kind: 'silence', atMs: quietFrom, ms: totalMs - quietFrom });
  return { events, totalMs };
}

/** Plays a component from `startMs`, noting what is heard; returns how long it lasts. */
function play(component: AplaComponent, startMs: number, heard: Heard[], speechMs: SpeechMs): number {
  switch (component.type) {
    case 'Silence':
      return component.duration;
    case 'Audio': {
      const ms = knownAudioSeconds(component.source) * 1000;
      heard.push({ kind: 'audio', atMs: startMs, ms, src: component.source });
      return ms;
    }
    case 'Speech': {
      let clock = startMs;
      const timeline =
        component.contentType === 'SSML'
          ? readSsml(component.content)
          : [{ segment: { kind: 'speech' as const, text: component.content }, pace: 'normal' as Pace }];
      for (const { segment, pace } of timeline) {
        if (segment.kind === 'break') {
          clock += segment.ms;
        } else if (segment.kind === 'audio') {
          heard.push({ kind: 'audio', atMs: clock, ms: segment.seconds * 1000, src: segment.src });
          clock += segment.seconds * 1000;
        } else {
          const ms = speechMs(segment.text, pace);
          heard.push({ kind: 'speech', atMs: clock, ms, text: segment.text, pace });
          clock += ms;
        }
      }
      return clock - startMs;
    }
    case 'Sequencer': {
      let clock = startMs;
      for (const item of component.items) clock += play(item, clock, heard, speechMs);
      return clock - startMs;
    }
    case 'Mixer':
      return component.items.reduce((longest, item) => Math.max(longest, play(item, startMs, heard, speechMs)), 0);
    case 'Selector':
      return component.items.length > 0 ? play(component.items[0], startMs, heard, speechMs) : 0;
    default:
      throw new Error(`Unknown APLA component: ${JSON.stringify((component as { type?: unknown }).type)}`);
  }
}

/** The words heard, in the order they start. */
export function aplaText(timeline: AplaTimeline): string {
  return timeline.events
    .filter((event): event is Extract<AplaEvent, { kind: 'speech' }> => event.kind === 'speech')
    .map((event) => event.text)
    .join(' ');
}
