/**
 * The Reminders API request body for a daily stretch reminder, field by field against
 * Amazon's Reminders API reference: SCHEDULED_ABSOLUTE, local times with no "Z", a
 * daily recurrence rule (so scheduledTime is left out), the device's time zone, the
 * spoken text in the user's locale, push notification on.
 */
import fc from 'fast-check';
import {
  buildDailyReminderRequest,
  dailyRule,
  isKnownTimeZone,
  localDateTime,
  nextOccurrence,
  readDailyTime,
} from '../lambda/reminders/reminder-request';

const EN_TEXT = 'Time for your hamstring stretch. Say: Alexa, open Hamstring Coach.';
/** 2026-12-02 07:09:08.123 UTC = 02:09:08 in New York (EST, UTC−5). */
const NOW = Date.UTC(2026, 11, 2, 7, 9, 8, 123);
/** ISO 8601 local date-time as the reference shows it: no "Z", no offset. */
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/;

describe('buildDailyReminderRequest', () => {
  const body = buildDailyReminderRequest({ hour: 9, minute: 0, timeZone: 'America/New_York', locale: 'en-US', text: EN_TEXT, now: NOW });

  test('the whole body, exactly', () => {
    expect(body).toEqual({
      requestTime: '2026-12-02T02:09:08.123',
      trigger: {
        type: 'SCHEDULED_ABSOLUTE',
        timeZoneId: 'America/New_York',
        recurrence: {
          startDateTime: '2026-12-02T09:00:00.000',
          recurrenceRules: ['FREQ=DAILY;BYHOUR=9;BYMINUTE=0'],
        },
      },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-US', text: EN_TEXT }] } },
      pushNotification: { status: 'ENABLED' },
    });
  });

  test('trigger.type is SCHEDULED_ABSOLUTE (a wall-clock time, not an offset)', () => {
    expect(body.trigger?.type).toBe('SCHEDULED_ABSOLUTE');
    expect(body.trigger).not.toHaveProperty('offsetInSeconds');
  });

  test('every time is local ISO 8601 with no "Z" and no offset', () => {
    for (const stamp of [body.requestTime, body.trigger?.recurrence?.startDateTime]) {
      expect(stamp).toMatch(LOCAL);
      expect(stamp).not.toMatch(/Z$|[+-]\d{2}:?\d{2}$/);
    }
  });

  test('the recurrence is a daily rule at the chosen hour and minute; scheduledTime and the deprecated freq/byDay are absent', () => {
    expect(body.trigger?.recurrence?.recurrenceRules).toEqual(['FREQ=DAILY;BYHOUR=9;BYMINUTE=0']);
    expect(body.trigger).not.toHaveProperty('scheduledTime');
    expect(body.trigger?.recurrence).not.toHaveProperty('freq');
    expect(body.trigger?.recurrence).not.toHaveProperty('byDay');
    expect(body.trigger?.recurrence).not.toHaveProperty('endDateTime');
    expect(dailyRule(20, 30)).toBe('FREQ=DAILY;BYHOUR=20;BYMINUTE=30');
  });

  test('the time zone is the one given (the device\'s), as timeZoneId', () => {
    const berlin = buildDailyReminderRequest({ hour: 18, minute: 0, timeZone: 'Europe/Berlin', locale: 'de-DE', text: 'Zeit für deine Dehnübung.', now: NOW });
    expect(berlin.trigger?.timeZoneId).toBe('Europe/Berlin');
    // 07:09 UTC is 08:09 in Berlin: 18:00 is still ahead today.
    expect(berlin.trigger?.recurrence?.startDateTime).toBe('2026-12-02T18:00:00.000');
    expect(berlin.requestTime).toBe('2026-12-02T08:09:08.123');
  });

  test('the spoken text is passed through as given, in the locale given, as plain text (no ssml)', () => {
    const text = 'Es hora de tu estiramiento. Di: Alexa, abre Hamstring Coach.';
    const spanish = buildDailyReminderRequest({ hour: 9, minute: 0, timeZone: 'Europe/Madrid', locale: 'es-ES', text, now: NOW });
    expect(spanish.alertInfo?.spokenInfo?.content).toEqual([{ locale: 'es-ES', text }]);
    expect(spanish.alertInfo?.spokenInfo?.content[0]).not.toHaveProperty('ssml');
  });

  test('push notification is enabled', () => {
    expect(body.pushNotification).toEqual({ status: 'ENABLED' });
  });

  test('a time already past today starts tomorrow; one still ahead starts today', () => {
    // 02:09 in New York.
    const at = (hour: number, minute: number): string | undefined =>
      buildDailyReminderRequest({ hour, minute, timeZone: 'America/New_York', locale: 'en-US', text: EN_TEXT, now: NOW }).trigger?.recurrence?.startDateTime;
    expect(at(1, 0)).toBe('2026-12-03T01:00:00.000');
    expect(at(2, 9)).toBe('2026-12-03T02:09:00.000'); // this minute has begun
    expect(at(2, 10)).toBe('2026-12-02T02:10:00.000');
    expect(at(23, 59)).toBe('2026-12-02T23:59:00.000');
  });

  test.each([
    [{ hour: 24 }, /hour/],
    [{ hour: -1 }, /hour/],
    [{ minute: 60 }, /minute/],
    [{ hour: 8.5 }, /hour/],
    [{ text: '  ' }, /text/],
    [{ locale: '' }, /locale/],
  ])('refuses %p', (change, message) => {
    expect(() => buildDailyReminderRequest({ hour: 9, minute: 0, timeZone: 'America/New_York', locale: 'en-US', text: EN_TEXT, now: NOW, ...change })).toThrow(message);
  });
});

