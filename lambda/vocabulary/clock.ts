/**
 * A clock time as speech needs it, without wording it: the speech layer says it in the
 * user's language, on a 12-hour clock with AM or PM ("9 AM", "12:30 PM"), or on a 24-hour
 * clock where a language prefers that. Midnight is 12 AM, noon 12 PM.
 */
import type { DayPart } from '../locales/speech';

export interface ClockTime {
  /** 0–23. */
  hour: number;
  /** 0–59. */
  minute: number;
}

export interface ClockParts {
  hour24: number;
  hour12: number;
  minute: number;
  period: 'AM' | 'PM';
}

export function isClockTime(hour: unknown, minute: unknown): boolean {
  return Number.isInteger(hour) && Number.isInteger(minute) && (hour as number) >= 0 && (hour as number) <= 23 && (minute as number) >= 0 && (minute as number) <= 59;
}

export function clockParts(hour24: number, minute: number): ClockParts {
  if (!Number.isInteger(hour24) || hour24 < 0 || hour24 > 23) throw new RangeError('hour24 must be an integer from 0 to 23');
  if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw new RangeError('minute must be an integer from 0 to 59');
  return {
    hour24,
    hour12: hour24 % 12 === 0 ? 12 : hour24 % 12,
    minute,
    period: hour24 < 12 ? 'AM' : 'PM',
  };
}

/** The part of the day of an hour, for languages that say it before the hour: morning 4–11, afternoon 12–15, evening 16–19, night 20–3, as Hindi divides them. */
export function dayPartOf(hour24: number): DayPart {
  if (hour24 >= 4 && hour24 < 12) return 'morning';
  if (hour24 >= 12 && hour24 < 16) return 'afternoon';
  if (hour24 >= 16 && hour24 < 20) return 'evening';
  return 'night';
}
