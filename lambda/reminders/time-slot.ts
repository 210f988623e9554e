/**
 * What the user said for a reminder time, as Alexa's AMAZON.TIME slot gives it, read
 * into a clock time the skill can confirm and schedule.
 *
 * AMAZON.TIME resolves "nine" to "09:00", "8 pm" to "20:00", and a vague part of the
 * day to a code: "MO" (morning), "AF" (afternoon), "EV" (evening), "NI" (night). It can
 * also send values a daily reminder can't use (a week or duration shape such as "T09"
 * or "PT2H", or text it could not resolve); those are `unusable`, and the conversation
 * asks for the time again.
 */

export type DayPeriod = 'MO' | 'AF' | 'EV' | 'NI';

export type SpokenTime =
  /** A clock time the user said ("09:00" for "nine"; the confirmation says AM or PM). */
  | { kind: 'clock'; hour: number; minute: number }
  /** A part of the day, with the clock time the skill proposes for it. */
  | { kind: 'period'; period: DayPeriod; hour: number; minute: number }
  /** No time was given (the slot is empty). */
  | { kind: 'missing' }
  /** Something was given, but not a time of day a daily reminder can use. */
  | { kind: 'unusable' };

/**
 * The clock time proposed for each part of the day. Each is early inside its period, at
 * an hour most people are awake and at home, so the reminder comes while there is still
 * time in that part of the day to stretch:
 *   MO 9:00  after getting up and breakfast, before the morning is gone;
 *   AF 14:00 after lunch, well clear of the evening;
 *   EV 18:00 around the end of the working day, before dinner;
 *   NI 20:00 early night: still up, and not so late that a reminder wakes anyone.
 */
export const PERIOD_TIMES: Readonly<Record<DayPeriod, { hour: number; minute: number }>> = {
  MO: { hour: 9, minute: 0 },
  AF: { hour: 14, minute: 0 },
  EV: { hour: 18, minute: 0 },
  NI: { hour: 20, minute: 0 },
};

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Reads an AMAZON.TIME slot value (undefined when the slot was not filled). */
export function readTimeSlot(value: string | undefined | null): SpokenTime {
  if (value === undefined || value === null) return { kind: 'missing' };
  const text = String(value).trim();
  if (text === '' || text === '?') return { kind: 'missing' };
  const clock = CLOCK.exec(text);
  if (clock) return { kind: 'clock', hour: Number(clock[1]), minute: Number(clock[2]) };
  const period = text.toUpperCase();
  if (isDayPeriod(period)) return { kind: 'period', period, ...PERIOD_TIMES[period] };
  return { kind: 'unusable' };
}

function isDayPeriod(text: string): text is DayPeriod {
  return Object.prototype.hasOwnProperty.call(PERIOD_TIMES, text);
}
