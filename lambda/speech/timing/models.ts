/**
 * The timing models a locale's timing.json can name: each lists its features (the order of the
 * coefficients) and reads them from a plain text.
 */
import { SPEECH_FEATURE_NAMES, speechFeatures } from './english';
import { MORA_FEATURE_NAMES, moraFeatures } from './morae';
import { SYLLABLE_FEATURE_NAMES, syllableFeatures } from './syllables';

export interface TimingModel {
  readonly features: readonly string[];
  featuresOf(text: string): Readonly<Record<string, number>>;
}

export const TIMING_MODELS = {
  /** English words: stressed and reduced syllables, consonants, pauses (en-* locales). */
  english: { features: SPEECH_FEATURE_NAMES, featuresOf: speechFeatures },
  /** Syllables of Latin, Devanagari or Arabic script, consonants, pauses. */
  syllables: { features: SYLLABLE_FEATURE_NAMES, featuresOf: syllableFeatures },
  /** Japanese morae and pauses, at a stated rate. */
  morae: { features: MORA_FEATURE_NAMES, featuresOf: moraFeatures },
} satisfies Record<string, TimingModel>;

export type TimingModelName = keyof typeof TIMING_MODELS;

export function isTimingModelName(value: unknown): value is TimingModelName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(TIMING_MODELS, value);
}