describe('nextOccurrence and localDateTime across calendar edges', () => {
  test('the last evening of the year rolls over to the first of January', () => {
    // 2026-12-31 23:30 in New York = 2027-01-01 04:30 UTC.
    const now = Date.UTC(2027, 0, 1, 4, 30);
    expect(localDateTime(now, 'America/New_York')).toBe('2026-12-31T23:30:00.000');
    expect(nextOccurrence(now, 'America/New_York', 9, 0)).toBe('2027-01-01T09:00:00.000');
  });

  test('the local date, not the UTC date, decides: Tokyo is already on the next day', () => {
    // 2026-12-31 20:00 UTC = 2027-01-01 05:00 in Tokyo.
    const now = Date.UTC(2026, 11, 31, 20, 0);
    expect(nextOccurrence(now, 'Asia/Tokyo', 9, 0)).toBe('2027-01-01T09:00:00.000');
    expect(nextOccurrence(now, 'Asia/Tokyo', 4, 0)).toBe('2027-01-02T04:00:00.000');
  });

  test('28 February rolls to 1 March (2027 is not a leap year)', () => {
    const now = Date.UTC(2027, 1, 28, 23, 0); // 23:00 in London
    expect(nextOccurrence(now, 'Europe/London', 8, 0)).toBe('2027-03-01T08:00:00.000');
  });

  test('for any moment and zone, the start is today or tomorrow on the device\'s calendar, at exactly the time asked', () => {
    const zones = ['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney', 'Pacific/Auckland', 'UTC'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (now, zone, hour, minute) => {
          const start = nextOccurrence(now, zone, hour, minute);
          const local = localDateTime(now, zone);
          expect(start).toMatch(LOCAL);
          expect(start.slice(11)).toBe(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000`);
          const days = (Date.parse(`${start.slice(0, 10)}T00:00:00Z`) - Date.parse(`${local.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
          const ahead = `${start.slice(11, 16)}` > local.slice(11, 16);
          expect(days).toBe(ahead ? 0 : 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('readDailyTime: the time of a reminder the API returns', () => {
  test('from the recurrence rule', () => {
    expect(readDailyTime({ type: 'SCHEDULED_ABSOLUTE', recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=20;BYMINUTE=30'] } })).toEqual({ hour: 20, minute: 30 });
    // The reference's own example writes more parts, and a trailing semicolon.
    expect(readDailyTime({ recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=6;BYMINUTE=10;BYSECOND=0;INTERVAL=1;'] } })).toEqual({ hour: 6, minute: 10 });
  });

  test('from the start time (the reference writes single-digit hours, "T6:00") or the scheduled time', () => {
    expect(readDailyTime({ recurrence: { startDateTime: '2019-05-10T6:00:00.000' } })).toEqual({ hour: 6, minute: 0 });
    expect(readDailyTime({ scheduledTime: '2026-12-02T18:45:00.000' })).toEqual({ hour: 18, minute: 45 });
  });

  test('nothing usable gives undefined', () => {
    expect(readDailyTime(undefined)).toBeUndefined();
    expect(readDailyTime({})).toBeUndefined();
    expect(readDailyTime({ recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=25;BYMINUTE=0'] } })).toBeUndefined();
    expect(readDailyTime({ scheduledTime: 'soon' })).toBeUndefined();
  });

  test('what the builder writes reads back as the same time', () => {
    for (const [hour, minute] of [[0, 0], [9, 0], [12, 30], [23, 59]]) {
      const body = buildDailyReminderRequest({ hour, minute, timeZone: 'UTC', locale: 'en-US', text: EN_TEXT, now: NOW });
      expect(readDailyTime(body.trigger)).toEqual({ hour, minute });
    }
  });
});

test('isKnownTimeZone accepts IANA zones and refuses anything else', () => {
  expect(isKnownTimeZone('America/Los_Angeles')).toBe(true);
  expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
  expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  expect(isKnownTimeZone('')).toBe(false);
});
