/**
 * Every sentence the skill can say, as keys; en-US is the reference. Every
 * locale's speech has one sentence for every key: a locale missing a key, or
 * with one en-US lacks, fails the build.
 */
import type { enUS } from './en-US/speech';

export type SpeechKey = keyof typeof enUS;

export type Speech = { readonly [Key in SpeechKey]: string };
