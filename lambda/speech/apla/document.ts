/**
 * The APL-for-audio (APLA) documents the skill sends, as types: only the
 * components it uses or reads, all fully inflated (no data binding).
 */

/** Properties every APLA component may have. */
interface AplaBase {
  description?: string;
}

export interface AplaSpeech extends AplaBase {
  type: 'Speech';
  contentType: 'SSML' | 'PlainText';
  content: string;
  /** 'trimToParent' cuts the clip at the end of its parent Mixer; the default ('auto') plays it whole. */
  duration?: 'auto' | 'trimToParent';
}

export interface AplaSilence extends AplaBase {
  type: 'Silence';
  /** Exact length, in milliseconds. */
  duration: number;
}

export interface AplaAudio extends AplaBase {
  type: 'Audio';
  source: string;
  duration?: 'auto' | 'trimToParent';
}

/** Plays its items at the same time; lasts as long as the longest. */
export interface AplaMixer extends AplaBase {
  type: 'Mixer';
  items: AplaComponent[];
}

/** Plays its items one after another. */
export interface AplaSequencer extends AplaBase {
  type: 'Sequencer';
  items: AplaComponent[];
}

/** Plays one of its items (the first, with the default strategy). */
export interface AplaSelector extends AplaBase {
  type: 'Selector';
  strategy?: 'normal' | 'randomItem' | 'randomData' | 'randomItemRandomData';
  items: AplaComponent[];
}

export type AplaComponent = AplaSpeech | AplaSilence | AplaAudio | AplaMixer | AplaSequencer | AplaSelector;

export const APLA_VERSION = '0.91';

export interface AplaDocument {
  type: 'APLA';
  version: typeof APLA_VERSION;
  mainTemplate: { parameters: string[]; item: AplaComponent };
}

export const APLA_RENDER_DOCUMENT = 'Alexa.Presentation.APLA.RenderDocument';

export interface AplaDirective {
  type: typeof APLA_RENDER_DOCUMENT;
  token: string;
  document: AplaDocument;
}

/** The directive that plays a document after the response's outputSpeech. */
export function aplaDirective(document: AplaDocument, token = 'hamstring-coach-hold'): AplaDirective {
  return { type: APLA_RENDER_DOCUMENT, token, document };
}

/** The APLA documents among a response's directives, in order. */
export function aplaDocumentsOf(directives: readonly unknown[] | undefined): AplaDocument[] {
  return (directives ?? [])
    .filter((d): d is AplaDirective => typeof d === 'object' && d !== null && (d as { type?: unknown }).type === APLA_RENDER_DOCUMENT)
    .map((d) => d.document);
}
