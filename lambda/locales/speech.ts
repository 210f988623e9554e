/**
 * Every sentence the skill can say, as keys; en-US is the reference. Every
 * locale's speech has one sentence for every key: a locale missing a key, or
 * with one en-US lacks, fails the build.
 */
import type { enUS } from './en-US/speech';

export type SpeechKey = keyof typeof enUS;

/**
 * A clock time's keys: their count is the hour, and a locale may also add a line per part of
 * the day, `<key>_<DayPart>` (i18next's context), for a language that says the part of the day
 * with the hour (Hindi: सुबह 9 बजे, रात 9 बजे); `dayPartOf` in vocabulary/clock.ts divides the day.
 */
export const CLOCK_KEYS = ['time.onTheHour', 'time.withMinutes'] as const satisfies readonly SpeechKey[];

/**
 * Keys whose words change with a number in some languages: a length's noun (Arabic:
 * ثانيتان، ٣ ثوانٍ، ٢٠ ثانية), the article before a clock time's hour (Spanish: la 1, las 2).
 * A locale may add `<key>_<category>` lines for the categories of its Intl.PluralRules;
 * i18next picks the one for the `count` (for a clock time, the hour as the locale's own
 * line says it, on 12 or 24 hours), and the plain key for any category without its own line.
 */
export const COUNTED_KEYS = ['length.seconds', ...CLOCK_KEYS] as const satisfies readonly SpeechKey[];

/** The parts of the day a clock line may have a form for (`dayPartOf` in vocabulary/clock.ts picks one by the hour). */
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'] as const;

export type DayPart = (typeof DAY_PARTS)[number];

export type PluralCategory = Intl.LDMLPluralRule;

export type PluralFormKey = `${(typeof COUNTED_KEYS)[number]}_${PluralCategory}`;

export type DayPartFormKey = `${(typeof CLOCK_KEYS)[number]}_${DayPart}`;

export type Speech = { readonly [Key in SpeechKey]: string } & { readonly [Key in PluralFormKey | DayPartFormKey]?: string };
