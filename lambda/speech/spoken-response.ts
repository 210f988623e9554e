/**
 * A response as it is heard: outputSpeech first, then any APLA document (the
 * hold). Its words in order, and how long it lasts: pauses and the hold exactly,
 * speech by the timing model (or the `speechMs` given). Used by the voice
 * simulator, the tests and the benchmark. Structural types: no SDK needed.
 */
import { aplaDocumentsOf } from './apla/document';
import { aplaText, AplaTimeline, modelSpeechMs, readApla, SpeechMs } from './apla/reader';
import { readSsml } from './ssml-reader';

export interface ResponseLike {
  outputSpeech?: { type?: string; ssml?: string; text?: string };
  directives?: readonly unknown[];
}

export interface SpokenResponse {
  /** outputSpeech as SSML, or '' when there is none. */
  ssml: string;
  /** The APLA document played after outputSpeech, as a timeline. */
  apla?: AplaTimeline;
  /** Everything said, in order: outputSpeech, then the words of the APLA document. */
  text: string;
  /** How long outputSpeech and the APLA document last together. */
  seconds: number;
}

export function readResponse(response: ResponseLike | undefined, speechMs: SpeechMs = modelSpeechMs): SpokenResponse {
  const speech = response?.outputSpeech;
  const ssml = !speech ? '' : speech.type === 'SSML' ? (speech.ssml ?? '') : (speech.text ?? '');
  const [document] = aplaDocumentsOf(response?.directives);
  const apla = document ? readApla(document, speechMs) : undefined;
  const text = [ssmlText(ssml), apla ? aplaText(apla) : ''].filter(Boolean).join(' ');
  return { ssml, apla, text, seconds: ssmlSeconds(ssml, speechMs) + (apla ? apla.totalMs / 1000 : 0) };
}

/** The words of SSML, as a person would hear them. */
export function ssmlText(ssml: string): string {
  return readSsml(ssml)
    .map(({ segment }) => (segment.kind === 'speech' ? segment.text : ''))
    .filter(Boolean)
    .join(' ');
}

/** How long SSML takes to say: pauses and sounds exactly, speech by `speechMs`. */
export function ssmlSeconds(ssml: string, speechMs: SpeechMs = modelSpeechMs): number {
  let ms = 0;
  for (const { segment, pace } of readSsml(ssml)) {
    if (segment.kind === 'speech') ms += speechMs(segment.text, pace);
    else if (segment.kind === 'break') ms += segment.ms;
    else ms += segment.seconds * 1000;
  }
  return ms / 1000;
}
