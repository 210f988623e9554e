/**
 * Every sentence the skill can say, as keys; en-US is the reference. Every
 * locale's speech has one sentence for every key: a locale missing a key, or
 * with one en-US lacks, fails the build.
 */
import type { enUS } from './en-US/speech';

export type SpeechKey = keyof typeof enUS;

/**
 * Keys said with a `count` whose noun changes form with the number in some languages
 * (Arabic: ثانيتان، ٣ ثوانٍ، ٢٠ ثانية). A locale may add `<key>_<category>` lines for the
 * categories of its Intl.PluralRules; i18next picks the one for the count, and the plain
 * key for any category without its own line.
 */
export const COUNTED_KEYS = ['length.seconds'] as const satisfies readonly SpeechKey[];

export type PluralCategory = Intl.LDMLPluralRule;

export type PluralFormKey = `${(typeof COUNTED_KEYS)[number]}_${PluralCategory}`;

export type Speech = { readonly [Key in SpeechKey]: string } & { readonly [Key in PluralFormKey]?: string };
