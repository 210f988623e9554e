/**
 * The body of a Reminders API create or update call for one daily stretch reminder,
 * built as pure data so every field can be checked against Amazon's reference:
 *
 *   requestTime     when the request was made, ISO 8601 local time (no "Z")
 *   trigger.type    SCHEDULED_ABSOLUTE: a wall-clock time, not "in N seconds"
 *   trigger.timeZoneId  the device's IANA time zone; without it a reminder can sound at
 *                   the wrong hour
 *   trigger.recurrence.startDateTime  the first occurrence, local time, no "Z" (a "Z"
 *                   is refused as a bad time format)
 *   trigger.recurrence.recurrenceRules  ["FREQ=DAILY;BYHOUR=h;BYMINUTE=m"]; with rules
 *                   present the API ignores scheduledTime (and the old freq/byDay), so
 *                   neither is sent
 *   alertInfo.spokenInfo.content  [{ locale, text }]: what Alexa says, in the user's language
 *   pushNotification.status  ENABLED: the reminder also shows in the Alexa app
 */
import type { services } from 'ask-sdk-model';

type ReminderRequest = services.reminderManagement.ReminderRequest;
type Trigger = services.reminderManagement.Trigger;

export interface DailyReminderSpec {
  /** 0–23, in the device's time zone. */
  hour: number;
  /** 0–59. */
  minute: number;
  /** IANA time zone of the device, from the Alexa settings API. */
  timeZone: string;
  /** The request's locale, e.g. "en-US". */
  locale: string;
  /** What Alexa says when the reminder goes off, in that locale (plain text, no SSML). */
  text: string;
  /** Now, in ms since the epoch. */
  now: number;
}

export function buildDailyReminderRequest(spec: DailyReminderSpec): ReminderRequest {
  const { hour, minute, timeZone, locale, text, now } = spec;
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError('hour must be an integer from 0 to 23');
  if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw new RangeError('minute must be an integer from 0 to 59');
  if (text.trim() === '') throw new RangeError('the reminder text is empty');
  if (locale.trim() === '') throw new RangeError('the locale is empty');
  return {
    requestTime: localDateTime(now, timeZone),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: timeZone,
      recurrence: {
        startDateTime: nextOccurrence(now, timeZone, hour, minute),
        recurrenceRules: [dailyRule(hour, minute)],
      },
    },
    alertInfo: { spokenInfo: { content: [{ locale, text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

export function dailyRule(hour: number, minute: number): string {
  return `FREQ=DAILY;BYHOUR=${hour};BYMINUTE=${minute}`;
}

/** True when this runtime's Intl knows the zone (what the local-time arithmetic needs). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(now: number, timeZone: string): LocalParts {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(now))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute, second: parts.second };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function dateText(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The hour and minute the device's clock shows now. */
export function localClock(now: number, timeZone: string): { hour: number; minute: number } {
  const p = localParts(now, timeZone);
  return { hour: p.hour, minute: p.minute };
}

/** Now as the device's wall clock shows it: "2026-12-02T07:09:08.000", no "Z". */
export function localDateTime(now: number, timeZone: string): string {
  const p = localParts(now, timeZone);
  return `${dateText(p.year, p.month, p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.${pad(new Date(now).getUTCMilliseconds(), 3)}`;
}

/**
 * The next time the device's clock shows hour:minute, as local ISO 8601 with no "Z":
 * today when that minute is still ahead, otherwise tomorrow.
 */
export function nextOccurrence(now: number, timeZone: string, hour: number, minute: number): string {
  const p = localParts(now, timeZone);
  const stillToday = hour * 60 + minute > p.hour * 60 + p.minute;
  // Calendar arithmetic on the local date alone, through UTC so no zone shifts it.
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day + (stillToday ? 0 : 1)));
  return `${dateText(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())}T${pad(hour)}:${pad(minute)}:00.000`;
}

/**
 * The daily time a stored reminder goes off, read back from what the API returns: the
 * BYHOUR/BYMINUTE of its rule, or else the time in its start or scheduled time.
 */
export function readDailyTime(trigger: Trigger | undefined): { hour: number; minute: number } | undefined {
  if (!trigger) return undefined;
  for (const rule of trigger.recurrence?.recurrenceRules ?? []) {
    const hour = /(?:^|;)BYHOUR=(\d{1,2})(?:;|$)/.exec(String(rule));
    const minute = /(?:^|;)BYMINUTE=(\d{1,2})(?:;|$)/.exec(String(rule));
    if (hour && minute && validClock(Number(hour[1]), Number(minute[1]))) return { hour: Number(hour[1]), minute: Number(minute[1]) };
  }
  for (const stamp of [trigger.recurrence?.startDateTime, trigger.scheduledTime]) {
    const time = /T(\d{1,2}):(\d{2})/.exec(String(stamp ?? ''));
    if (time && validClock(Number(time[1]), Number(time[2]))) return { hour: Number(time[1]), minute: Number(time[2]) };
  }
  return undefined;
}

function validClock(hour: number, minute: number): boolean {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}
