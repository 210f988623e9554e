/**
 * How people say a length of time, as AMAZON.DURATION hears it: each phrase with the ISO-8601
 * value Alexa would send ("a minute" -> PT1M, "half a minute" -> PT30S). Built from a locale's
 * spoken.json `durations`: the `second` and `minute` templates ("{n} seconds") for every count,
 * plus its `fixed` phrases. Numbers are written in digits, because the resolver turns number
 * words into digits before matching; a fixed phrase is kept as said and in digits.
 */
export interface DurationPhrase {
  phrase: string;
  iso: string;
}

export interface DurationTemplates {
  second: string[];
  minute: string[];
  fixed?: Record<string, string[]>;
}

const MAX_SECONDS = 300;
const MAX_MINUTES = 30;

/** The phrases of a locale; `toDigits` normalises a phrase and writes its number words in digits. */
export function durationPhrases(templates: DurationTemplates, toDigits: (phrase: string) => string): DurationPhrase[] {
  const phrases: DurationPhrase[] = [];
  const seen = new Set<string>();
  const add = (iso: string, phrase: string): void => {
    if (phrase.length === 0 || seen.has(phrase)) return;
    seen.add(phrase);
    phrases.push({ phrase, iso });
  };
  for (const [iso, said] of Object.entries(templates.fixed ?? {})) {
    for (const phrase of said) {
      add(iso, toDigits(phrase));
    }
  }
  const fill = (template: string, n: number): string => toDigits(template.replace('{n}', String(n)));
  for (let s = 1; s <= MAX_SECONDS; s++) for (const t of templates.second) add(`PT${s}S`, fill(t, s));
  for (let m = 1; m <= MAX_MINUTES; m++) for (const t of templates.minute) add(`PT${m}M`, fill(t, m));
  return phrases;
}
