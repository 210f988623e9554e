/**
 * What Alexa would put in an AMAZON.TIME slot for the words the console user typed:
 * "nine" → "09:00", "8 pm" → "20:00", "half past seven in the evening" → "19:30",
 * "noon" → "12:00", "in the morning" → "MO" (and AF, EV, NI for the other parts of the
 * day). Like Alexa, a plain hour is taken as said, without guessing AM or PM; words that
 * are no time give undefined (Alexa would leave the slot unresolved).
 *
 * English only: the console's own number words are English.
 */

const AM = /\b(a m|am|in the morning|this morning)\b/;
const PM = /\b(p m|pm|in the afternoon|this afternoon|in the evening|this evening|at night|tonight)\b/;

const PERIODS: ReadonlyArray<[RegExp, string]> = [
  [/\bmorning\b/, 'MO'],
  [/\bafternoon\b/, 'AF'],
  [/\bevening\b/, 'EV'],
  [/\b(night|tonight)\b/, 'NI'],
];

const pad = (n: number): string => String(n).padStart(2, '0');

/** Words a spoken time of day is made of (numbers are digits by then): "one minute" or "the chair" is no time. */
const TIME_WORDS = new Set([
  'at', 'oclock', "o'clock", 'o', 'oh', 'clock', 'half', 'past', 'quarter', 'to', 'a', 'p', 'm', 'am', 'pm',
  'in', 'the', 'this', 'morning', 'afternoon', 'evening', 'night', 'tonight', 'noon', 'midday', 'midnight',
]);

function onlyTimeWords(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z0-9':]+/).filter((word) => word !== '');
  return words.length > 0 && words.every((word) => TIME_WORDS.has(word) || /^\d{1,2}(:\d{2})?$/.test(word));
}

/** `spoken` with its number words already in digits (the resolver's numberWordsToDigits), as the matcher hears it. */
export function amazonTimeValue(spoken: string): string | undefined {
  const text = spoken;
  if (!onlyTimeWords(text)) return undefined;
  if (/\bnoon\b|\bmidday\b/.test(text)) return '12:00';
  if (/\bmidnight\b/.test(text)) return '00:00';

  const clock = readClock(text);
  if (clock) {
    let { hour } = clock;
    if (hour > 12 && (AM.test(text))) return undefined; // "fourteen a m"
    if (PM.test(text) && hour < 12) hour += 12;
    else if (AM.test(text) && hour === 12) hour = 0;
    if (hour > 23 || clock.minute > 59) return undefined;
    return `${pad(hour)}:${pad(clock.minute)}`;
  }
  for (const [words, code] of PERIODS) if (words.test(text)) return code;
  return undefined;
}

function readClock(text: string): { hour: number; minute: number } | undefined {
  let match = /\bhalf past (\d{1,2})\b/.exec(text);
  if (match) return { hour: Number(match[1]), minute: 30 };
  match = /\bquarter past (\d{1,2})\b/.exec(text);
  if (match) return { hour: Number(match[1]), minute: 15 };
  match = /\bquarter to (\d{1,2})\b/.exec(text);
  if (match) return { hour: (Number(match[1]) + 23) % 24, minute: 45 };
  match = /\b(\d{1,2}) (?:oh|o) (\d)\b/.exec(text); // "nine oh five"
  if (match) return { hour: Number(match[1]), minute: Number(match[2]) };
  match = /\b(\d{1,2}) (\d{2})\b/.exec(text); // "nine thirty", "9:30"
  if (match) return { hour: Number(match[1]), minute: Number(match[2]) };
  match = /\b(\d{1,2})\b/.exec(text);
  if (match) return { hour: Number(match[1]), minute: 0 };
  return undefined;
}
