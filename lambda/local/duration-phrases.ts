/**
 * How people say a length of time, as AMAZON.DURATION hears it: each phrase
 * with the ISO-8601 value Alexa would send ("a minute" -> PT1M, "half a
 * minute" -> PT30S, "one and a half minutes" -> PT1M30S). The resolver gives
 * these to its matcher as the slot type's values; numbers are written in digits
 * because the resolver turns number words into digits before matching.
 */
export interface DurationPhrase {
  phrase: string;
  iso: string;
}

const MAX_SECONDS = 300;
const MAX_MINUTES = 30;

export function englishDurationPhrases(): DurationPhrase[] {
  const phrases: DurationPhrase[] = [];
  const add = (iso: string, ...said: string[]) => said.forEach((phrase) => phrases.push({ phrase, iso }));
  for (let s = 1; s <= MAX_SECONDS; s++) add(`PT${s}S`, `${s} seconds`, `${s} second`, `${s} secs`);
  for (let m = 1; m <= MAX_MINUTES; m++) {
    add(`PT${m}M`, `${m} minutes`, `${m} minute`, `${m} mins`);
    add(`PT${m}M30S`, `${m} and a half minutes`, `${m} minutes and a half`, `${m} and a half minute`);
    for (const s of [10, 15, 20, 30, 40, 45, 50]) add(`PT${m}M${s}S`, `${m} minute ${s} seconds`, `${m} minutes ${s} seconds`, `${m} minute and ${s} seconds`, `${m} minutes and ${s} seconds`);
  }
  add('PT1S', 'a second');
  add('PT15S', 'a quarter of a minute', 'quarter of a minute');
  add('PT30S', 'half a minute', 'half minute', 'a half minute', 'half of a minute');
  add('PT1M', 'a minute', 'a full minute', 'a whole minute', 'one full minute', 'a minute long');
  add('PT1M30S', 'a minute and a half', 'a minute and thirty seconds');
  add('PT2M', 'a couple of minutes', 'a couple minutes');
  add('PT30M', 'half an hour', 'a half hour');
  add('PT1H', 'an hour', 'a whole hour');
  return phrases;
}
